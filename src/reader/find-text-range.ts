/**
 * Finds a sentence of the article's plain text in the rendered article.
 * The text came from the same DOM, but whitespace differs (line breaks,
 * blank lines between blocks), so both sides are compared with runs of
 * whitespace folded to one space. Returns the text-node pieces to mark.
 */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export function findTextPieces(root: Node, sentence: string): TextPiece[] {
  const needle = foldSpace(sentence);
  if (!needle) return [];
  const { flat, origin } = flatten(root);
  const at = flat.indexOf(needle);
  if (at < 0) return [];
  const pieces: TextPiece[] = [];
  for (let i = at; i < at + needle.length; i++) {
    const o = origin[i];
    if (!o || o.offset >= o.node.data.length) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === o.node) last.end = o.offset + 1;
    else pieces.push({ node: o.node, start: o.offset, end: o.offset + 1 });
  }
  return pieces;
}

/** Runs of whitespace folded to one space, trimmed: how both sides are compared. */
export const foldSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The rendered text as findTextPieces searches it (whitespace folded, blocks kept apart), to test many sentences against one walk. */
export function foldedText(root: Node): string {
  return flatten(root).flat;
}

function flatten(root: Node): { flat: string; origin: Array<{ node: Text; offset: number }> } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // Flattened, folded text with, for each character, the node and offset it came from.
  let flat = '';
  const origin: Array<{ node: Text; offset: number }> = [];
  let lastSpace = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] ?? '';
      if (/\s/.test(ch)) {
        if (lastSpace) continue;
        flat += ' ';
        lastSpace = true;
      } else {
        flat += ch;
        lastSpace = false;
      }
      origin.push({ node, offset: i });
    }
    // Blocks end without trailing space in their text; keep words of adjacent blocks apart.
    if (!lastSpace && isBlockEnd(node)) {
      flat += ' ';
      origin.push({ node, offset: data.length });
      lastSpace = true;
    }
  }
  return { flat, origin };
}

function isBlockEnd(node: Text): boolean {
  const parent = node.parentElement;
  return !!parent && node === parent.lastChild && /^(p|li|h[1-6]|blockquote|figcaption|td|th|dd|dt|div|pre)$/.test(parent.localName);
}

/** Wraps each piece in a <mark>; returns the marks, first one first. */
export function markPieces(pieces: readonly TextPiece[], className: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // From the end, so splitting one piece does not move the offsets of earlier ones in the same node.
  for (const piece of [...pieces].reverse()) {
    const doc = piece.node.ownerDocument;
    const range = doc.createRange();
    range.setStart(piece.node, piece.start);
    range.setEnd(piece.node, piece.end);
    const mark = doc.createElement('mark');
    mark.className = className;
    range.surroundContents(mark);
    marks.unshift(mark);
  }
  return marks;
}

/** Removes marks made by markPieces, restoring the text as it was. */
export function clearMarks(root: Element, className: string): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${className}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parent.normalize();
  }
}
