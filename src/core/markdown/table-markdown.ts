import { isElement, tagOf } from './block-tags';
import { finishParagraph, inlineChildren } from './inline-markdown';

/**
 * A table as a GFM pipe table. GFM cells hold one line of inline content, so
 * blocks inside a cell are joined with spaces. GFM also requires a header
 * row: a table without one gets an empty header rather than promoting its
 * first data row, which would change what the table says.
 */
export function tableMarkdown(table: Element): string[] {
  const out: string[] = [];
  const rows: Element[] = [];
  let headRows = 0;
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'caption') {
      const caption = finishParagraph(inlineChildren(child));
      if (caption) out.push(caption);
    } else if (tag === 'tr') {
      rows.push(child);
    } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const group = Array.from(child.children).filter((row) => tagOf(row) === 'tr');
      if (tag === 'thead' && rows.length === headRows) headRows += group.length;
      rows.push(...group);
    }
  }
  if (!rows.length) return out;
  const cells = rows.map(rowCells);
  const first = rows[0];
  const firstIsHeader = headRows > 0 || (first !== undefined && Array.from(first.children).every((c) => tagOf(c) === 'th'));
  const width = Math.max(1, ...cells.map((row) => row.length));
  const header = firstIsHeader ? (cells.shift() ?? []) : [];
  const align = firstIsHeader && first ? alignments(first) : [];
  const lines = [
    line(header, width),
    line(
      Array.from({ length: width }, (_, i) => delimiter(align[i])),
      width,
    ),
    ...cells.map((row) => line(row, width)),
  ];
  out.push(lines.join('\n'));
  return out;
}

function rowCells(row: Element): string[] {
  const cells: string[] = [];
  for (const cell of Array.from(row.children)) {
    const tag = tagOf(cell);
    if (tag !== 'td' && tag !== 'th') continue;
    const text = finishParagraph(inlineChildren(cell, { cell: true })).replace(/\\\n/g, ' ');
    cells.push(text.replace(/\|/g, '\\|'));
    // A spanning cell becomes the cell plus empty ones, so columns stay aligned.
    const span = Math.min(Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1, 100);
    for (let i = 1; i < span; i++) cells.push('');
  }
  return cells;
}

function alignments(row: Element): (string | null)[] {
  const out: (string | null)[] = [];
  for (const cell of Array.from(row.children)) {
    if (!isElement(cell)) continue;
    const align = (cell.getAttribute('align') ?? '').toLowerCase();
    const span = Math.min(Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1, 100);
    for (let i = 0; i < span; i++) out.push(align || null);
  }
  return out;
}

function delimiter(align: string | null | undefined): string {
  if (align === 'center') return ':---:';
  if (align === 'right') return '---:';
  if (align === 'left') return ':---';
  return '---';
}

function line(cells: string[], width: number): string {
  const padded = Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return `| ${padded.join(' | ')} |`;
}
