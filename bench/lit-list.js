// Page (c) of the first-rows bench (bench/first-rows-lit.html): a small list as anyone would write it with Lit. It asks
// for the same JSON as the widget and draws the same fields in its shadow root, a `part="row"` element a message.
// scripts/bench-baselines.mjs bundles it with Lit, resolved and minified as the widget's bundle is.
import { LitElement, css, html } from 'lit';

class BenchLitList extends LitElement {
  static properties = { messages: { state: true } };

  static styles = css`
    :host {
      display: block;
      font:
        14px/1.4 system-ui,
        sans-serif;
    }
    .row {
      display: grid;
      grid-template-columns: 4em 1fr auto;
      gap: 0 1em;
      padding: 0.5em 0;
      border-bottom: 1px solid #ddd;
    }
  `;

  constructor() {
    super();
    // In the constructor, not as a class field: a field would hide Lit's reactive accessor.
    this.messages = [];
  }

  connectedCallback() {
    super.connectedCallback();
    fetch(`/api/contacts/${this.getAttribute('contact-id')}/messages?count=100`)
      .then((response) => response.json())
      .then(({ messages }) => (this.messages = messages));
  }

  render() {
    return html`<ul part="list">
      ${this.messages.map(
        (m) =>
          html`<li class="row" part="row">
            <b>${m.channel}</b> <span>${m.name}</span> <span>${m.status}</span>
            <p>${m.subject ?? m.text}</p>
            <time>${m.sentAt}</time>
          </li>`,
      )}
    </ul>`;
  }
}
customElements.define('bench-lit-list', BenchLitList);
