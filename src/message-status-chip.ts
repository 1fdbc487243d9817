import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Channel } from './data/types.js';
import { describeStatus, pendingText, type StatusDescription } from './statuses/describe.js';
import { normalizeStatus } from './statuses/normalize.js';
import { STATUS_STRINGS } from './statuses/strings.js';
import { icon } from './internal/icons.js';
import { LangController } from './internal/lang-controller.js';
import { placeTooltip } from './internal/place-tooltip.js';
import { TooltipController } from './internal/tooltip-controller.js';
import { TickController } from './internal/tick-controller.js';
import { UI_STRINGS, mergeStrings, uiText, type StringOverrides } from './internal/ui-strings.js';
import { parseDate } from './data/parse.js';
import { sharedConfigContext, type SharedConfig } from './internal/config-context.js';
import { themeStyles } from './internal/theme.styles.js';
import { chipStyles } from './message-status-chip.styles.js';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * One delivery status as a chip: an icon and a label, with an explanation that
 * opens on hover, on keyboard focus and on tap, and closes with Escape.
 * Usable on its own, e.g. in a CRM grid: `<message-status-chip status="SoftBounce" channel="email">`.
 *
 * @summary A message's delivery status, with its explanation.
 *
 * @csspart chip - The chip button; also `chip-<status>`, e.g. `chip-hard-bounce`, or `chip-other` for a status the widget does not know, and `chip-pending` for a status that a later one should follow (deferred, unknown).
 * @csspart tooltip - The explanation.
 *
 * @cssprop --msl-success - Text colour of delivered and opened chips; `--msl-success-bg` is their background.
 * @cssprop --msl-warning - Text colour of soft bounces, deferred and expired; `--msl-warning-bg` their background.
 * @cssprop --msl-danger - Text colour of hard bounces and failures; `--msl-danger-bg` their background.
 * @cssprop --msl-neutral - Text colour of unknown, control group and routed; `--msl-neutral-bg` their background.
 * @cssprop --msl-tooltip-bg - Background of the explanation; `--msl-tooltip-text` its text colour.
 * @cssprop --msl-font - Font family.
 * @cssprop --msl-focus-ring - Colour of the keyboard focus ring.
 */
export class MessageStatusChip extends LitElement {
  static override styles = [themeStyles, chipStyles];

  /** The server's status text, in any spelling (`"Soft bounce"`, `"SoftBounce"`, `"soft_bounce"`…). */
  @property() status = '';

  /** The channel the message went out on; the explanations differ. */
  @property() channel: Channel = 'email';

  /** When the message was sent (ISO 8601): a deferred email says how long retrying goes on. */
  @property({ attribute: 'sent-at' }) sentAt = '';

  /** The receiving server's diagnostic, e.g. `550 5.1.1 User unknown`, shown under the explanation. */
  @property() reason = '';

  /** Per-language overrides of any label or explanation. */
  @property({ attribute: false }) strings: StringOverrides = {};

  /** Wording shared by an enclosing `<message-status-provider>`; the chip's own `strings` win. */
  @consume({ context: sharedConfigContext, subscribe: true })
  @state()
  private shared?: SharedConfig;

  private wording: StringOverrides = {};

  @query('.tooltip') private tooltipElement?: HTMLElement;
  @query('.chip') private chipElement?: HTMLElement;

  private readonly tooltip = new TooltipController(this);
  private readonly langController = new LangController(this);
  // Only a deferred email's text depends on the clock ("41 h more"): other chips never tick.
  private readonly ticks = new TickController(this, { active: false });

  /** The canonical status key (`soft-bounce`…), or `other` for a status the widget does not know. */
  get statusKey(): StatusDescription['key'] {
    return this.describe().key;
  }

  /** The language in force, counting one the host added through `strings`. */
  private language(builtIn: readonly string[]): string {
    return this.langController.resolve([...builtIn, ...Object.keys(this.wording)]);
  }

  private describe(): StatusDescription {
    const lang = this.language(Object.keys(STATUS_STRINGS));
    const channel = this.channel === 'sms' ? 'sms' : 'email';
    return describeStatus(this.status, channel, {
      lang,
      overrides: this.wording[lang]?.statuses,
      // Only a deferred email's explanation reads the send time: a list of 100 chips need not parse 100 dates.
      // Read as the data layer reads dates: a time without a zone is UTC, an impossible one is none.
      sentAt: this.readsSendTime(channel) ? parseDate(this.sentAt) : null,
      now: new Date(this.ticks.now()),
    });
  }

  private readsSendTime(channel: Channel): boolean {
    return channel === 'email' && !!this.sentAt && normalizeStatus(this.status) === 'deferred';
  }

  private pendingLabel(): string {
    const lang = this.language(Object.keys(STATUS_STRINGS));
    return pendingText({ lang, overrides: this.wording[lang]?.statuses });
  }

  private serverSaidLabel(): string {
    return uiText(this.wording, this.language(Object.keys(UI_STRINGS)), 'serverSaid');
  }

  protected override willUpdate(): void {
    this.wording = this.shared ? mergeStrings(this.shared.strings, this.strings) : this.strings;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing();
  }

  protected override render() {
    const status = this.describe();
    this.ticks.active = status.key === 'deferred' && this.channel !== 'sms' && !!this.sentAt;
    const open = this.tooltip.open;
    return html`<button
        type="button"
        class="chip ${status.severity} ${status.pending ? 'pending' : ''}"
        part=${status.pending ? `chip chip-${status.key} chip-pending` : `chip chip-${status.key}`}
        aria-describedby="tip"
        @click=${() => this.tooltip.activate()}
      >
        ${icon(status.icon)}<span class="label">${status.label}</span>${
          status.pending ? html`<span class="visually-hidden">, ${this.pendingLabel()}</span>` : nothing
        }
      </button>
      <div
        id="tip"
        class="tooltip"
        role="tooltip"
        part="tooltip"
        popover=${supportsPopover ? 'manual' : nothing}
        ?hidden=${!supportsPopover && !open}
      >
        <p>${status.explanation}</p>
        ${this.reason ? html`<p class="reason">${this.serverSaidLabel()} <code>${this.reason}</code></p>` : nothing}
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const tip = this.tooltipElement;
    if (!tip) return;
    const open = this.tooltip.open;
    if (supportsPopover && tip.matches(':popover-open') !== open) {
      if (open) tip.showPopover();
      else tip.hidePopover();
    }
    if (open) {
      this.place();
      this.followScrolling();
    } else {
      this.stopFollowing();
    }
  }

  private place = () => {
    const tip = this.tooltipElement;
    const chip = this.chipElement;
    if (!tip || !chip) return;
    const { top, left, side } = placeTooltip(
      chip.getBoundingClientRect(),
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    // Set through the CSSOM, which a strict style-src CSP allows.
    tip.style.top = `${top}px`;
    tip.style.left = `${left}px`;
    tip.dataset.side = side;
  };

  private following = false;

  private followScrolling(): void {
    if (this.following) return;
    this.following = true;
    window.addEventListener('scroll', this.place, { capture: true, passive: true });
    window.addEventListener('resize', this.place, { passive: true });
  }

  private stopFollowing(): void {
    if (!this.following) return;
    this.following = false;
    window.removeEventListener('scroll', this.place, { capture: true });
    window.removeEventListener('resize', this.place);
  }
}
