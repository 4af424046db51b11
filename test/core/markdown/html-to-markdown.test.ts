import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/core/markdown/html-to-markdown';
import { parseDocument } from '../../../src/node/parse-document';

// Every expected output below is written by hand, not produced by the converter.
function md(html: string): string {
  const { document } = parseDocument(`<!DOCTYPE html><body>${html}</body>`, 'https://example.test/a/');
  return htmlToMarkdown(document.body);
}

describe('htmlToMarkdown', () => {
  it('headings and paragraphs, whitespace collapsed', () => {
    expect(md('<h1>Title</h1>\n<p>One\n   two.</p><h3>Sub  head</h3><p>Three.</p>')).toBe('# Title\n\nOne two.\n\n### Sub head\n\nThree.');
  });

  it('emphasis, strong, strikethrough, with spaces moved outside the markers', () => {
    expect(md('<p>a <em>b</em> <strong> c </strong> <i>d<b>e</b></i> <del>f</del> g<em>h</em>i</p>')).toBe(
      'a *b* **c** *d**e*** ~~f~~ g*h*i',
    );
  });

  it('does not double nested emphasis', () => {
    expect(md('<p><em>a <i>b</i></em></p>')).toBe('*a b*');
  });

  it('links, titles, autolinks and destinations that need encoding', () => {
    expect(md('<p><a href="https://x.test/a b(c)" title="say &quot;hi&quot;">the link</a></p>')).toBe(
      '[the link](https://x.test/a%20b%28c%29 "say \\"hi\\"")',
    );
    expect(md('<p>See <a href="https://x.test/">https://x.test/</a>.</p>')).toBe('See <https://x.test/>.');
    expect(md('<p><a href="javascript:alert(1)">no</a> <a>anchor</a> <a href="https://x.test/"> </a>end</p>')).toBe('no anchor end');
  });

  it('images, inline and linked', () => {
    expect(md('<p><img src="https://x.test/i.png" alt="A [big] cat" title="Cat"></p>')).toBe(
      '![A \\[big\\] cat](https://x.test/i.png "Cat")',
    );
    expect(md('<p><a href="https://x.test/"><img src="https://x.test/i.png" alt="logo"></a></p>')).toBe(
      '[![logo](https://x.test/i.png)](https://x.test/)',
    );
    expect(md('<p>x<img alt="no source">y</p>')).toBe('xy');
  });

  it('escapes text that would become markup', () => {
    expect(md('<p>2*3*4 = a_b_c [x] `y` &lt;b&gt; &amp;copy;</p>')).toBe('2\\*3\\*4 = a\\_b\\_c \\[x\\] \\`y\\` \\<b> \\&copy;');
    expect(md('<p># not a heading</p><p>- not a list</p><p>1. not a list</p><p>&gt; not a quote</p><p>---</p>')).toBe(
      '\\# not a heading\n\n\\- not a list\n\n1\\. not a list\n\n\\> not a quote\n\n\\---',
    );
    expect(md('<p>Wow!<a href="https://x.test/">link</a> Hurry!</p><p>Go!<br>&nbsp;<br></p>')).toBe(
      'Wow\\![link](https://x.test/) Hurry!\n\nGo!',
    );
  });

  it('line breaks as backslash breaks, none at the end of a paragraph', () => {
    expect(md('<p>one<br>two<br>  three<br></p>')).toBe('one\\\ntwo\\\nthree');
  });

  it('nested lists, ordered with start, tight', () => {
    const html = '<ul><li>one</li><li>two<ul><li>two a</li><li>two b<ol start="3"><li>deep</li></ol></li></ul></li><li>three</li></ul>';
    expect(md(html)).toBe('- one\n- two\n  - two a\n  - two b\n    3. deep\n- three');
  });

  it('list items with paragraphs are indented under their marker', () => {
    expect(md('<ol><li><p>First.</p><p>More.</p></li><li><p>Second.</p></li></ol>')).toBe('1. First.\n\n   More.\n2. Second.');
  });

  it('adjacent lists of the same kind get another marker so they stay two lists', () => {
    expect(md('<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol><ol><li>d</li></ol>')).toBe('- a\n\n* b\n\n1. c\n\n1) d');
  });

  it('a list nested directly in a list belongs to the item before it', () => {
    expect(md('<ul><li>a</li><ul><li>b</li></ul></ul>')).toBe('- a\n  - b');
  });

  it('blockquotes, nested and with lists', () => {
    expect(md('<blockquote><p>Said.</p><blockquote><p>Inner.</p></blockquote><ul><li>x</li></ul></blockquote>')).toBe(
      '> Said.\n>\n> > Inner.\n>\n> - x',
    );
  });

  it('inline code with backticks inside', () => {
    expect(md('<p>Use <code>a`b</code>, <code>`x</code> and <code>npm  run</code>.</p>')).toBe('Use ``a`b``, `` `x `` and `npm run`.');
  });

  it('code blocks keep their text verbatim, with the language and a long enough fence', () => {
    expect(md('<pre><code class="language-ts">const a = 1 &lt; 2;\n\n  *b*\n</code></pre>')).toBe('```ts\nconst a = 1 < 2;\n\n  *b*\n```');
    expect(md('<pre>```\nfenced\n```</pre>')).toBe('````\n```\nfenced\n```\n````');
  });

  it('code blocks inside list items are indented with the item', () => {
    expect(md('<ul><li>Run:<pre>npm test</pre></li></ul>')).toBe('- Run:\n\n  ```\n  npm test\n  ```');
  });

  it('tables as GFM, with header, alignment, escaped pipes and spans', () => {
    const html =
      '<table><caption>Scores</caption><thead><tr><th>Team</th><th align="right">Points</th></tr></thead>' +
      '<tbody><tr><td>A|B</td><td>3</td></tr><tr><td colspan="2"><p>tie</p><p>break</p></td></tr></tbody></table>';
    expect(md(html)).toBe('Scores\n\n| Team | Points |\n| --- | ---: |\n| A\\|B | 3 |\n| tie break |  |');
  });

  it('a table without a header row gets an empty one', () => {
    expect(md('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('|  |  |\n| --- | --- |\n| a | b |');
  });

  it('figures: the image, then the caption as its own paragraph', () => {
    expect(
      md('<figure><img src="https://x.test/p.jpg" alt="Austin"><figcaption>Lloyd Austin <em>in 2022</em>.</figcaption></figure>'),
    ).toBe('![Austin](https://x.test/p.jpg)\n\nLloyd Austin *in 2022*.');
  });

  it('rules, definition lists, containers and skipped elements', () => {
    expect(
      md('<div><section><p>a</p><hr><dl><dt>Term</dt><dd>Meaning</dd></dl></section></div><script>x()</script><style>p{}</style>'),
    ).toBe('a\n\n---\n\n**Term**\n\nMeaning');
  });

  it('text directly in a container becomes a paragraph beside the blocks', () => {
    expect(md('<div>loose <b>text</b><p>para</p>tail</div>')).toBe('loose **text**\n\npara\n\ntail');
  });

  it('heading text ending in # is escaped so it is not a closing sequence', () => {
    expect(md('<h2>Learn C #</h2><h2>C#</h2>')).toBe('## Learn C \\#\n\n## C#');
  });

  it('takes a Document, an element or a fragment, and leaves them unchanged', () => {
    const { document } = parseDocument('<!DOCTYPE html><body><p>x <em>y</em></p></body>');
    const before = document.body.innerHTML;
    expect(htmlToMarkdown(document)).toBe('x *y*');
    expect(htmlToMarkdown(document.body.firstChild as Node)).toBe('x *y*');
    const fragment = document.createDocumentFragment();
    fragment.append(document.createTextNode('plain'));
    expect(htmlToMarkdown(fragment)).toBe('plain');
    expect(document.body.innerHTML).toBe(before);
  });
});
