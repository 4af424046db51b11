/**
 * The shape of a block of the page, as the pipeline saw it in the page's
 * copy: its tag, its stable classes and id, and those of a few ancestors.
 * A rule the reader makes by removing a block ("Remove this block") is one
 * shape, never the block's text: the next page of the same site has other
 * words in the same box (a "Related stories" list, a newsletter sign-up),
 * and the shape is what they share.
 */
export interface ShapePart {
  tag: string;
  /** Stable class names (see stableClasses), sorted; at most MAX_CLASSES. */
  classes: string[];
  /** A stable id, or null. */
  id: string | null;
}

export interface BlockShape {
  /** The block itself, then its ancestors nearest first (at most ANCESTORS). */
  parts: ShapePart[];
}

export const ANCESTORS = 3;
const MAX_CLASSES = 4;
const MAX_NAME = 40;

/**
 * Class names and ids a site keeps from page to page. Build tools make
 * names that change with every release or page ("css-1x9fq2", "sc-bdVaJa",
 * "jsx-3829384", "post-48211"): a name with a run of digits, or ending in a
 * hash-like run of mixed letters and digits, is left out, so a rule never
 * depends on it.
 */
export function isStableName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  if (!/^[A-Za-z][\w-]*$/.test(name)) return false;
  if (/\d{2,}/.test(name)) return false;
  // The prefixes of CSS-in-JS tools, whose names are hashes whatever follows ("sc-bdVaJa", "css-kq2p0").
  if (/^(?:css|sc|jsx|emotion|styled|svelte)-/i.test(name)) return false;
  // A hash-like tail: letters and digits mixed, five or more, after a separator ("card-a1b2c").
  const tail = name.split(/[-_]/).pop() ?? '';
  if (tail.length >= 5 && /\d/.test(tail) && /[a-z]/i.test(tail)) return false;
  return true;
}

export function stableClasses(el: Element): string[] {
  const out: string[] = [];
  for (const c of Array.from(el.classList)) if (isStableName(c) && !out.includes(c)) out.push(c);
  return out.sort().slice(0, MAX_CLASSES);
}

export function partOf(el: Element): ShapePart {
  const id = el.getAttribute('id');
  return { tag: el.localName, classes: stableClasses(el), id: id && isStableName(id) ? id : null };
}

/** The shape of `el` where it stands: itself and up to ANCESTORS ancestors below the body. */
export function shapeOf(el: Element): BlockShape {
  const parts: ShapePart[] = [partOf(el)];
  for (let a = el.parentElement; a && parts.length <= ANCESTORS; a = a.parentElement) {
    if (a.localName === 'body' || a.localName === 'html') break;
    parts.push(partOf(a));
  }
  return { parts };
}

/**
 * Whether the shape says anything of its own: a class or an id somewhere.
 * "A paragraph in a div in a div" matches every paragraph of a site; such a
 * removal is kept on the page where it was made, never remembered.
 */
export function isDistinctive(shape: BlockShape): boolean {
  return shape.parts.some((p) => p.id !== null || p.classes.length > 0);
}

/** A shape as one string: equal shapes, equal keys (for de-duplicating rules). */
export function shapeKey(shape: BlockShape): string {
  return shape.parts.map(partKey).join(' < ');
}

export function partKey(p: ShapePart): string {
  return `${p.tag}${p.id ? `#${p.id}` : ''}${p.classes.map((c) => `.${c}`).join('')}`;
}

/**
 * Whether `el`, where it stands, has the shape: the same tag and, for the
 * block and each ancestor the shape names, the same tag with at least the
 * shape's classes and its id. Extra classes on the page are fine (a site
 * adds "is-sticky" or "dark"); missing ones are not.
 */
export function matchesShape(el: Element, shape: BlockShape): boolean {
  let node: Element | null = el;
  for (const part of shape.parts) {
    if (!node || node.localName !== part.tag) return false;
    if (part.id !== null && node.getAttribute('id') !== part.id) return false;
    for (const c of part.classes) if (!node.classList.contains(c)) return false;
    node = node.parentElement;
  }
  return true;
}

/** A shape read back from storage or a message: anything malformed is null. */
export function parseShape(value: unknown): BlockShape | null {
  if (typeof value !== 'object' || value === null) return null;
  const parts = (value as { parts?: unknown }).parts;
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > ANCESTORS + 1) return null;
  const out: ShapePart[] = [];
  for (const p of parts as unknown[]) {
    if (typeof p !== 'object' || p === null) return null;
    const { tag, classes, id } = p as Record<string, unknown>;
    if (typeof tag !== 'string' || !/^[a-z][a-z0-9-]{0,30}$/.test(tag)) return null;
    if (!Array.isArray(classes) || classes.length > MAX_CLASSES) return null;
    if (!classes.every((c): c is string => typeof c === 'string' && isStableName(c))) return null;
    if (id !== null && (typeof id !== 'string' || !isStableName(id))) return null;
    out.push({ tag, classes: [...classes], id });
  }
  return { parts: out };
}
