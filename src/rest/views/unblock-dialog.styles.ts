import { css } from 'lit';

/** The confirmation asked before an unblock. */
export const unblockDialogStyles = css`
  .button.danger {
    color: var(--_surface);
    background: var(--_blocked);
    border-color: var(--_blocked);
  }

  .button.danger:hover {
    background: var(--_danger);
  }

  dialog {
    max-width: min(28rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 2.5);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  dialog h2 {
    margin: 0 0 var(--_space);
    font-size: 1.05rem;
    overflow-wrap: anywhere;
  }

  dialog p {
    margin: 0 0 var(--_space);
  }

  .dialog-buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
`;
