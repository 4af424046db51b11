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

// prettier-ignore
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Their text is raw: escaping it would change it when parsed again.
// prettier-ignore
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
// Left out with everything inside: nothing of them reaches the reader.
// A <base> is left out too: the inert copy gets the page's own base from the snapshot (parse-inert-document.ts).
const SKIP = new Set(['style', 'template', 'base']);
// prettier-ignore
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul']);
// Past the soft cap by this much, the walk stops before any node, block or not (a single huge paragraph).
const HARD_SLACK = 1.05;
// How many nodes between two looks at the clock.
const CHECK_EVERY = 64;

/**
 * The next slice waits for a timer, behind the page's own due timers and
 * input. In a hidden tab (the full-tab reader puts the page's tab in the
 * background) timers run once a second at most, so there it is a task of
 * its own through a MessageChannel instead; in a visible tab that starved
 * the page's timers (the 20 MB page: a 400 ms stall against 130 ms).
 */
function defaultPause(doc: Document): () => Promise<void> {
  const timer = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (typeof MessageChannel !== 'function') return timer;
  const message = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return () => (doc.visibilityState === 'hidden' ? message() : timer());
}

export async function serializeDocument(doc: Document, options: SerializeOptions): Promise<SerializedDocument> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? defaultPause(doc);
  const hardCap = Math.floor(options.maxChars * HARD_SLACK);
  // Each slice's pieces are joined at the end of the slice: one join of a 20 MB page's 400,000 pieces
  // at the end was itself a stall of hundreds of milliseconds.
  const slices: string[] = [];
  let out: string[] = [];
  let length = 0;
  let truncated = false;
  const push = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const endSlice = () => {
    slices.push(out.join(''));
    out = [];
  };
  if (doc.doctype) push('<!DOCTYPE html>');
  const root = doc.documentElement;
  if (!root) return { html: out.join(''), truncated };
  // Each frame: an element whose children are being written, and the next of them. Children are
  // followed by sibling pointers: copying each child list into an array (Array.from(childNodes))
  // made the walk twenty times slower in Chromium (4 s against 0.2 s on the 20 MB page).
  type Frame = { el: Element | null; next: Node | null; list: Node[] | null; at: number };
  const stack: Frame[] = [{ el: null, next: null, list: [root], at: 0 }];
  let sliceStart = now();
  let count = 0;
  while (stack.length) {
    if (++count % CHECK_EVERY === 0 && now() - sliceStart > sliceMs) {
      endSlice();
      await pause();
      sliceStart = now();
    }
    const frame = stack[stack.length - 1]!;
    let node: Node | null | undefined;
    if (frame.list) node = frame.list[frame.at++];
    else if ((node = frame.next)) frame.next = node.nextSibling;
    if (!node || truncated) {
      stack.pop();
      if (frame.el) push(`</${frame.el.localName}>`);
      continue;
    }
    if (length > options.maxChars && (length > hardCap || startsBlock(node))) {
      // Close what is open, from the innermost out.
      truncated = true;
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
    if (
      SKIP.has(name) ||
      (name === 'script' && !isJsonLd(el)) ||
      (name === 'link' && /stylesheet|preload|prefetch|modulepreload|icon/i.test(el.getAttribute('rel') ?? ''))
    )
      continue;
    push(startTag(el));
    if (VOID.has(name)) continue;
    const assigned = assignedToSlot(el);
    stack.push(assigned ? { el, next: null, list: assigned, at: 0 } : { el, next: (el.shadowRoot ?? el).firstChild, list: null, at: 0 });
  }
  endSlice();
  return { html: slices.join(''), truncated };
}

function startsBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).localName);
}

function isJsonLd(el: Element): boolean {
  return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/**
 * What a <slot> in an open shadow root shows: the nodes assigned to it, or
 * null for its own fallback content. With the host's shadow root walked
 * instead of its light DOM (see the walk), the page comes out as it shows.
 * Closed roots are the page's secret.
 */
function assignedToSlot(el: Element): Node[] | null {
  if (el.localName !== 'slot' || typeof (el as HTMLSlotElement).assignedNodes !== 'function' || el.getRootNode() === el.ownerDocument)
    return null;
  const assigned = (el as HTMLSlotElement).assignedNodes();
  return assigned.length ? assigned : null;
}

function startTag(el: Element): string {
  let s = `<${el.localName}`;
  if (!el.hasAttributes()) return `${s}>`;
  const img = el.localName === 'img' ? (el as HTMLImageElement) : null;
  let wroteSrc = false;
  // Names, then values: Array.from(el.attributes) makes an Attr object per attribute, several times slower.
  for (const name of el.getAttributeNames()) {
    let value = el.getAttribute(name) ?? '';
    if (img && name === 'src') {
      value = currentSource(img, value);
      wroteSrc = true;
    }
    s += ` ${name}="${escapeAttr(value)}"`;
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
  return /[&<>\u00a0]/.test(s)
    ? s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\u00a0/g, '&nbsp;')
    : s;
}

function escapeAttr(s: string): string {
  return /[&"\u00a0]/.test(s)
    ? s
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/\u00a0/g, '&nbsp;')
    : s;
}
