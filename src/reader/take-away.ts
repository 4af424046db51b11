/**
 * Hands text to the reader: a file download or the clipboard. No
 * `downloads` permission: an <a download> with a Blob URL is an ordinary
 * download the browser asks about as it would for any page.
 *
 * `place` is where the transient link or text area goes: the extension
 * page's body, or in the in-page reader its closed shadow root, never the
 * page's own document, where the page's listeners would see the link first
 * and could point it at a file of their own, or change what is copied.
 */
export function downloadText(fileName: string, mime: string, text: string, place: ParentNode = document.body): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  place.append(link);
  // Not link.click(): its event is composed, so it would cross the shadow root to the page's listeners.
  // This one stays inside (a page cannot cancel the download or learn of it) and still follows the link.
  link.dispatchEvent(new MouseEvent('click', { bubbles: false, cancelable: true, composed: false }));
  link.remove();
  // Firefox starts the download after the click returns; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies text; must run from the click that asked for it (user activation).
 * Falls back to a selected text area where the async clipboard is refused.
 * The browser's copy event of that fallback crosses shadow roots, so a page
 * listener could put its own text on the clipboard: ours, on the text area
 * itself, sets our text last and stops the event there; a page that stops
 * the event before it gets there makes the copy count as failed, never as
 * done.
 */
export async function copyText(text: string, place: ParentNode = document.body): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    let ours = false;
    area.addEventListener('copy', (event) => {
      if (!event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      event.stopImmediatePropagation();
      ours = true;
    });
    const root = place.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement as HTMLElement | null;
    place.append(area);
    area.focus({ preventScroll: true });
    area.select();
    // Deprecated but still the only synchronous path where the async API is blocked.
    const ok = document.execCommand('copy');
    area.remove();
    focused?.focus({ preventScroll: true });
    return ok && ours;
  }
}
