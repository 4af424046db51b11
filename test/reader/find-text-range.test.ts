import { describe, expect, it } from 'vitest';
import { clearMarks, findTextPieces, markPieces } from '../../src/reader/find-text-range';
import { parseDocument } from '../../src/node/parse-document';

function body(html: string): HTMLElement {
  const { document } = parseDocument(`<!doctype html><body>${html}</body>`);
  return document.body;
}

describe('findTextPieces', () => {
  it('finds a sentence that spans inline elements and odd whitespace', () => {
    const root = body('<p>First one. Austin met\n  <a href="#">Wei</a> on <em>Wednesday</em>. Then more.</p>');
    const pieces = findTextPieces(root, 'Austin met Wei on Wednesday.');
    expect(
      pieces
        .map((p) => p.node.data.slice(p.start, p.end))
        .join('')
        .replace(/\s+/g, ' '),
    ).toBe('Austin met Wei on Wednesday.');
  });

  it('marks the sentence and clears the marks without changing the text', () => {
    const root = body('<p>One. Two <b>three</b> four. Five.</p>');
    const before = root.textContent;
    const marks = markPieces(findTextPieces(root, 'Two three four.'), 'hl');
    expect(marks.map((m) => m.textContent).join('')).toBe('Two three four.');
    expect(root.querySelectorAll('mark.hl').length).toBe(3);
    clearMarks(root, 'hl');
    expect(root.querySelector('mark')).toBeNull();
    expect(root.textContent).toBe(before);
  });

  it('does not join words of neighbouring blocks', () => {
    const root = body('<p>Ends here</p><p>Starts there</p>');
    expect(findTextPieces(root, 'hereStarts')).toEqual([]);
    expect(findTextPieces(root, 'here Starts').length).toBeGreaterThan(0);
  });

  it('returns nothing for a sentence that is not there', () => {
    expect(findTextPieces(body('<p>Hello world.</p>'), 'Goodbye.')).toEqual([]);
    expect(findTextPieces(body('<p>Hello</p>'), '   ')).toEqual([]);
  });
});
