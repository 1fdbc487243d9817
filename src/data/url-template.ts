/** Values for a URL template's placeholders; `undefined` means "not given". */
export type UrlTemplateValues = Readonly<Record<string, string | number | undefined>>;

// Only identifier-like names are placeholders, so other braces in a URL stay as they are.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces each `{name}` in `template` with its URI-encoded value; everything else is kept verbatim.
 * An id like `a b/c` becomes `a%20b%2Fc`, so it can never add path segments or a query to the URL.
 *
 * @throws {TypeError} when a placeholder has no value (missing, `undefined` or `''`), naming it.
 */
export function expandUrlTemplate(template: string, values: UrlTemplateValues): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    // Own properties only: `{constructor}` must not pick up Object.prototype.constructor.
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    // An empty value would silently produce a different URL (`/contacts//messages`).
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`The URL template needs {${name}}, but no value was given for it.`);
    }
    return encodeURIComponent(String(value));
  });
}

/** Whether `template` has a `{name}` placeholder. */
export function templateUses(template: string, name: string): boolean {
  return template.includes(`{${name}}`);
}
