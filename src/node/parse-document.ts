import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved page as an inert Document in Node: no scripts, no subresources,
 * no network. The URL makes relative links resolve as they did on the site.
 */
export function parseDocument(html: string, url = 'https://example.invalid/'): { document: Document; window: Window } {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, window: dom.window as unknown as Window };
}
