import { countWords } from '../text/normalize-for-compare';

/** Words inside the element's links. */
export function linkedWords(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += countWords(a.textContent ?? '');
  return n;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}
