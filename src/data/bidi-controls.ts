// Marks and embeddings/overrides/isolates (LRM, RLM, ALM, LRE…RLO, LRI…PDI): they reorder what is shown.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * An address without bidi control characters. An email address or phone number never needs one,
 * and one can make `"\u202E+46 70 123"` read as "321 07 64+".
 */
export function withoutBidiControls(address: string): string {
  return address.replace(BIDI_CONTROLS, '');
}
