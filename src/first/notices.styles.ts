import { css } from 'lit';

/** An error's colours and the loading placeholders: what the first file shows besides rows. */
export const firstNoticeStyles = css`
  .error {
    color: var(--_danger);
    background: var(--_danger-bg);
    border-radius: calc(var(--_radius) * 0.75);
    text-align: start;
    justify-content: flex-start;
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
`;
