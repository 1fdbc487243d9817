import { chipStyles } from './first/chip.styles.js';
import { firstNoticeStyles } from './first/notices.styles.js';
import { messageRowsStyles } from './first/rows.styles.js';
import { listSharedStyles } from './first/shared.styles.js';
import { themeStyles } from './first/theme.styles.js';

/**
 * The sheets of the first file, each kept beside the view it styles, in cascade order: the theme's tokens, what every
 * view shares, then the rows (which draw their chips inline, not as elements) and the loading and error lines. The
 * rest of the widget adds the sheets of its own views when it arrives (`restStyles`).
 */
export const listStyles = [themeStyles, listSharedStyles, firstNoticeStyles, messageRowsStyles, chipStyles];
