/** Values for a URL template's placeholders; `undefined` means "not given". */
export type UrlTemplateValues = Readonly<Record<string, string | number | undefined>>;

// Only identifier-like names are placeholders, so other braces in a URL stay as they are.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

// What the URL parser treats as `.` and `..` path segments: it removes them, with the segment before for `..`.
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Replaces each `{name}` in `template` with its URI-encoded value; everything else is kept verbatim.
 * An id like `a b/c` becomes `a%20b%2Fc`, so it can never add path segments or a query to the URL, and
 * an id that would make a path segment `.` or `..` is refused, so it can never remove one either.
 *
 * @throws {TypeError} when a placeholder has no value (missing, `undefined` or `''`), or its value
 *   would be a `.` or `..` path segment, naming it.
 */
export function expandUrlTemplate(template: string, values: UrlTemplateValues): string {
  let url = '';
  let copied = 0;
  const filled: { name: string; start: number; end: number }[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1];
    url += template.slice(copied, match.index);
    const encoded = encodeURIComponent(String(valueOf(values, name)));
    filled.push({ name, start: url.length, end: url.length + encoded.length });
    url += encoded;
    copied = match.index + match[0].length;
  }
  url += template.slice(copied);
  refuseDotSegments(url, filled);
  return url;
}

function valueOf(values: UrlTemplateValues, name: string): string | number {
  // Own properties only: `{constructor}` must not pick up Object.prototype.constructor.
  const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
  // An empty value would silently produce a different URL (`/contacts//messages`).
  if (value === undefined || value === null || value === '') {
    throw new TypeError(`The URL template needs {${name}}, but no value was given for it.`);
  }
  return value;
}

/** Throws when a filled-in value made a path segment `.` or `..`; the template's own are its author's choice. */
function refuseDotSegments(url: string, filled: readonly { name: string; start: number; end: number }[]): void {
  // Encoded values hold no `?` or `#`, so the first one still ends the path.
  const pathEnd = url.search(/[?#]/);
  const path = pathEnd < 0 ? url : url.slice(0, pathEnd);
  let start = 0;
  for (const segment of path.split('/')) {
    const end = start + segment.length;
    if (DOT_SEGMENT.test(segment)) {
      const culprit = filled.find((value) => value.start < end && value.end > start);
      if (culprit) {
        throw new TypeError(
          `The value for {${culprit.name}} would make a "." or ".." path segment and change which address is asked; an id cannot be "." or "..".`,
        );
      }
    }
    start = end + 1;
  }
}

/** Whether `template` has a `{name}` placeholder. */
export function templateUses(template: string, name: string): boolean {
  return template.includes(`{${name}}`);
}
