import { countWords } from '../text/normalize-for-compare';
import { leafBlocks } from './leaf-blocks';
import { removeAndPrune } from './remove-and-prune';

// An opening shortcode with attributes ("[button link=”…” type=”big”]") or a closing one ("[/button]").
const TAG = /\[(\/?)([a-z][\w-]*)((?:\s+[\w-]+\s*=\s*(?:"[^"\]]*"|'[^'\]]*'|[“”″][^\]]*?[“”″]|[^\s\]]+))*)\s*\]/gi;
// Shortcodes whose inner text belongs to the story: a caption, a quote.
// prettier-ignore
const KEEP_INNER = new Set(['caption', 'wp_caption', 'quote', 'blockquote', 'pullquote', 'embed', 'audio', 'video']);
// A button's or a box's label; a paragraph of the story is longer.
const MAX_INNER_WORDS = 12;

/**
 * WordPress shortcodes the site's plugin did not render, left as text:
 * "[button link=”…/submit-kit-review/” type=”big”] Send us YOUR kit
 * review[/button]", "[caption id=”…” width=”600”]A harbour crane[/caption]".
 * A block that is one short shortcode (a button, a box, a form) goes; around
 * a caption or a quote only the tags go. A tag needs attributes or its
 * closing pair, so "[Video]" and "[1]" in a sentence stay.
 * Fixture: test/pages/wordpress--leftover-shortcodes.
 */
export function removeShortcodes(content: Element): number {
  let removed = 0;
  for (const block of leafBlocks(content)) {
    const text = block.textContent ?? '';
    if (!text.includes('[') || !content.contains(block)) continue;
    const tags = Array.from(text.matchAll(TAG)).filter((m) => isShortcode(m, text));
    if (!tags.length) continue;
    const names = new Set(tags.map((m) => m[2]!.toLowerCase()));
    const inner = text.replace(TAG, ' ');
    if (
      ![...names].some((n) => KEEP_INNER.has(n)) &&
      countWords(inner) <= MAX_INNER_WORDS &&
      !block.querySelector('img, picture, video, iframe') &&
      text.trim().startsWith('[')
    ) {
      removeAndPrune(block, content);
      removed++;
      continue;
    }
    if (stripTags(block, text)) removed++;
  }
  return removed;
}

/** A tag with attributes, or a closing tag whose opening tag is in the same text. */
function isShortcode(m: RegExpMatchArray, text: string): boolean {
  if (m[3]?.trim()) return m[1] === '';
  if (m[1] === '/') return new RegExp(`\\[${m[2]}[\\s\\]]`, 'i').test(text);
  return new RegExp(`\\[/${m[2]}\\]`, 'i').test(text);
}

/** Remove the shortcode tags from the block's text nodes (a tag split across nodes stays). */
function stripTags(block: Element, text: string): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, 4);
  let changed = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.textContent ?? '';
    if (!data.includes('[')) continue;
    const next = data.replace(TAG, (tag, ...rest) => {
      const m = [tag, ...rest.slice(0, 3)] as unknown as RegExpMatchArray;
      return isShortcode(m, text) ? '' : tag;
    });
    if (next !== data) {
      node.textContent = next;
      changed = true;
    }
  }
  return changed;
}
