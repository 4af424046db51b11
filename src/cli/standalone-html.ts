import type { Article } from '../core/article';
import { metaLine } from './meta-line';

/**
 * The article as a complete HTML file to open in a browser or archive. The
 * body is the already sanitized article HTML; every other value comes from
 * the page and is escaped. The CSP forbids scripts outright, so even a
 * sanitizer bypass cannot run anything when the file is opened.
 */
export function standaloneHtml(article: Article): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  const source = /^https?:/i.test(article.url)
    ? `\n<p class="source"><a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>`
    : '';
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>
body { max-width: 40em; margin: 2em auto; padding: 0 1em; font: 1.1em/1.6 Georgia, serif; color: #222; }
img { max-width: 100%; height: auto; }
.meta, .source { color: #666; font-size: 0.9em; }
</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${escapeHtml(metaLine(article))}</p>
${article.html}
</article>${source}
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
