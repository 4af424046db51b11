import { isUnseenPicture } from '../sanitize/is-unseen-picture';

/**
 * Lazy-loading scripts keep the real picture in data attributes and show a
 * placeholder (or nothing) in `src`. Readability only knows a few of these
 * forms, and our clone never runs the page's scripts, so we promote the real
 * source before Readability decides what is content.
 */
// prettier-ignore
const SRC_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-orig-file', 'data-original-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

/** Placeholders: data URIs of tiny GIFs/SVGs, spacer files, or nothing. */
function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim().toLowerCase();
  if (s.startsWith('data:')) return s.length < 500 || s.startsWith('data:image/svg');
  return /(?:^|\/)(?:blank|spacer|pixel|placeholder|transparent|grey|lazy)[^/]*\.(?:gif|png|svg)(?:$|\?)/.test(s);
}

function looksLikeUrl(v: string): boolean {
  return /^(?:https?:)?\/\/|^\/|^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg)(?:$|\?)/i.test(v.trim());
}

/** One element of the copy (pipeline/prepare-copy.ts runs it in cloneDocument's walk); anything but an img or a source is left alone. */
export function fixLazyImage(img: Element): void {
  const isImg = img.localName === 'img';
  if (!isImg && img.localName !== 'source') return;
  // Only a picture the reader will show gets its real address: a lazy tracking pixel stays a placeholder.
  // Marked hidden, as the page showed it, for Readability (which drops hidden nodes) and the sanitizer,
  // which would otherwise not know: Readability takes the inline style that made it 1×1.
  if (isImg && isUnseenPicture(img)) {
    img.setAttribute('hidden', '');
    return;
  }
  if (isImg && isPlaceholder(img.getAttribute('src'))) {
    for (const attr of SRC_ATTRS) {
      const v = img.getAttribute(attr);
      if (v && looksLikeUrl(v)) {
        img.setAttribute('src', v.trim());
        break;
      }
    }
  }
  if (!img.getAttribute('srcset')) {
    for (const attr of SRCSET_ATTRS) {
      const v = img.getAttribute(attr);
      if (v && v.trim()) {
        img.setAttribute('srcset', v.trim());
        break;
      }
    }
  }
  if (isImg && img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
  // <noscript><img …></noscript> beside a placeholder: the noscript copy is the
  // real picture. The clone is inert, so its noscript content is plain text;
  // Readability's own _unwrapNoscriptImages handles that case when parsing.
}
