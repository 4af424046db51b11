/**
 * The in-page reader's sanitizer: safe by construction, without DOMPurify
 * (22 KB the page would compile at every open, for an article DOMPurify
 * already cleaned off the page's thread). The HTML is parsed into an inert
 * document (DOMParser: nothing in it runs or loads), and the article is
 * built afresh in the target document with createElement and setAttribute,
 * from the one allow list (allow-list.ts): an element not on it is never
 * made (its text is kept, unless it is one whose content is code or
 * markup of another language), an attribute not on it is never set, and
 * every address passes settleAttributes. Nothing of the parsed document is
 * moved into the reader, so no node the parser made (a customized built-in,
 * an SVG or MathML element, a template's content) can reach it.
 */
import { ALLOWED_ATTR, ALLOWED_TAGS, settleAttributes } from './allow-list';
import type { Sanitizer } from './create-sanitizer';
import { piecesOf, type HtmlCuts } from './html-cuts';
import { isUnseenPicture } from './is-unseen-picture';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const TAGS = new Set(ALLOWED_TAGS);
const ATTRS = new Set(ALLOWED_ATTR);
// Elements whose content goes with them (DOMPurify's FORBID_CONTENTS): code, other markup languages, raw text.
// prettier-ignore
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'object', 'embed', 'head', 'title',
  'xmp', 'plaintext', 'svg', 'math', 'select', 'textarea', 'frameset', 'frame',
]);
// An attribute value that names a scheme other than these is dropped, on any attribute (as DOMPurify does).
const ALLOWED_VALUE = /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const ANY_VALUE = new Set(['alt', 'title', 'value']);
const DATA_IMAGE_ON = new Set(['img', 'source', 'video', 'audio']);
// Whitespace and controls DOMPurify strips before testing a value.
// eslint-disable-next-line no-control-regex
const VALUE_SPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

/**
 * The rebuild of one article, in steps, for a reader that must not hold the page's thread: each step builds
 * until the clock passes `until` (checked every few nodes, so a step overruns by one node's work at most) and says
 * whether the article is complete. What a step built is added to the target at its end, in one insertion; a block
 * cut between two steps is completed in place by the next. `made` sees each element as it is made (before it can
 * load anything, so a listener added there hears every event).
 */
export interface Rebuild {
  /** `maxNodes`: at most about this many nodes in this step (what one frame then styles and lays out). */
  step(until: number, now?: () => number, maxNodes?: number): boolean;
}

export interface RebuildSanitizer extends Sanitizer {
  /** `cuts` (html-cuts.ts): where the HTML may be parsed in pieces, one piece when the step before ran out of nodes. */
  inSteps(html: string, target: Node, made?: (el: Element) => void, cuts?: HtmlCuts): Rebuild;
}

/** The sanitizer for `doc` (the page's document, for the in-page reader), with addresses made absolute against baseUrl. */
export function createRebuildSanitizer(doc: Document, baseUrl?: string): RebuildSanitizer {
  // The document's own window's parser (in Node tests, jsdom's); in a content script, its isolated world's.
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? DOMParser;
  const parse = (html: string): Element => new Parser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  const toFragment = (html: string): DocumentFragment => {
    const out = doc.createDocumentFragment();
    rebuildChildren(parse(html), out, doc, baseUrl);
    return out;
  };
  return {
    toFragment,
    toHtml(html) {
      const box = doc.createElement('div');
      box.append(toFragment(html));
      return box.innerHTML;
    },
    inPlace(el) {
      // el itself keeps only what the allow list keeps, as DOMPurify's in-place mode does.
      const probe = doc.createElement(el.localName);
      copyAttributes(el, probe);
      settleAttributes(probe, baseUrl);
      const fresh = doc.createDocumentFragment();
      rebuildChildren(el, fresh, doc, baseUrl);
      el.replaceChildren(fresh);
      for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
      for (const a of Array.from(probe.attributes)) el.setAttribute(a.name, a.value);
    },
    inSteps(html, target, onMade, cuts) {
      const stack: Work = [];
      let pieces = piecesOf(html, cuts);
      const first = parse(pieces[0]!);
      // The later pieces' nodes belong in the wrapper the first piece opened, `depth` deep (or in the target).
      let wrapper: Element | null = first;
      for (let d = 0; wrapper && d < (pieces.length > 1 ? cuts!.depth : 0); d++) wrapper = wrapper.firstElementChild;
      // Cuts that do not fit (no such wrapper): the whole is parsed, as without cuts.
      const whole = !wrapper && pieces.length > 1;
      if (whole) pieces = [html];
      pushChildren(stack, whole ? parse(html) : first, target);
      let next = 1;
      // Where the wrapper's children went when it was rebuilt: null while it is not, or when it was dropped.
      const into: { node: Node | null; dropped: boolean } = { node: wrapper === first ? target : null, dropped: false };
      const watch =
        wrapper !== first && wrapper ? { source: wrapper, seen: (n: Node | null) => ((into.node = n), (into.dropped = !n)) } : undefined;
      return {
        step(until, now = () => performance.now(), maxNodes = Infinity) {
          const out = doc.createDocumentFragment();
          // Each node counts one, and a text one more per TEXT_PER_NODE characters: what the frame lays out.
          const left = { nodes: maxNodes };
          const more = () => left.nodes > 0 && now() < until;
          for (;;) {
            build(stack, doc, baseUrl, { root: target, into: out, made: onMade, more, left, watch });
            if (stack.length || next >= pieces.length || !more()) break;
            // The next piece, parsed now that the last one is built (when its wrapper was dropped, so is the rest).
            const body = parse(pieces[next++]!);
            if (!into.dropped && into.node) pushChildren(stack, body, into.node);
          }
          target.appendChild(out);
          return stack.length === 0 && next >= pieces.length;
        },
      };
    },
  };
}

