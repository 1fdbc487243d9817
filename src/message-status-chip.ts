import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Channel } from './data/types.js';
import type { StatusDescription } from './statuses/describe.js';
import { softBounceRule } from './statuses/soft-bounce-rule.js';
import { LangController } from './internal/lang-controller.js';
import { TooltipController } from './internal/tooltip-controller.js';
import { TickController } from './internal/tick-controller.js';
import { chipLanguage, describeChip, readsSendTime, renderChip, type ChipView } from './internal/chip-view.js';
import { mergeStrings, type StringOverrides } from './internal/ui-strings.js';
import { sharedConfigContext, type SharedConfig } from './internal/config-context.js';
import { themeStyles } from './internal/theme.styles.js';
import { chipHostStyles, chipStyles } from './message-status-chip.styles.js';

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
  static override styles = [themeStyles, chipHostStyles, chipStyles];

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

  private readonly langController = new LangController(this);
  // Only a deferred email's text depends on the clock ("41 h more"): other chips never tick.
  private readonly ticks = new TickController(this, { active: false });
  // Protected only because nothing reads it: it works through its listeners.
  protected readonly tooltip = new TooltipController(this, {
    root: () => this,
    chipOf: (target): Element | undefined => (target instanceof Node && this.contains(target) ? this : undefined),
    partsOf: () => ({
      trigger: this.renderRoot.querySelector<HTMLElement>('.chip'),
      tip: this.renderRoot.querySelector<HTMLElement>('.tooltip'),
    }),
  });

  /** The canonical status key (`soft-bounce`…), or `other` for a status the widget does not know. */
  get statusKey(): StatusDescription['key'] {
    return this.describe().status.key;
  }

  private describe(): ChipView {
    const { softBounceLimit: limit, softBounceDays: days } = this.shared ?? {};
    const rule = softBounceRule(limit, days);
    const language = chipLanguage((available) => this.langController.resolve(available), this.wording, rule);
    return describeChip(this, language, this.ticks.now());
  }

  protected override willUpdate(): void {
    this.wording = this.shared ? mergeStrings(this.shared.strings, this.strings) : this.strings;
  }

  protected override render() {
    const view = this.describe();
    this.ticks.active = readsSendTime(this);
    return renderChip(view, 'tip');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'message-status-chip': MessageStatusChip;
  }
}
