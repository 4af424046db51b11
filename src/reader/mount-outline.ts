/**
 * The outline of a story with three or more subheadings: a table of
 * contents that follows the reading position. It sits at the top of the
 * reader and stays there as the story scrolls (sticky), folded by default to
 * one line that names the section being read; unfolded, it lists every
 * section and marks the current one with aria-current. The current section
 * comes from an IntersectionObserver on the headings (no scroll listener):
 * the last heading above the top third of the reading area.
 */
import { h } from './h';

import type { Translate } from '../core/i18n/translate';

export const MIN_SECTIONS = 3;

export interface OutlineOptions {
  /** The rendered body (.reader-body), whose h2–h4 are the sections. */
  body: HTMLElement;
  t: Translate;
  /** The element that scrolls the story (the popup's article scroller, the in-page reader's), or null for the window. */
  scroller: Element | null;
  /** Ids unique in the root the reader lives in. */
  idPrefix?: string;
}

export interface Outline {
  element: HTMLElement;
  /** The index of the section being read, or -1 before the first. */
  current(): number;
  disconnect(): void;
}

/** The outline, or null when the story has fewer than MIN_SECTIONS subheadings. Insert `element` before the body. */
export function createOutline(o: OutlineOptions): Outline | null {
  const headings = Array.from(o.body.querySelectorAll<HTMLElement>('h2, h3, h4')).filter((el) => (el.textContent ?? '').trim());
  if (headings.length < MIN_SECTIONS) return null;
  const top = Math.min(...headings.map((el) => Number(el.localName[1])));
  const prefix = o.idPrefix ?? 'section';
  const links = headings.map((heading, i) => {
    heading.id = `${prefix}-${i + 1}`;
    // Focusable from a link without joining the tab order, so a screen reader goes on reading from there.
    heading.tabIndex = -1;
    const link = h('a', { href: `#${heading.id}`, class: `outline-link outline-level-${Number(heading.localName[1]) - top}` });
    link.textContent = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    link.addEventListener('click', (event) => {
      // A fragment jump would scroll the popup's frame or, in the in-page reader, look for the id in the page.
      event.preventDefault();
      const smooth = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      heading.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      heading.focus({ preventScroll: true });
      details.open = false;
    });
    return link;
  });
  const label = o.t('outlineLabel');
  const where = h('span', { class: 'outline-current' });
  const summary = h('summary', { class: 'outline-summary' }, h('span', { class: 'outline-title' }, o.t('outlineTitle')), where);
  const nav = h('nav', { class: 'outline-nav', 'aria-label': label }, h('ol', {}, ...links.map((a) => h('li', {}, a))));
  const details = h('details', { class: 'outline' }, summary, nav);

  let current = -1;
  const mark = (index: number) => {
    if (index === current) return;
    current = index;
    links.forEach((a, i) => (i === index ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
    where.textContent = index >= 0 ? links[index]!.textContent : '';
  };
  // The end of the story: once it is in view, the last sections may never reach the line, and the last one seen is current.
  const end = h('span', { class: 'outline-end', 'aria-hidden': 'true' });
  o.body.after(end);
  let atEnd = false;
  const update = () => {
    const rootTop = o.scroller ? o.scroller.getBoundingClientRect().top : 0;
    const height = o.scroller ? o.scroller.clientHeight : innerHeight;
    const line = atEnd ? rootTop + height : rootTop + height / 3;
    let index = -1;
    headings.forEach((el, i) => {
      if (el.getBoundingClientRect().top <= line) index = i;
    });
    mark(index);
  };
  // A heading crossing the line a third of the way down the reading area is a change of section.
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(update, { root: o.scroller, rootMargin: '0px 0px -66% 0px', threshold: [0, 1] })
      : null;
  for (const el of headings) observer?.observe(el);
  const endObserver =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            atEnd = entries[entries.length - 1]?.isIntersecting ?? false;
            update();
          },
          { root: o.scroller },
        )
      : null;
  endObserver?.observe(end);
  return {
    element: details,
    current: () => current,
    disconnect: () => {
      observer?.disconnect();
      endObserver?.disconnect();
    },
  };
}
