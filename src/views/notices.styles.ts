import { css } from 'lit';

/** Errors, the loading placeholders and the Updated line. */
export const noticeStyles = css`
  .error {
    color: var(--_danger);
    background: var(--_danger-bg);
    border-radius: calc(var(--_radius) * 0.75);
    text-align: start;
    justify-content: flex-start;
  }

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

  .details code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .partial {
    margin-bottom: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }

  .skeleton {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) 0;
  }

  .skeleton span {
    display: block;
    height: 2.75em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.45;
    }
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
`;