/** What is left to build: each source node with the node it goes under, the next on top. */
type Work = Array<[Node, Node]>;
const pushChildren = (stack: Work, source: Node, target: Node) => {
  for (let c = source.lastChild; c; c = c.previousSibling) stack.push([c, target]);
};
/** Nodes between two looks at the clock. */
const CLOCK_EVERY = 32;
/** A text counts one node more per this many characters (a long paragraph costs its frame more layout than a tag). */
const TEXT_PER_NODE = 64;

/** from's children, rebuilt under `to`: a loop with its own stack (in document order), so a deep article cannot exhaust the call stack. */
function rebuildChildren(from: Node, to: Node, doc: Document, baseUrl?: string): void {
  const stack: Work = [];
  pushChildren(stack, from, to);
  build(stack, doc, baseUrl, { root: to, into: to, more: () => true });
}

interface BuildOptions {
  /** What goes under `root` goes into `into` instead (a step's fragment). */
  root: Node;
  into: Node;
  made?: (el: Element) => void;
  /** Asked every CLOCK_EVERY nodes: false stops the build where it is (the stack keeps the rest). */
  more: () => boolean;
  /** Nodes this step may still make (a text counting more, TEXT_PER_NODE): at 0 the build stops. */
  left?: { nodes: number };
  /** Told, when `source` is reached, what its children go under (null: it and they are dropped). */
  watch?: { source: Node; seen(under: Node | null): void };
}

function build(stack: Work, doc: Document, baseUrl: string | undefined, o: BuildOptions): void {
  let count = 0;
  const left = o.left ?? { nodes: Infinity };
  while (stack.length) {
    if (left.nodes <= 0 || (++count % CLOCK_EVERY === 0 && !o.more())) return;
    const [node, under] = stack.pop()!;
    const target = under === o.root ? o.into : under;
    left.nodes--;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      left.nodes -= Math.floor(data.length / TEXT_PER_NODE);
      target.appendChild(doc.createTextNode(data));
      continue;
    }
    // Comments, processing instructions and the like are never made.
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.localName;
    const watched = o.watch?.source === el ? o.watch : undefined;
    if (el.namespaceURI !== HTML_NS || DROP_WITH_CONTENT.has(name)) {
      watched?.seen(null);
      continue;
    }
    // Not ours to make: its content stays, in its place (under the same parent, so a step's root stays the root).
    if (!TAGS.has(name)) {
      watched?.seen(under);
      pushChildren(stack, el, under);
      continue;
    }
    if (name === 'img' && isUnseenPicture(el)) {
      watched?.seen(null);
      continue;
    }
    const fresh = doc.createElement(name);
    watched?.seen(fresh);
    copyAttributes(el, fresh);
    settleAttributes(fresh, baseUrl);
    o.made?.(fresh);
    target.appendChild(fresh);
    pushChildren(stack, el, fresh);
  }
}

function copyAttributes(from: Element, to: Element): void {
  for (const a of Array.from(from.attributes)) {
    if (a.namespaceURI !== null || !ATTRS.has(a.name)) continue;
    const value = a.value.replace(VALUE_SPACE, '');
    const dataImage = (a.name === 'src' || a.name === 'poster') && DATA_IMAGE_ON.has(to.localName) && value.startsWith('data:');
    if (!ANY_VALUE.has(a.name) && value && !ALLOWED_VALUE.test(value) && !dataImage) continue;
    to.setAttribute(a.name, a.value);
  }
}
