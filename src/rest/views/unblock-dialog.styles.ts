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
    max-width: min(30rem, calc(100vw - 2rem));
    /* A phone's height: the story and the latest messages scroll, the buttons stay reachable at the end. */
    max-height: calc(100vh - 2rem);
    overflow: auto;
    box-sizing: border-box;
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

  dialog .block-story {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface-alt);
    border-inline-start: 3px solid var(--_blocked);
    border-radius: calc(var(--_radius) * 0.5);
  }

  dialog .block-story p {
    margin: 0;
  }

  dialog .block-story .reason {
    margin-top: 0.3em;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  /* The latest messages on the channel: status in words and icon, date, send-out; one line each where it fits. */
  .recent h3 {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
    font-size: 0.875rem;
  }

  .recent ol {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }

  .recent li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    padding: 0.25em 0;
    border-top: 1px solid var(--_border);
  }

  /* A summary item's severity colour (--_fg), beside its icon and words. */
  .recent .summary-item {
    align-items: center;
    font-weight: 600;
    color: var(--_fg);
  }

  .recent time {
    color: var(--_muted);
  }

  .recent-name {
    flex: 1 1 8em;
    min-width: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  /* Always in view, however long the dialog scrolls on a phone. */
  .dialog-buttons {
    position: sticky;
    bottom: calc(var(--_space) * -2.5);
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) * -2.5);
    padding: var(--_space) 0 calc(var(--_space) * 2.5);
    background: var(--_surface);
  }
`;
