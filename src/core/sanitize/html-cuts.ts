/**
 * Where an article's HTML can be parsed in pieces. The in-page reader parses
 * the article it is given on the page's own thread; a long story parsed in
 * one go held that thread 30-100 ms (DOMParser cannot stop halfway). The
 * reading context, which has the article's DOM off the page's thread, says
 * where its HTML can be cut: between two children of the story's container
 * (the body, or the wrapper Readability puts around everything, as deep as
 * such single wrappers go), so each piece parses on its own into the same
 * nodes it would have been in the whole. The reader parses one piece a
 * slice. Cuts that do not fit the HTML are ignored: the whole is parsed, as
 * before (they only say where to parse, never what is shown; the reader
 * sanitizes what it builds either way).
 */

export interface HtmlCuts {
  /** How many single wrappers deep the cut children are (0: the body's own children). */
  depth: number;
  /** Offsets in the HTML where a piece starts after the first, ascending. */
  at: number[];
}

/** Pieces at least this long: parsing one is a few ms, and there are few enough that each costs a frame at most. */
export const MIN_PIECE_CHARS = 16_000;
/** Deeper wrappers than this are not followed (an article is not nested deeper in single wrappers). */
export const MAX_CUT_DEPTH = 8;
/** At most this many cuts cross (a 24 MB article in 16 KB pieces would be 1,500). */
export const MAX_CUTS = 4000;

/**
 * The cuts of `html` (the article's HTML, as serialized), from `body`, the same HTML parsed. None when it is
 * short, when its container is one unbreakable block, or when the HTML is not what its nodes serialize to
 * (then an offset would not fall between two nodes).
 */
export function htmlCuts(html: string, body: Element, minPiece = MIN_PIECE_CHARS): HtmlCuts | undefined {
  if (html.length < 2 * minPiece || body.innerHTML !== html) return undefined;
  let container: Element = body;
  let depth = 0;
  let offset = 0;
  for (;;) {
    const only = container.children.length === 1 ? container.firstElementChild! : null;
    const lone = only && Array.from(container.childNodes).every((c) => c === only || (c.nodeType === 3 && !(c as Text).data.trim()));
    if (!only || !lone || depth >= MAX_CUT_DEPTH) break;
    // Into the wrapper: past what comes before it in its container, and past its own start tag.
    for (let c = container.firstChild; c && c !== only; c = c.nextSibling) offset += serialized(c).length;
    const outer = only.outerHTML;
    const startTag = outer.slice(0, outer.length - only.innerHTML.length - `</${only.localName}>`.length);
    if (!html.startsWith(startTag, offset)) return undefined;
    offset += startTag.length;
    container = only;
    depth++;
  }
  const at: number[] = [];
  let pieceStart = offset;
  for (let c = container.firstChild; c; c = c.nextSibling) {
    if (offset - pieceStart >= minPiece && at.length < MAX_CUTS) {
      at.push(offset);
      pieceStart = offset;
    }
    const text = serialized(c);
    // Checked, not assumed: every child's text is where the count says it is.
    if (!html.startsWith(text, offset)) return undefined;
    offset += text.length;
  }
  return at.length ? { depth, at } : undefined;
}

/** The cuts of an article's HTML, parsed inert with the realm's parser (the reading context's), as the tab will parse it. */
export function cutsOfArticle(html: string, realm: { DOMParser: typeof DOMParser }): HtmlCuts | undefined {
  if (html.length < 2 * MIN_PIECE_CHARS) return undefined;
  const body = new realm.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  return htmlCuts(html, body);
}

/** The pieces of `html` at `cuts`, or the whole in one piece when the cuts do not fit it. */
export function piecesOf(html: string, cuts: HtmlCuts | undefined): string[] {
  if (!cuts || !validCuts(cuts, html.length)) return [html];
  const out: string[] = [];
  let from = 0;
  for (const to of cuts.at) {
    out.push(html.slice(from, to));
    from = to;
  }
  out.push(html.slice(from));
  return out;
}

/** Cuts as they arrived from another context: well-formed and inside an HTML of `length`, or undefined. */
export function parseHtmlCuts(value: unknown, length: number): HtmlCuts | undefined {
  const v = (value ?? {}) as Record<string, unknown>;
  if (!Array.isArray(v.at) || typeof v.depth !== 'number') return undefined;
  const cuts = { depth: v.depth, at: v.at as number[] };
  return validCuts(cuts, length) ? { depth: cuts.depth, at: [...cuts.at] } : undefined;
}

function validCuts(cuts: HtmlCuts, length: number): boolean {
  if (!Number.isSafeInteger(cuts.depth) || cuts.depth < 0 || cuts.depth > MAX_CUT_DEPTH) return false;
  if (cuts.at.length > MAX_CUTS) return false;
  let last = 0;
  for (const n of cuts.at) {
    if (!Number.isSafeInteger(n) || n <= last || n >= length) return false;
    last = n;
  }
  return true;
}

function serialized(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  // A text's or a comment's serialization, exactly as its parent's innerHTML writes it (escaping included).
  const box = node.ownerDocument!.createElement('div');
  box.append(node.cloneNode());
  return box.innerHTML;
}
