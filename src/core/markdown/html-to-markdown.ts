import { BLOCK_TAGS, SKIP_TAGS, isElement, tagOf } from './block-tags';
import { appendInline, codeFence, escapeHeadingEnd } from './escape-markdown';
import { codeText, finishParagraph, inlineChildren, inlineMarkdown } from './inline-markdown';
import { tableMarkdown } from './table-markdown';

/**
 * The article's DOM as CommonMark with GFM tables and strikethrough. Pure
 * DOM walking: it reads the tree it is given (a Document, an element or a
 * fragment) and never parses or changes anything, so the extension's "copy
 * as Markdown" and the command-line tool share it.
 */
export function htmlToMarkdown(root: Node): string {
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!start) return '';
  return joinBlocks(blocks(start), false);
}

interface Block {
  md: string;
  /** Set on lists: adjacent lists of the same kind must use another marker, or Markdown merges them. */
  list?: { ordered: boolean; alt: boolean };
}

function blocks(parent: Node): Block[] {
  const out: Block[] = [];
  let run = '';
  const flush = (): void => {
    const md = finishParagraph(run);
    if (md) out.push({ md });
    run = '';
  };
  for (const child of Array.from(parent.childNodes)) {
    const tag = tagOf(child);
    if (SKIP_TAGS.has(tag)) continue;
    if (!BLOCK_TAGS.has(tag)) {
      run = appendInline(run, inlineMarkdown(child));
      continue;
    }
    flush();
    out.push(...blockOf(child as Element, out[out.length - 1]));
  }
  flush();
  return out;
}

function blockOf(el: Element, previous: Block | undefined): Block[] {
  const tag = tagOf(el);
  switch (tag) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = finishParagraph(inlineChildren(el)).replace(/\\\n/g, ' ');
      return text ? [{ md: `${'#'.repeat(Number(tag[1]))} ${escapeHeadingEnd(text)}` }] : [];
    }
    case 'ul':
    case 'ol': {
      const ordered = tag === 'ol';
      const alt = previous?.list?.ordered === ordered && !previous.list.alt;
      const md = listMarkdown(el, ordered, alt);
      return md ? [{ md, list: { ordered, alt } }] : [];
    }
    case 'blockquote': {
      const inner = joinBlocks(blocks(el), false);
      return inner
        ? [
            {
              md: inner
                .split('\n')
                .map((l) => (l ? `> ${l}` : '>'))
                .join('\n'),
            },
          ]
        : [];
    }
    case 'pre':
      return [{ md: codeBlock(el) }];
    case 'hr':
      return [{ md: '---' }];
    case 'table':
      return tableMarkdown(el).map((md) => ({ md }));
    case 'dt': {
      const text = finishParagraph(inlineChildren(el, { strong: true }));
      return text ? [{ md: `**${text}**` }] : [];
    }
    default:
      // Containers (div, section, figure, p, li outside a list…) are
      // transparent: their children become blocks at this level.
      return blocks(el);
  }
}

function listMarkdown(list: Element, ordered: boolean, alt: boolean): string {
  const startAttr = Number.parseInt(list.getAttribute('start') ?? '', 10);
  let n = ordered && Number.isFinite(startAttr) && startAttr >= 0 ? startAttr : 1;
  const items: Block[][] = [];
  for (const child of Array.from(list.childNodes)) {
    const tag = tagOf(child);
    if (tag === 'li') {
      items.push(blocks(child));
    } else if ((tag === 'ul' || tag === 'ol') && items.length) {
      // <ul><li>a</li><ul>…</ul></ul>: invalid but common; the list belongs to the item before it.
      const last = items[items.length - 1] ?? [];
      last.push(...blockOf(child as Element, last[last.length - 1]));
    } else if (isElement(child) && !SKIP_TAGS.has(tag)) {
      const content = blocks(child);
      if (content.length) items.push(content);
    } else if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) {
      items.push([{ md: finishParagraph(inlineMarkdown(child)) }]);
    }
  }
  const lines = items.map((item) => {
    const marker = ordered ? `${n++}${alt ? ')' : '.'} ` : `${alt ? '*' : '-'} `;
    const body = joinBlocks(item, true);
    if (!body) return marker.trimEnd();
    const indent = ' '.repeat(marker.length);
    return body
      .split('\n')
      .map((l, i) => (i === 0 ? marker + l : l ? indent + l : ''))
      .join('\n');
  });
  return lines.join('\n');
}

/** Blocks separated by blank lines; inside a list item a nested list follows its text directly (a tight list). */
function joinBlocks(list: Block[], inItem: boolean): string {
  let out = '';
  list.forEach((block, i) => {
    if (i > 0) out += inItem && block.list && !list[i - 1]?.list ? '\n' : '\n\n';
    out += block.md;
  });
  return out;
}

function codeBlock(pre: Element): string {
  const code = codeText(pre).replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const fence = codeFence(code);
  const codeEl = Array.from(pre.children).find((c) => tagOf(c) === 'code');
  const classes = `${codeEl?.getAttribute('class') ?? ''} ${pre.getAttribute('class') ?? ''}`;
  const lang = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(classes)?.[1] ?? '';
  return `${fence}${lang}\n${code}\n${fence}`;
}
