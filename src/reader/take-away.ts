/**
 * Hands text to the reader: a file download or the clipboard. No
 * `downloads` permission: an <a download> with a Blob URL is an ordinary
 * download the browser asks about as it would for any page.
 */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after click() returns; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies text; must run from the click that asked for it (user activation).
 * Falls back to a selected textarea where the async clipboard is refused.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // Deprecated but still the only synchronous path where the async API is blocked.
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
