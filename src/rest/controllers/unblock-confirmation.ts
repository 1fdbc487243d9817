import type { ReactiveElement } from 'lit';
import type { AddressState } from '../../data/address-state.js';

/**
 * The confirmation asked before an unblock, as a modal `<dialog>` in the host's shadow root: which address
 * it asks about, opening it, and what its closing means.
 */
export class UnblockConfirmation {
  /** The address asked about while the dialog is open. */
  address?: AddressState;

  constructor(
    private readonly host: ReactiveElement,
    /** The user confirmed: unblock this address. */
    private readonly confirmed: (address: AddressState) => void,
  ) {}

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.renderRoot?.querySelector('dialog');
  }

  async ask(address: AddressState): Promise<void> {
    this.address = address;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    // A double click must not open it twice: showModal() on an open dialog throws.
    if (dialog && !dialog.open) {
      // returnValue outlives a close: Escape after an earlier confirm must not read as a confirm.
      dialog.returnValue = '';
      dialog.showModal();
      // Focus is on Cancel, whose row of buttons stays in view at the bottom: the story is read from its start.
      dialog.scrollTop = 0;
    }
  }

  /** The dialog's `close` event: Confirm, Cancel and Escape all end here. */
  readonly closed = (): void => {
    const confirmed = this.dialog?.returnValue === 'confirm';
    const address = this.address;
    this.address = undefined;
    this.host.requestUpdate();
    if (confirmed && address) this.confirmed(address);
  };

  /** A confirmation for the previous contact must not stay open, empty, over the page. */
  cancel(): void {
    this.dialog?.close();
    this.address = undefined;
  }
}
