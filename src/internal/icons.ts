import type { TemplateResult } from 'lit';
import { svg, unsafeStatic } from 'lit/static-html.js';
import type { StatusIcon } from '../statuses/catalog.js';
import type { Channel } from '../data/types.js';

// 16×16 stroke icons drawn in currentColor, so they follow the chip's colour
// and forced-colors mode. They are decoration: the label beside them says it.
const paths: Record<StatusIcon | Channel, string> = {
  check: '<path d="M3 8.5l3.2 3L13 4.5"/>',
  eye: '<path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8z"/><circle cx="8" cy="8" r="2"/>',
  bounce: '<path d="M2 4h8a4 4 0 010 8H5"/><path d="M7 9.5L4.5 12 7 14.5"/>',
  block: '<circle cx="8" cy="8" r="6"/><path d="M3.8 12.2l8.4-8.4"/>',
  hourglass: '<path d="M4 2h8M4 14h8M5 2c0 3 6 3 6 6s-6 3-6 6M11 2c0 3-6 3-6 6s6 3 6 6"/>',
  question:
    '<circle cx="8" cy="8" r="6"/><path d="M6.3 6.3a1.8 1.8 0 113 1.4c-.8.5-1.3.9-1.3 1.8"/><path d="M8 11.5v.01"/>',
  cross: '<circle cx="8" cy="8" r="6"/><path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4"/>',
  alert: '<path d="M8 2l6.5 11.5h-13z"/><path d="M8 6.5v3.2M8 11.6v.01"/>',
  clock: '<circle cx="8" cy="8" r="6"/><path d="M8 4.5V8l2.5 1.5"/>',
  users:
    '<circle cx="6" cy="5.5" r="2.2"/><path d="M2 13c.4-2.3 2-3.5 4-3.5s3.6 1.2 4 3.5"/><path d="M10.5 3.5a2.2 2.2 0 010 4.2M12 9.8c1.2.5 1.9 1.6 2.1 3.2"/>',
  route:
    '<circle cx="3.5" cy="12.5" r="1.5"/><circle cx="12.5" cy="3.5" r="1.5"/><path d="M5 12.5h4.5a2.5 2.5 0 000-5h-3a2.5 2.5 0 010-5H11"/>',
  dot: '<circle cx="8" cy="8" r="3"/>',
  email: '<rect x="1.5" y="3" width="13" height="10" rx="1.5"/><path d="M2 4l6 5 6-5"/>',
  sms: '<path d="M2.5 3.5h11v7.5H7l-3 2.5V11H2.5z"/><path d="M5 7.2h.01M8 7.2h.01M11 7.2h.01"/>',
};

const made = new Map<StatusIcon | Channel, TemplateResult>();

/**
 * One icon. The drawing is a static part of the template (our own constant markup, never data), so an
 * icon is one template to clone, not a template cloned into another; and each icon's result is made once
 * (Lit never changes one), as a list asks for two per row.
 */
export function icon(name: StatusIcon | Channel): TemplateResult {
  let result = made.get(name);
  if (!result) {
    result = svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${unsafeStatic(paths[name])}</svg>`;
    made.set(name, result);
  }
  return result;
}
