/**
 * An <object> (a Flash player, mostly) that no browser plays any more shows
 * its fallback content instead: on pages of 2008–2013 that is often the
 * video's caption, the story's first paragraph ("If there's one thing we
 * learned from the 2012 election…"). Readability removes every <object>
 * with what is inside, so each one whose fallback holds text becomes a
 * <div> of that fallback (its <param>s and inner players' own objects
 * unwrapped the same way, deepest first). Runs on the copy only; the
 * objects are found in the walk that copies the page (pipeline/extract-article.ts).
 */
export function showFallbacks(objects: readonly Element[]): void {
  for (let i = objects.length - 1; i >= 0; i--) {
    const obj = objects[i]!;
    const parent = obj.parentNode;
    if (!parent || !(obj.textContent ?? '').trim()) continue;
    const div = obj.ownerDocument.createElement('div');
    for (let c = obj.firstChild; c; c = obj.firstChild) {
      if (c.nodeType === 1 && (c as Element).localName === 'param') c.remove();
      else div.appendChild(c);
    }
    parent.replaceChild(div, obj);
  }
}
