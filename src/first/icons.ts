import type { Channel } from '../data/types.js';
import type { StatusIcon } from '../statuses/catalog.js';

/**
 * 16×16 stroke icons, each one path (circles and rectangles drawn as arcs), so an icon costs two elements and
 * its drawing is an attribute: a row's template binds it without a nested template. Drawn in currentColor by the
 * `.icon` rule, so they follow the chip's colour and forced-colors mode. Decoration: the words beside them say it.
 */
export const ICON_PATHS: Readonly<Record<StatusIcon | Channel, string>> = {
  check: 'M3 8.5l3.2 3L13 4.5',
  eye: 'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8zM6 8a2 2 0 1 0 4 0a2 2 0 1 0 -4 0',
  bounce: 'M2 4h8a4 4 0 010 8H5M7 9.5L4.5 12 7 14.5',
  block: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M3.8 12.2l8.4-8.4',
  hourglass: 'M4 2h8M4 14h8M5 2c0 3 6 3 6 6s-6 3-6 6M11 2c0 3-6 3-6 6s6 3 6 6',
  question: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M6.3 6.3a1.8 1.8 0 113 1.4c-.8.5-1.3.9-1.3 1.8M8 11.5v.01',
  cross: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4',
  alert: 'M8 2l6.5 11.5h-13zM8 6.5v3.2M8 11.6v.01',
  clock: 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0M8 4.5V8l2.5 1.5',
  users:
    'M3.8 5.5a2.2 2.2 0 1 0 4.4 0a2.2 2.2 0 1 0 -4.4 0M2 13c.4-2.3 2-3.5 4-3.5s3.6 1.2 4 3.5M10.5 3.5a2.2 2.2 0 010 4.2M12 9.8c1.2.5 1.9 1.6 2.1 3.2',
  route:
    'M2 12.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0M11 3.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0M5 12.5h4.5a2.5 2.5 0 000-5h-3a2.5 2.5 0 010-5H11',
  dot: 'M5 8a3 3 0 1 0 6 0a3 3 0 1 0 -6 0',
  email:
    'M3 3h10a1.5 1.5 0 0 1 1.5 1.5v7a1.5 1.5 0 0 1 -1.5 1.5h-10a1.5 1.5 0 0 1 -1.5 -1.5v-7a1.5 1.5 0 0 1 1.5 -1.5zM2 4l6 5 6-5',
  sms: 'M2.5 3.5h11v7.5H7l-3 2.5V11H2.5zM5 7.2h.01M8 7.2h.01M11 7.2h.01',
};
