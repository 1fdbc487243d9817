// The size baseline: Lit on its own, with one trivial element, bundled like the widget
// (rollup.baseline.config.mjs), so `npm run size` shows what the widget adds on top of Lit.
import { LitElement, css, html } from 'lit';

class SizeBaseline extends LitElement {
  static properties = { name: {} };
  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    this.name = 'world';
  }

  render() {
    return html`<p>Hello, ${this.name}</p>`;
  }
}

if (!customElements.get('size-baseline')) customElements.define('size-baseline', SizeBaseline);
