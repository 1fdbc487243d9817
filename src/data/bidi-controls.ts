// Marks and embeddings/overrides/isolates (LRM, RLM, ALM, LRE…RLO, LRI…PDI): they reorder what is shown.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * An address without bidi control characters. An email address or phone number never needs one,
 * and one can make `"\u202E+46 70 123"` read as "321 07 64+".
 */
export function withoutBidiControls(address: string): string {
  return address.replace(BIDI_CONTROLS, '');
}

// Zero-width space, non-joiner and joiner, word joiner, and the byte order mark (a zero-width no-break space).
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * An address without bidi controls or zero-width characters. Neither belongs in an email address or
 * phone number, and either can make two addresses that look alike differ, so the server strips both
 * from what it passes on rather than trusting the widget to have done it.
 */
export function withoutInvisibleCharacters(address: string): string {
  return withoutBidiControls(address).replace(ZERO_WIDTH, '');
}
