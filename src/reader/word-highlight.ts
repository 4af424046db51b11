/**
 * The word being spoken, where the speech engine says which one it is
 * (SpeechSynthesisUtterance "boundary" events with name "word"; many voices
 * send none, and then only the paragraph is highlighted).
 *
 * The highlight never rewrites the article: with the CSS Custom Highlight
 * API (Chrome 105+, Firefox 140+) a Range is painted by ::highlight(); where
 * that API is missing, and in the in-page reader, boxes drawn over the word's
 * rectangles stand in.
 * Wrapping the word in an element would split text nodes the key figures'
 * highlights and the reader's selection point into.
 */
export const WORD_HIGHLIGHT = 'reading-word';

export interface WordSpan {
  start: number;
  end: number;
}

/**
 * The word an engine's boundary event points at, as offsets into the spoken
 * text. charLength is missing or 0 in some engines (Firefox's speech-dispatcher
 * voices, older Chrome): the word then runs to the next space or punctuation.
 * Null when the offset points past the text or at nothing to show.
 */
export function wordSpan(text: string, charIndex: number, charLength?: number): WordSpan | null {
  if (!Number.isInteger(charIndex) || charIndex < 0 || charIndex >= text.length) return null;
  let start = charIndex;
  // Some engines point at the space before the word.
  while (start < text.length && /\s/.test(text[start] ?? '')) start += 1;
  if (start >= text.length) return null;
  let end: number;
  if (typeof charLength === 'number' && Number.isInteger(charLength) && charLength > 0) {
    end = Math.min(text.length, charIndex + charLength);
    if (end <= start) return null;
  } else {
    const rest = /^[\p{L}\p{M}\p{N}'’_-]*/u.exec(text.slice(start))?.[0] ?? '';
    end = start + Math.max(rest.length, 1);
  }
  // A span that ends in spaces shows the word only.
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * Offsets in a block's spoken text (its textContent with runs of whitespace
 * folded to one space and trimmed, as read-aloud.ts speaks it) turned into a
 * Range over the block's own text nodes.
 */
export function rangeInBlock(block: HTMLElement, span: WordSpan): Range | null {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let folded = 0;
  // Starts as if after a space, so leading whitespace is dropped like trim() drops it.
  let lastSpace = true;
  let startAt: { node: Text; offset: number } | null = null;
  let endAt: { node: Text; offset: number } | null = null;
  for (let n = walker.nextNode(); n && !endAt; n = walker.nextNode()) {
    const node = n as Text;
    for (let i = 0; i < node.data.length; i++) {
      const space = /\s/.test(node.data[i] ?? '');
      if (space && lastSpace) continue;
      lastSpace = space;
      if (folded === span.start && !startAt) startAt = { node, offset: i };
      folded += 1;
      if (folded === span.end) {
        endAt = { node, offset: i + 1 };
        break;
      }
    }
  }
  if (!startAt || !endAt) return null;
  const range = doc.createRange();
  range.setStart(startAt.node, startAt.offset);
  range.setEnd(endAt.node, endAt.offset);
  return range;
}

export interface WordHighlighter {
  show(range: Range): void;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/** Paints the spoken word in the reader that holds `body`: a CSS highlight, or boxes beside the article where there is none. */
export function createWordHighlighter(body: HTMLElement): WordHighlighter {
  const win = body.ownerDocument.defaultView;
  const registry = (win?.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightClass = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown } | null)?.Highlight;
  // The highlight registry is the document's, and a page reads it like any global: in the in-page reader (a
  // shadow root in the page) it would tell the page that the user listens, and to which word. Boxes in the
  // closed shadow root tell it nothing.
  const inPage = body.getRootNode().nodeType === 11; /* Node.DOCUMENT_FRAGMENT_NODE: a shadow root */
  if (registry && HighlightClass && !inPage) {
    return {
      show(range) {
        try {
          registry.set(WORD_HIGHLIGHT, new HighlightClass(range));
        } catch {
          // A range the registry refuses (a content script's wrapped page window) only costs the word highlight.
        }
      },
      clear: () => registry.delete(WORD_HIGHLIGHT),
    };
  }
  let layer: HTMLElement | null = null;
  return {
    show(range) {
      const doc = body.ownerDocument;
      if (!layer) {
        // Beside the article body, not in it: nothing the article's own text nodes or copy-out see.
        layer = doc.createElement('div');
        layer.className = `${WORD_HIGHLIGHT}-boxes`;
        layer.setAttribute('aria-hidden', 'true');
        Object.assign(layer.style, { position: 'absolute', left: '0', top: '0', width: '0', height: '0', pointerEvents: 'none' });
      }
      if (!layer.isConnected) body.after(layer);
      // The layer's own position is the origin, whatever its offset parent is; it scrolls with the article.
      const origin = layer.getBoundingClientRect();
      layer.replaceChildren(
        ...Array.from(range.getClientRects()).map((r) => {
          const box = doc.createElement('div');
          box.className = `${WORD_HIGHLIGHT}-box`;
          Object.assign(box.style, {
            position: 'absolute',
            left: `${r.left - origin.left}px`,
            top: `${r.top - origin.top}px`,
            width: `${r.width}px`,
            height: `${r.height}px`,
          });
          return box;
        }),
      );
    },
    clear() {
      layer?.replaceChildren();
    },
  };
}
