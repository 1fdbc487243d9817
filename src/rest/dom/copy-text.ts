/**
 * Puts text on the clipboard: the asynchronous Clipboard API where the page may use it (a secure context, and the
 * permission), else the older way of copying a selection (`execCommand('copy')`, which still works in a click handler
 * on pages the API is refused to). Resolves whether either worked; never throws.
 */
export async function copyText(value: string, root: ShadowRoot | Document): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Refused (no permission, not focused, an insecure page): try the selection below.
  }
  return copyBySelection(value, root);
}

/** Copies `value` by selecting it in a field of its own, out of sight, then gives focus back. */
function copyBySelection(value: string, root: ShadowRoot | Document): boolean {
  const field = document.createElement('textarea');
  field.value = value;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  // In view (a field off screen may scroll the page as it takes focus), but not seen, and never in the layout.
  field.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:0;opacity:0;pointer-events:none';
  const before = root.activeElement as HTMLElement | null;
  (root instanceof Document ? root.body : root).append(field);
  let copied = false;
  try {
    field.focus({ preventScroll: true });
    field.select();
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    field.remove();
    before?.focus({ preventScroll: true });
  }
  return copied;
}
