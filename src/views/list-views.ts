// Everything the list draws once loaded, in one module the element imports lazily (lazy-views.ts): in the
// script-tag bundle it is a companion file fetched beside the first request, so the first file stays small.
export { renderAddressHeader } from './address-header.js';
export { renderUnblockDialog } from './unblock-dialog.js';
export { renderEmpty, renderErrorNotice, renderUpdated } from './notices.js';
export { summaryLabel } from './filter-bar.js';
export { renderHistory } from './history-view.js';
export { rowContext } from './message-row.js';
export { addressHeaderStyles } from './address-header.styles.js';
export { unblockDialogStyles } from './unblock-dialog.styles.js';
export { filterBarStyles } from './filter-bar.styles.js';
export { messageRowsStyles } from './message-rows.styles.js';
