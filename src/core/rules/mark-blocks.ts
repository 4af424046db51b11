/**
 * The pipeline's side of the reader's fixes. In the walk that prepares the
 * page's copy (prepare-copy.ts), every element that can become a block of
 * the reader is stamped with its shape as it stands in the page (ancestors
 * and all, which Readability later strips away), and every element that
 * matches one of the site's rules is marked. After the cleaning passes, the
 * marked blocks go (guarded, apply-site-rules.ts) and each block left is
 * named with its shape (ArticleBlock), so the reader can make a rule from
 * any block it shows. The stamps are data- attributes, which the sanitizer
 * drops; any the page itself carried are taken off first.
 */
import { ANCESTORS, matchesShape, partKey, partOf, type BlockShape, type ShapePart } from './block-shape';
import { blockKeys, CONTAINER_TAGS, readerBlocks, UNIT_TAGS } from './reader-blocks';

export const SHAPE_ATTR = 'data-ac-shape';
export const RULE_ATTR = 'data-ac-rule';

/** A block of the extracted article with the shape it had in the page. */
export interface ArticleBlock {
  key: string;
  shape: BlockShape;
}

export interface BlockMarker {
  visit(el: Element): void;
  /** The shapes stamped, by the index in SHAPE_ATTR. */
  shapes: BlockShape[];
}

export function createBlockMarker(rules: readonly BlockShape[]): BlockMarker {
  const shapes: BlockShape[] = [];
  const index = new Map<string, number>();
  const ruleTags = new Set(rules.map((r) => r.parts[0]?.tag));
  // Each element's part read once: the walk visits parents before children, so a shape is a few look-ups (shapeOf, cached).
  const parts = new Map<Element, { part: ShapePart; key: string }>();
  const cached = (el: Element) => {
    let p = parts.get(el);
    if (!p) {
      const part = partOf(el);
      p = { part, key: partKey(part) };
      parts.set(el, p);
    }
    return p;
  };
  const shapeAt = (el: Element): { shape: BlockShape; key: string } => {
    const chain = [cached(el)];
    for (let a = el.parentElement; a && chain.length <= ANCESTORS; a = a.parentElement) {
      if (a.localName === 'body' || a.localName === 'html') break;
      chain.push(cached(a));
    }
    return { shape: { parts: chain.map((c) => c.part) }, key: chain.map((c) => c.key).join(' < ') };
  };
  return {
    shapes,
    visit(el) {
      const tag = el.localName;
      if (UNIT_TAGS.has(tag) || CONTAINER_TAGS.has(tag)) {
        const { shape, key } = shapeAt(el);
        let i = index.get(key);
        if (i === undefined) {
          i = shapes.push(shape) - 1;
          index.set(key, i);
        }
        el.setAttribute(SHAPE_ATTR, String(i));
      } else if (el.hasAttribute(SHAPE_ATTR)) el.removeAttribute(SHAPE_ATTR);
      if (el.hasAttribute(RULE_ATTR)) el.removeAttribute(RULE_ATTR);
      if (ruleTags.has(tag)) {
        const r = rules.findIndex((rule) => matchesShape(el, rule));
        if (r >= 0) el.setAttribute(RULE_ATTR, String(r));
      }
    },
  };
}

/** Each block of the cleaned content with its stamped shape; blocks the pipeline made itself have none and are left out. */
export function readArticleBlocks(content: Element, shapes: readonly BlockShape[]): ArticleBlock[] {
  const blocks = readerBlocks(content);
  const keys = blockKeys(blocks);
  const out: ArticleBlock[] = [];
  blocks.forEach((b, i) => {
    const shape = shapes[Number(b.getAttribute(SHAPE_ATTR) ?? NaN)];
    if (shape) out.push({ key: keys[i]!, shape });
  });
  return out;
}
