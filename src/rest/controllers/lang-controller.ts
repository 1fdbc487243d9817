import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage } from '../../languages/resolve-language.js';
import { nearestLang } from '../../first/nearest-lang.js';

const LANG_ONLY = { attributes: true, attributeFilter: ['lang'] };

/**
 * The language an element speaks: the nearest `lang` up the tree, resolved to
 * one the widget has. A change of `lang` on the element or on any ancestor
 * (`<html lang>` included, across shadow roots) re-renders it; `lang` is HTML's
 * attribute, so it is watched rather than declared as a Lit property.
 */
export class LangController implements ReactiveController {
  private last?: string;
  private watching = false;
  private watchingTrees = false;
  private readonly observer = new MutationObserver(() => {
    this.watch();
    // Only a change that reaches this element re-renders it: a page switching one panel's language leaves the rest alone.
    if (nearestLang(this.host) !== this.last) this.host.requestUpdate();
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  /** Each update reads the language in force: a later change is one only if it differs from this. */
  hostUpdate(): void {
    this.last = nearestLang(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.watching = false;
  }

  /** The best of `available` for the language in force here. */
  resolve(available: readonly string[]): string {
    this.last = nearestLang(this.host);
    return resolveLanguage(this.last, available);
  }

  /**
   * Watches the element's own `lang`, and the trees around it only while it has none: its own wins over
   * any ancestor's. A chip in a list is handed its `lang`, so a list of 100 chips needs no tree-wide
   * observers per chip (each one makes every insertion and attribute change in those trees dearer).
   */
  private watch(): void {
    const trees = !this.host.getAttribute('lang');
    if (this.watching && trees === this.watchingTrees) return;
    this.observer.disconnect();
    this.watching = true;
    this.watchingTrees = trees;
    this.observer.observe(this.host, LANG_ONLY);
    if (!trees) return;
    // Each tree the element sits in (its document and any shadow roots around it), watched whole:
    // an ancestor may gain a lang it did not have.
    let root = this.host.getRootNode();
    for (;;) {
      const top = root instanceof Document ? root.documentElement : root;
      if (top) this.observer.observe(top, { ...LANG_ONLY, subtree: true });
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }
}
