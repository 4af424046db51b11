import type { Article } from '../article';
import type { Translate } from '../i18n/translate';
import { htmlToMarkdown } from '../markdown/html-to-markdown';
import { describeMeta } from '../meta/describe-meta';
import { formatMeta } from '../meta/format-meta';
import { isWebUrl } from '../url/web-address';

/** What the reader needs to turn an article into a file or the clipboard. */
export interface ExportContext {
  t: Translate;
  /** For the published date, written the way the article's readers write dates. */
  locale: string;
  /** When the copy was taken: files carry it, so a reader knows how old their copy is. */
  savedAt: Date;
}

/** The line under the title, the very line the reader shows (src/core/meta/format-meta.ts). */
function metaParts(article: Article, ctx: ExportContext): string[] {
  return formatMeta(article, ctx.t, ctx.locale, ctx.savedAt);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const webUrl = (url: string) => (isWebUrl(url) ? url : '');

/**
 * The article as Markdown: title, meta line, source and date saved, a rule,
 * then the body. `body` is the sanitized body DOM (a fragment or element).
 */
export function articleToMarkdown(article: Article, body: Node, ctx: ExportContext): string {
  const head = [`# ${escapeMarkdownLine(describeMeta(article).title)}`];
  const meta = metaParts(article, ctx);
  if (meta.length) head.push(`*${escapeMarkdownLine(meta.join(' · '))}*`);
  const url = webUrl(article.url);
  const about = [
    url ? ctx.t('exportSource', `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`) : '',
    ctx.t('exportSaved', isoDay(ctx.savedAt)),
  ].filter(Boolean);
  // Two trailing spaces: a hard line break, so source and date stay on their own lines.
  head.push(about.join('  \n'));
  return `${head.join('\n\n')}\n\n---\n\n${htmlToMarkdown(body).trim()}\n`;
}

/** The article as plain text: the same head, then the text blocks separated by blank lines. */
export function articleToPlainText(article: Article, ctx: ExportContext): string {
  const head = [describeMeta(article).title];
  const meta = metaParts(article, ctx);
  if (meta.length) head.push(meta.join(' · '));
  const url = webUrl(article.url);
  if (url) head.push(ctx.t('exportSource', url));
  head.push(ctx.t('exportSaved', isoDay(ctx.savedAt)));
  return `${head.join('\n')}\n\n${article.text.trim()}\n`;
}

/**
 * A complete HTML file that opens anywhere without the extension. The body
 * is sanitized HTML; every other value comes from the page and is escaped.
 * Its CSP forbids scripts outright, so even a sanitizer bypass cannot run
 * anything when the file is opened later.
 */
export function articleToHtmlFile(article: Article, sanitizedBodyHtml: string, ctx: ExportContext): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  const meta = metaParts(article, ctx);
  // The headline as the reader shows it: without the site's name tacked on.
  const title = describeMeta(article).title;
  const url = webUrl(article.url);
  const source = url ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : '';
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
${url ? `<link rel="canonical" href="${escapeHtml(url)}">\n` : ''}<title>${escapeHtml(title)}</title>
<style>
body { max-width: 36em; margin: 2em auto; padding: 0 1em; font: 1.15em/1.6 Charter, Georgia, serif; color: #1f1f1f; background: #fbfaf7; }
img, video { max-width: 100%; height: auto; }
a { color: #1a4f9c; }
.meta, .source { font-family: system-ui, sans-serif; color: #5c5c5c; font-size: 0.8em; }
blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 3px solid #dcd8cf; }
table { display: block; overflow-x: auto; border-collapse: collapse; }
th, td { border: 1px solid #dcd8cf; padding: 0.3em 0.6em; }
@media (prefers-color-scheme: dark) { body { color: #d8d6d1; background: #1e1f22; } a { color: #8ab4f8; } .meta, .source { color: #a3a09a; } }
</style>
</head>
<body>
<article>
<header>
<h1>${escapeHtml(title)}</h1>
${meta.length ? `<p class="meta">${escapeHtml(meta.join(' · '))}</p>\n` : ''}<p class="source">${source ? `${escapeHtml(ctx.t('exportSource', '\u0000')).replace('\u0000', source)}<br>` : ''}${escapeHtml(ctx.t('exportSaved', isoDay(ctx.savedAt)))}</p>
</header>
${sanitizedBodyHtml}
</article>
</body>
</html>
`;
}

/** A file name from the title: readable, in the article's own script, safe on every file system. */
export function exportFileName(title: string, extension: string): string {
  const stem = title
    .normalize('NFC')
    // Characters Windows, macOS or Linux refuse in a file name, control characters among them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[\s.]+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim()
    .replace(/ /g, '-');
  return `${stem || 'article'}.${extension}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A title or meta line that must stay one line of literal text in Markdown. */
function escapeMarkdownLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#]/g, '\\$&');
}
