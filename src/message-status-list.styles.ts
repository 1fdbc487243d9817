import { themeStyles } from './internal/theme.styles.js';
import { chipStyles } from './message-status-chip.styles.js';
import { addressHeaderStyles } from './views/address-header.styles.js';
import { filterBarStyles } from './views/filter-bar.styles.js';
import { messageRowsStyles } from './views/message-rows.styles.js';
import { noticeStyles } from './views/notices.styles.js';
import { listSharedStyles } from './views/shared.styles.js';
import { unblockDialogStyles } from './views/unblock-dialog.styles.js';

/**
 * The list's sheets, each kept beside the view it styles, in cascade order: the theme's tokens, what every view
 * shares, then one sheet per view. The rows draw chips inline (not as elements), so the chip's sheet comes too.
 */
export const listStyles = [
  themeStyles,
  listSharedStyles,
  addressHeaderStyles,
  unblockDialogStyles,
  noticeStyles,
  filterBarStyles,
  messageRowsStyles,
  chipStyles,
];
