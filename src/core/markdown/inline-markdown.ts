import { BLOCK_TAGS, SKIP_TAGS, isElement, isText, tagOf } from './block-tags';
import {
  BREAK,
  HTML_SPACE,
  appendInline,
  codeSpan,
  escapeDestination,
  escapeLabel,
  escapeLineStart,
  escapeText,
  escapeTitle,
} from './escape-markdown';

/** What the surrounding markup already does, so it is not written twice. */
export interface InlineContext {
  em?: boolean;
  strong?: boolean;
  strike?: boolean;
  link?: boolean;
  /** Inside a table cell: no line breaks possible. */
  cell?: boolean;
}

/** Phrasing content of one node as Markdown; line breaks are BREAK until finishParagraph. */
export function inlineMarkdown(node: Node, ctx: InlineContext = {}): string {
  if (isText(node)) return escapeText((node.nodeValue ?? '').replace(HTML_SPACE, ' '));
  if (!isElement(node)) return '';
  const tag = tagOf(node);
  if (SKIP_TAGS.has(tag)) return '';
  switch (tag) {
    case 'br':
      return ctx.cell ? ' ' : BREAK;
    case 'img':
      return image(node);
    case 'a':
      return link(node, ctx);
    case 'em':
    case 'i':
    case 'cite':
    case 'dfn':
    case 'var':
      return ctx.em ? children(node, ctx) : wrap(children(node, { ...ctx, em: true }), '*');
    case 'strong':
    case 'b':
      return ctx.strong ? children(node, ctx) : wrap(children(node, { ...ctx, strong: true }), '**');
    case 's':
    case 'del':
    case 'strike':
      return ctx.strike ? children(node, ctx) : wrap(children(node, { ...ctx, strike: true }), '~~');
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
    case 'pre':
      return codeSpan(codeText(node).replace(HTML_SPACE, ' '));
    case 'q':
      return `"${children(node, ctx)}"`;
    default:
      // A block inside phrasing content (a <p> in a table cell, a <div> in a
      // link) still separates words.
      return BLOCK_TAGS.has(tag) ? ` ${children(node, ctx)} ` : children(node, ctx);
  }
}

export function inlineChildren(node: Node, ctx: InlineContext = {}): string {
  return children(node, ctx);
}

/**
 * Turns inline output into finished Markdown lines: whitespace collapsed,
 * each line trimmed and escaped at its start, <br> as a backslash break
 * (trailing spaces would be invisible and get stripped by editors).
 */
export function finishParagraph(inline: string): string {
  const lines = inline.replace(/ {2,}/g, ' ').split(BREAK).map(trimSpace);
  // A line of only no-break spaces (<br>&nbsp;<br>) is as empty as a blank one at either end (trim() removes U+00A0).
  const blank = (line: string | undefined): boolean => line !== undefined && !line.trim();
  while (lines.length && blank(lines[0])) lines.shift();
  while (lines.length && blank(lines[lines.length - 1])) lines.pop();
  return lines.map(escapeLineStart).join('\\\n');
}

/** Text inside code and pre: verbatim, with <br> as a newline. */
export function codeText(node: Node): string {
  if (isText(node)) return node.nodeValue ?? '';
  if (tagOf(node) === 'br') return '\n';
  let out = '';
  for (const child of Array.from(node.childNodes)) out += codeText(child);
  return out;
}

function children(node: Node, ctx: InlineContext): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) out = appendInline(out, inlineMarkdown(child, ctx));
  return out;
}

/** Emphasis delimiters must touch the text: spaces and breaks move outside them. */
function wrap(inner: string, mark: string): string {
  const m = /^([ \uE000]*)([\s\S]*?)([ \uE000]*)$/.exec(inner);
  if (!m || !m[2]) return inner;
  return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

function image(img: Element): string {
  const src = img.getAttribute('src')?.trim();
  if (!src) return '';
  const alt = escapeLabel(img.getAttribute('alt') ?? '');
  return `![${alt}](${escapeDestination(src)}${titlePart(img)})`;
}

function link(a: Element, ctx: InlineContext): string {
  const text = children(a, { ...ctx, link: true });
  const href = a.getAttribute('href')?.trim();
  // Nested links are invalid Markdown; an empty or script link leads nowhere.
  if (ctx.link || !href || /^javascript:/i.test(href)) return text;
  const m = /^([ \uE000]*)([\s\S]*?)([ \uE000]*)$/.exec(text);
  const label = m?.[2] ?? '';
  if (!label) return text;
  const plain = (a.textContent ?? '').replace(HTML_SPACE, ' ').trim();
  if (plain === href && /^(?:https?:|mailto:)[^\s<>]*$/i.test(href) && !a.getAttribute('title')) {
    return `${m?.[1] ?? ''}<${href}>${m?.[3] ?? ''}`;
  }
  return `${m?.[1] ?? ''}[${label}](${escapeDestination(href)}${titlePart(a)})${m?.[3] ?? ''}`;
}

function titlePart(el: Element): string {
  const title = escapeTitle(el.getAttribute('title') ?? '');
  return title ? ` "${title}"` : '';
}

function trimSpace(s: string): string {
  return s.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
}
