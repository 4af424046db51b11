/**
 * PRIVACY.md as a page inside the packages (privacy.html, linked from the
 * options page), so the policy a user reads offline is the very text in the
 * repository. Converts the small Markdown subset the policy uses: headings,
 * paragraphs, "- " lists, **bold**, *emphasis* and `code`. Everything is
 * escaped first; the page has no script and no style of its own.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

export function privacyPage(markdown: string, lang = 'en'): string {
  const blocks = markdown
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n{2,}/);
  let title = 'Privacy';
  const body = blocks.map((block) => {
    const heading = /^(#{1,3}) (.*)$/.exec(block);
    if (heading && !block.includes('\n')) {
      const level = heading[1]!.length;
      if (level === 1) title = heading[2]!;
      return `<h${level}>${inline(heading[2]!)}</h${level}>`;
    }
    if (block.startsWith('- ')) {
      const items = block.split(/\n(?=- )/).map((item) => `<li>${inline(item.slice(2).replace(/\n\s*/g, ' '))}</li>`);
      return `<ul>\n${items.join('\n')}\n</ul>`;
    }
    return `<p>${inline(block.replace(/\n\s*/g, ' '))}</p>`;
  });
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${inline(title).replace(/<[^>]+>/g, '')}</title>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
