import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved page as an inert Document in Node: no scripts, no subresources,
 * no network. The URL makes relative links resolve as they did on the site.
 */
export function parseDocument(html: string, url = 'https://example.invalid/'): { document: Document; window: Window } {
  try {
    return parse(html, url);
  } catch {
    // jsdom's CSS parser throws on some real style sheets (cssstyle: "Cannot
    // create property 'border-width' on string 'inherit'"). Styles play no
    // part in reading, so such a page is parsed again without them.
    return parse(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, ''), url);
  }
}

function parse(html: string, url: string): { document: Document; window: Window } {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, window: dom.window as unknown as Window };
}
