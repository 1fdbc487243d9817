import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage } from '../statuses/language.js';
import { nearestLang } from './nearest-lang.js';

/**
 * The language an element speaks: the nearest `lang` up the tree, resolved to
 * one the widget has. A change of `lang` on the element or on any ancestor
 * (`<html lang>` included, across shadow roots) re-renders it; `lang` is HTML's
 * attribute, so it is watched rather than declared as a Lit property.
 */
export class LangController implements ReactiveController {
  private last?: string;
  private readonly observer = new MutationObserver(() => {
    // Only a change that reaches this element re-renders it: a page switching one panel's language leaves the rest alone.
    if (nearestLang(this.host) !== this.last) this.host.requestUpdate();
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    // Each tree the element sits in (its document and any shadow roots around it), watched whole:
    // an ancestor may gain a lang it did not have.
    let root = this.host.getRootNode();
    for (;;) {
      const top = root instanceof Document ? root.documentElement : root;
      if (top) this.observer.observe(top, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** The best of `available` for the language in force here. */
  resolve(available: readonly string[]): string {
    this.last = nearestLang(this.host);
    return resolveLanguage(this.last, available);
  }
}
