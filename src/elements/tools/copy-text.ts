/**
 * Puts `text` on the clipboard. Without the Clipboard API (an insecure origin, a refused permission) the
 * field holding the text is selected and copied the old way; returns whether the text was copied.
 */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      // execCommand is deprecated but is the only way left when the Clipboard API is refused.
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
