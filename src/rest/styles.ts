import { addressHeaderStyles } from './views/address-header.styles.js';
import { filterBarStyles } from './views/filter-bar.styles.js';
import { noticeStyles } from './views/notices.styles.js';
import { rowExtrasStyles } from './views/row-extras.styles.js';
import { tooltipStyles } from './views/tooltip.styles.js';
import { unblockDialogStyles } from './views/unblock-dialog.styles.js';

/** The sheets of the views the rest of the widget adds to a list, after the first file's, in cascade order. */
export const restStyles = [
  addressHeaderStyles,
  unblockDialogStyles,
  noticeStyles,
  filterBarStyles,
  rowExtrasStyles,
  tooltipStyles,
];
