import type { CSSResultOrNative } from 'lit';
import { themeStyles } from './internal/theme.styles.js';
import { chipStyles } from './message-status-chip.styles.js';
import { noticeStyles } from './views/notices.styles.js';
import { listSharedStyles } from './views/shared.styles.js';
import type { ListViews } from './views/lazy-views.js';

/** What the list needs before its views arrive: the theme's tokens, what every view shares, the skeleton's notice. */
export const skeletonStyles = [themeStyles, listSharedStyles, noticeStyles];

/**
 * The list's sheets once its views have arrived (they bring their own), each kept beside the view it styles, in
 * cascade order. The rows draw chips inline (not as elements), so the chip's sheet comes too.
 */
export function listStyles(views: ListViews): CSSResultOrNative[] {
  return [
    themeStyles,
    listSharedStyles,
    views.addressHeaderStyles,
    views.unblockDialogStyles,
    noticeStyles,
    views.filterBarStyles,
    views.messageRowsStyles,
    chipStyles,
  ];
}
