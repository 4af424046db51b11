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
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  // Native where the browser has it (Chromium 140, Firefox 133): the loop below costs the page's thread tens of ms.
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (typeof fromBase64 === 'function') return fromBase64(base64).buffer as ArrayBuffer;
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out.buffer;
}

if (!Object.prototype.hasOwnProperty.call(scope, '__articleCleanerFont')) {
  // One face per task: the browser decodes a face's bytes on the page's thread when it is made (30-90 ms for both).
  const sources: Array<[string, string]> = [
    [regular, '400'],
    [bold, '700'],
  ];
  const faces: FontFace[] = [];
  let wanted = false;
  const make = (i: number) => {
    const [data, weight] = sources[i]!;
    const face = new FontFace('OpenDyslexic', bytes(data), { weight, style: 'normal' });
    faces.push(face);
    if (wanted) document.fonts.add(face);
    if (i + 1 < sources.length) setTimeout(() => make(i + 1), 0);
  };
  const entry: FontEntry = {
    add: () => {
      wanted = true;
      for (const f of faces) document.fonts.add(f);
    },
    remove: () => {
      wanted = false;
      for (const f of faces) document.fonts.delete(f);
    },
  };
  make(0);
  Object.defineProperty(scope, '__articleCleanerFont', { value: Object.freeze(entry), configurable: false, writable: false });
}
scope.__articleCleanerFont?.add();
