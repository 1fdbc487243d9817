import { LitElement, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Channel } from './data/types.js';
import type { StatusDescription } from './languages/describe-status.js';
import { softBounceRule } from './statuses/soft-bounce-rule.js';
import { LangController } from './rest/controllers/lang-controller.js';
import { TooltipController } from './rest/controllers/tooltip-controller.js';
import { TickController } from './rest/controllers/tick-controller.js';
import {
  chipLanguage,
  describeChip,
  readsSendTime,
  renderChip,
  type ChipLanguage,
  type ChipView,
} from './rest/views/chip-view.js';
import type { StringOverrides } from './languages/pack.js';
import { mergeStrings } from './languages/merge-strings.js';
import { hasPackFor, loadPackFor } from './languages/packs.js';
import { PendingWork } from './first/pending-work.js';
import { sharedConfigContext, type SharedConfig } from './rest/controllers/config-context.js';
import { themeStyles } from './first/theme.styles.js';
import { chipStyles } from './first/chip.styles.js';
import { tooltipStyles } from './rest/views/tooltip.styles.js';
import { chipHostStyles } from './message-status-chip.styles.js';

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
  static override styles = [themeStyles, chipHostStyles, chipStyles, tooltipStyles];

  // Declared here rather than with decorators, as the list's are.
  static override properties = {
    status: {},
    channel: {},
    sentAt: { attribute: 'sent-at' },
    reason: {},
    strings: { attribute: false },
  };

  /** The server's status text, in any spelling (`"Soft bounce"`, `"SoftBounce"`, `"soft_bounce"`…). */
  status = '';

  /** The channel the message went out on; the explanations differ. */
  channel: Channel = 'email';

  /** When the message was sent (ISO 8601): a deferred email says how long retrying goes on. */
  sentAt = '';

  /** The receiving server's diagnostic, e.g. `550 5.1.1 User unknown`, shown under the explanation. */
  reason = '';

  /** Per-language overrides of any label or explanation. */
  strings: StringOverrides = {};

  /** Wording shared by an enclosing `<message-status-provider>`; the chip's own `strings` win. */
  private readonly sharedConfig = new ContextConsumer(this, { context: sharedConfigContext, subscribe: true });

  private get shared(): SharedConfig | undefined {
    return this.sharedConfig.value;
  }

  private wording: StringOverrides = {};
  private readonly pending = new PendingWork(this);

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

  private language(): ChipLanguage {
    const { softBounceLimit: limit, softBounceDays: days } = this.shared ?? {};
    const rule = softBounceRule(limit, days);
    return chipLanguage((available) => this.langController.resolve(available), this.wording, rule);
  }

  private describe(): ChipView {
    return describeChip(this, this.language(), this.ticks.now());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    this.wording = this.shared ? mergeStrings(this.shared.strings, this.strings) : this.strings;
  }

  protected override render() {
    const language = this.language();
    // Its language's words come in a pack of their own: nothing, rather than English for a moment, until they are here.
    if (!hasPackFor(language.lang)) {
      this.pending.add(loadPackFor(language.lang));
      return nothing;
    }
    this.ticks.active = readsSendTime(this);
    return renderChip(describeChip(this, language, this.ticks.now()), 'tip');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'message-status-chip': MessageStatusChip;
  }
}
