import { css } from 'lit';

/** The error notices' details, partial errors, "Show older messages" and the Updated line. */
export const noticeStyles = css`
  .error .icon {
    width: 1.25em;
    height: 1.25em;
  }

  .error .message {
    flex: 1 1 12em;
  }

  .details {
    margin-top: 0.25em;
    font-size: 0.8125rem;
  }

  .details summary {
    cursor: pointer;
  }

  .partial {
    margin-bottom: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }

  .updated {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em var(--_space);
    padding: var(--_space) calc(var(--_space) * 0.5) 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .load-more {
    display: flex;
    justify-content: center;
    padding-top: var(--_space);
  }

  .load-more-note {
    margin: calc(var(--_space) * 1.5) 0 0;
    text-align: center;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  /* The buttons of the rest: hover, busy and small ones. */
  .button:hover {
    background: var(--_surface-alt);
  }

  .button.danger:hover {
    background: var(--_danger);
  }

  .button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }

  .button.small {
    padding: 0.1em 0.6em;
    font-size: 0.8125rem;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
