import { html } from 'lit';
import type { Channel } from '../../data/types.js';
import { ICON_PATHS } from '../../first/icons.js';
import type { StatusIcon } from '../../statuses/catalog.js';

/** One icon, for the views outside the rows (which write the same markup inline). */
export const icon = (name: StatusIcon | Channel) =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${ICON_PATHS[name]}></path></svg>`;
