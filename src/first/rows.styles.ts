import { css } from 'lit';

/** The rows: channel, name, chip, text and when; the scroll box of a long list; load more. */
export const messageRowsStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* A long list scrolls in its own box, so only the rows in view exist. */
  .scroller {
    max-block-size: var(--_list-max-height);
    overflow: auto;
    overscroll-behavior: contain;
  }

  .row {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'channel name status'
      'channel text text'
      'channel meta meta';
    column-gap: calc(var(--_space) * 1.25);
    row-gap: 0.15em;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
  }

  /*
   * Up to 200 rows are all in the DOM (Find in page, screen readers); the browser lays out and paints only
   * those near the viewport, the rest being kept at their estimated (then remembered) height. Only with
   * popovers: content-visibility contains layout, and the chip's fallback tooltip is position: fixed.
   * The first 12 rows (about a screen) are always rendered: the first frame lays them out in its first
   * pass, rather than skipping them and laying them out in the extra pass that finds skipped rows in view
   * (measured: about 2 ms sooner at 100 messages).
   */
  @supports selector(:popover-open) {
    .list:not(.virtual) .row:nth-child(n + 13) {
      content-visibility: auto;
      contain-intrinsic-size: auto 6.25em;
    }
  }

  .row:first-child {
    border-top: 0;
  }

  .channel {
    grid-area: channel;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.1em;
    min-width: 2.75em;
    padding-top: 0.15em;
    font-size: 0.75rem;
    color: var(--_muted);
  }

  .channel .icon {
    width: 1.25rem;
    height: 1.25rem;
    color: var(--_text);
  }

  /* Data fields: isolated, so right-to-left text cannot reorder its neighbours, and wrapping anywhere. */
  .name,
  .text,
  .meta > *,
  bdi {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  /*
   * A row's height stays bounded: long names, texts, sources and links (class clamped in the row's template) show two
   * lines, a text three, until "Show more".
   */
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }

  .name {
    grid-area: name;
    align-self: center;
    font-weight: 600;
  }

  .source,
  .plain-link {
    max-inline-size: 100%;
  }

  /* Its column is as wide as the chip, except from 44rem (a fixed one, the chip at its start). */
  .status {
    grid-area: status;
  }

  .text {
    grid-area: text;
    margin: 0;
    color: var(--_text);
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  .text.none {
    color: var(--_muted);
    font-style: italic;
  }

  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em calc(var(--_space) * 1.5);
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .badge {
    padding: 0 0.45em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.75rem;
  }

  /*
   * Wide containers: one line per message where it fits, its cells in the order of the DOM (and of the column
   * headers), so the arrow keys and a screen reader's column numbers follow what is seen.
   */
  @container (min-width: 44rem) {
    .row {
      /* Fixed columns before the text keep the chips and the subjects aligned from row to row. The status column
         fits the longest label of the built-in languages whole (Danish "Midlertidig afvisning", 11.5rem). */
      grid-template-columns: auto 13rem 12rem minmax(0, 1fr);
      grid-template-areas:
        'channel name status text'
        'channel meta meta meta';
    }
    .list:not(.virtual) .row {
      contain-intrinsic-size: auto 4.75em;
    }
  }

  /* Phone-narrow containers: the chip gets a line of its own, so a name is not squeezed into a sliver. */
  @container (max-width: 24rem) {
    .row {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas:
        'channel name'
        'channel status'
        'channel text'
        'channel meta';
    }
    .list:not(.virtual) .row {
      contain-intrinsic-size: auto 8em;
    }
  }
`;
