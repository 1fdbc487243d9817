import type { ElementPart } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { CutTextWatch } from '../internal/cut-text-watch.js';

/** On a row: has `watch` measure it while it is in the page (see {@link CutTextWatch}). */
class WatchCutText extends AsyncDirective {
  private row?: Element;
  private watcher?: CutTextWatch;

  render(_watch: CutTextWatch): unknown {
    return undefined;
  }

  override update(part: ElementPart, [watch]: [CutTextWatch]): unknown {
    if (this.row !== part.element || this.watcher !== watch) {
      this.disconnected();
      this.row = part.element;
      this.watcher = watch;
      if (this.isConnected) watch.watch(this.row);
    }
    return undefined;
  }

  protected override disconnected(): void {
    if (this.row) this.watcher?.unwatch(this.row);
  }

  protected override reconnected(): void {
    if (this.row) this.watcher?.watch(this.row);
  }
}

export const watchCutText = directive(WatchCutText);
