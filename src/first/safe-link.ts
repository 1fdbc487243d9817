/**
 * The URL to link to, only when it is http: or https:. Anything else
 * (`javascript:`, `data:`…) is shown as plain text by the caller.
 */
export function safeLink(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
