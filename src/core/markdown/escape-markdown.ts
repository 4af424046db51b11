/**
 * Escaping for text that must stay text in Markdown. Over-escaping is safe
 * (a backslash before punctuation always renders the punctuation), so the
 * rules err on that side; under-escaping would turn a word into markup.
 */

/** HTML whitespace (not U+00A0, which is a visible, non-collapsing space). */
export const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * Marks a hard line break (<br>) inside inline output until the paragraph is
 * finished. A private-use character: text never legitimately contains it,
 * and escapeText removes any that do.
 */
export const BREAK = '\uE000';

/** Escapes characters that are syntax anywhere in a line. */
export function escapeText(text: string): string {
  return (
    text
      .replaceAll(BREAK, '')
      .replace(/[\\`*_[\]<~]/g, '\\$&')
      // "&copy;" in text would be read as an entity and render as ©.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
  );
}

/**
 * Appends inline output to what came before. Text ending in "!" directly
 * before a link would turn the link into an image, so that one "!" is
 * escaped (only then: "Hurry\!" at the end of every sentence is noise).
 */
export function appendInline(before: string, next: string): string {
  if (next.startsWith('[') && /(?:^|[^\\])(?:\\\\)*!$/.test(before)) return `${before.slice(0, -1)}\\!${next}`;
  return before + next;
}

/** Escapes what is syntax only at the start of a line: headings, quotes, list markers, rules. */
export function escapeLineStart(line: string): string {
  if (/^#{1,6}(?:[ \t]|$)/.test(line) || line.startsWith('>')) return `\\${line}`;
  if (/^[-+=](?:[ \t]|$)/.test(line) || /^[-=][-= \t]*$/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/** Escapes a trailing run of "#" that would be read as an ATX heading's closing sequence. */
export function escapeHeadingEnd(text: string): string {
  return text.replace(/(^|[ \t])(#+)$/, '$1\\$2');
}

/** Link and image destinations: percent-encode what would end or split them. */
export function escapeDestination(url: string): string {
  return url.replace(/[ \t\n\r\f<>()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link or image title, always in double quotes. */
export function escapeTitle(title: string): string {
  return title.replace(HTML_SPACE, ' ').trim().replace(/["\\]/g, '\\$&');
}

/** Image alt text and similar bracketed labels. */
export function escapeLabel(text: string): string {
  return text
    .replace(HTML_SPACE, ' ')
    .trim()
    .replace(/[\\[\]]/g, '\\$&');
}

/** A code span whose fence is longer than any backtick run inside it. */
export function codeSpan(code: string): string {
  const text = code.replace(/[\n\r]+/g, ' ');
  if (!text) return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each side when both are present, and a
  // backtick touching the fence would merge with it: pad in both cases.
  const pad = /^`|`$/.test(text) || (/^ [\s\S]* $/.test(text) && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fence for a code block: backticks, longer than any run of backticks inside. */
export function codeFence(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}
