/**
 * OpenDyslexic for the in-page reader, injected whenever it opens, whatever
 * font is chosen, so a page listing its fonts cannot tell the reader's
 * choice (in-page-reader.ts). Chromium and Firefox both ignore @font-face
 * rules inside a shadow root (checked in Chromium 156 and Firefox ESR 153), so the faces
 * are added to the document's FontFaceSet, from bytes bundled here: no URL
 * to fetch, so neither the page's CSP nor a web-accessible resource is
 * involved. They are removed again when the reader closes.
 */
import bold from '@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2?inline';
import regular from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?inline';

type FontEntry = { add(): void; remove(): void };
const scope = globalThis as { __articleCleanerFont?: FontEntry };

function bytes(dataUrl: string): ArrayBuffer {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out.buffer;
}

if (!Object.prototype.hasOwnProperty.call(scope, '__articleCleanerFont')) {
  const faces = [
    new FontFace('OpenDyslexic', bytes(regular), { weight: '400', style: 'normal' }),
    new FontFace('OpenDyslexic', bytes(bold), { weight: '700', style: 'normal' }),
  ];
  const entry: FontEntry = {
    add: () => {
      for (const f of faces) document.fonts.add(f);
    },
    remove: () => {
      for (const f of faces) document.fonts.delete(f);
    },
  };
  Object.defineProperty(scope, '__articleCleanerFont', { value: Object.freeze(entry), configurable: false, writable: false });
}
scope.__articleCleanerFont?.add();
