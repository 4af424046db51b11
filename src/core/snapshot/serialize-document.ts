/**
 * The rendered document as an HTML string, taken in slices that give the
 * page's event loop back between them, so a 20 MB page costs its own thread
 * many short pauses instead of one long stall. What the reader needs of the
 * page as it is now, and nothing else:
 *
 * - open shadow roots flattened in, the way the page shows them (a <slot>
 *   stands for what is assigned to it): a native serializer keeps only the
 *   light DOM, and components' text would be lost;
 * - a picture's current source where its `src` is empty or a placeholder
 *   (a lazy loader set `currentSrc` from srcset);
 * - attributes as they are now (`hidden`, inline `style`), which the
 *   readability checks and the sanitizer read;
 * - no scripts (but JSON-LD, which the article decision reads), styles,
 *   comments or template contents: they cost bytes and the reader drops them.
 *
 * When the HTML passes `maxChars` the walk stops before the next block and
 * closes what is open, so the copy ends at a block boundary, never mid-tag.
 */
export interface SerializeOptions {
  maxChars: number;
  /** Longest stretch of work before giving the event loop back. */
  sliceMs?: number;
  now?: () => number;
  /** Gives the event loop back; resolves when the walk may go on. */
  pause?: () => Promise<void>;
}

export interface SerializedDocument {
  html: string;
  truncated: boolean;
}

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Their text is raw: escaping it would change it when parsed again.
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
// Left out with everything inside: nothing of them reaches the reader.
// A <base> is left out too: the inert copy gets the page's own base from the snapshot (parse-snapshot.ts).
const SKIP = new Set(['style', 'template', 'base']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul']);
// Past the soft cap by this much, the walk stops before any node, block or not (a single huge paragraph).
const HARD_SLACK = 1.05;
// How many nodes between two looks at the clock.
const CHECK_EVERY = 64;

const defaultPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function serializeDocument(doc: Document, options: SerializeOptions): Promise<SerializedDocument> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? defaultPause;
  const hardCap = Math.floor(options.maxChars * HARD_SLACK);
  const out: string[] = [];
  let length = 0;
  let truncated = false;
  const push = (s: string) => { out.push(s); length += s.length; };
  if (doc.doctype) push('<!DOCTYPE html>');
  const root = doc.documentElement;
  if (!root) return { html: out.join(''), truncated };
  // Each frame: an element whose children are being written, and those children still to write.
  type Frame = { el: Element | null; kids: Node[]; next: number };
  const stack: Frame[] = [{ el: null, kids: [root], next: 0 }];
  let sliceStart = now();
  let count = 0;
  while (stack.length) {
    if (++count % CHECK_EVERY === 0 && now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = now();
    }
    const frame = stack[stack.length - 1]!;
    const node = frame.kids[frame.next++];
    if (!node) {
      stack.pop();
      if (frame.el) push(`</${frame.el.localName}>`);
      continue;
    }
    if (truncated) continue;
    if (length > options.maxChars && (length > hardCap || startsBlock(node))) {
      truncated = true;
      // Close what is open, from the innermost out.
      for (const f of stack) f.next = f.kids.length;
      continue;
    }
    if (node.nodeType === 3) {
      const parent = frame.el?.localName ?? '';
      const text = node.nodeValue ?? '';
      // Raw text (JSON-LD, a noscript's markup as the scripting page holds it) is written as it is.
      if (RAW_TEXT.has(parent)) push(text);
      else push(escapeText(length + text.length > hardCap ? cutText(text, hardCap - length) : text));
      continue;
    }
    if (node.nodeType !== 1) continue; // comments, processing instructions
    const el = node as Element;
    const name = el.localName;
    if (SKIP.has(name) || (name === 'script' && !isJsonLd(el)) || (name === 'link' && /stylesheet|preload|prefetch|modulepreload|icon/i.test(el.getAttribute('rel') ?? ''))) continue;
    push(startTag(el));
    if (VOID.has(name)) continue;
    stack.push({ el, kids: childrenShown(el), next: 0 });
  }
  return { html: out.join(''), truncated };
}

function startsBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).localName);
}

function isJsonLd(el: Element): boolean {
  return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/**
 * The children as the page shows them: an open shadow root's instead of the
 * light DOM's, with each <slot> standing for the nodes assigned to it (or its
 * own fallback content when none are). Closed roots are the page's secret.
 */
function childrenShown(el: Element): Node[] {
  if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function' && el.getRootNode() !== el.ownerDocument) {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length) return assigned;
  }
  const parent: ParentNode = el.shadowRoot ?? el;
  return Array.from(parent.childNodes);
}

function startTag(el: Element): string {
  let s = `<${el.localName}`;
  const img = el.localName === 'img' ? (el as HTMLImageElement) : null;
  let wroteSrc = false;
  for (const attr of Array.from(el.attributes)) {
    let value = attr.value;
    if (img && attr.name === 'src') {
      value = currentSource(img, value);
      wroteSrc = true;
    }
    s += ` ${attr.name}="${escapeAttr(value)}"`;
  }
  if (img && !wroteSrc) {
    const current = currentSource(img, '');
    if (current) s += ` src="${escapeAttr(current)}"`;
  }
  return `${s}>`;
}

/** The picture the page shows now, where its own `src` is empty or a data: placeholder. */
function currentSource(img: HTMLImageElement, src: string): string {
  const current = typeof img.currentSrc === 'string' ? img.currentSrc : '';
  if (!/^https?:/i.test(current)) return src;
  return !src.trim() || /^data:/i.test(src.trim()) ? current : src;
}

/** At most `room` characters of a text, ended at a space where there is one. */
function cutText(text: string, room: number): string {
  if (room <= 0) return '';
  const head = text.slice(0, room);
  const space = head.lastIndexOf(' ');
  return space > room / 2 ? head.slice(0, space) : head;
}

function escapeText(s: string): string {
  return /[&<>\u00a0]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;') : s;
}

function escapeAttr(s: string): string {
  return /[&"\u00a0]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;') : s;
}
