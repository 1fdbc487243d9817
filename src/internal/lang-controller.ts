import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage } from '../statuses/language.js';
import { nearestLang } from './nearest-lang.js';

/**
 * The language an element speaks: the nearest `lang` up the tree, resolved to
 * one the widget has. A change of the element's own `lang` re-renders it; `lang`
 * is HTML's attribute, so it is watched rather than declared as a Lit property.
 */
export class LangController implements ReactiveController {
  private readonly observer = new MutationObserver(() => this.host.requestUpdate());

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** The best of `available` for the language in force here. */
  resolve(available: readonly string[]): string {
    return resolveLanguage(nearestLang(this.host), available);
  }
}
