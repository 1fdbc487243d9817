import type { CSSResultOrNative } from 'lit';
import { themeStyles } from './internal/theme.styles.js';
import { chipStyles } from './message-status-chip.styles.js';
import { noticeStyles } from './views/notices.styles.js';
import { listSharedStyles } from './views/shared.styles.js';
import type { ListViews } from './views/lazy-views.js';

/**
 * The list's sheets, each kept beside the view it styles, in cascade order. Before the views arrive (they bring their
 * own sheets), the theme's tokens, what every view shares and the skeleton's notice. The rows draw chips inline (not
 * as elements), so the chip's sheet comes too.
 */
export function listStyles(views?: ListViews): CSSResultOrNative[] {
  if (!views) return [themeStyles, listSharedStyles, noticeStyles];
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
