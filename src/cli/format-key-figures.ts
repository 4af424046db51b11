import type { KeyFigures } from '../core/figures/key-figures';
import { escapeText } from '../core/markdown/escape-markdown';

/** For a story in a language whose people are not looked for yet: said plainly, so no reader takes it for "names no people". */
const unreadNote = (figures: KeyFigures): string | null =>
  figures.peopleUnread ? `People: not detected in this language (${figures.peopleUnread}) yet; numbers are.` : null;

/** The key figures after the article, for a terminal: people with roles, then numbers with their kind. */
export function keyFiguresText(figures: KeyFigures): string {
  if (!figures.people.length && !figures.numbers.length && !figures.peopleUnread) return '';
  const lines = ['Key figures', ''];
  const note = unreadNote(figures);
  if (note) lines.push(note);
  if (figures.people.length) {
    lines.push('People:');
    for (const p of figures.people)
      lines.push(`  - ${p.name}${p.role ? `, ${p.role}` : ''}${p.mentions > 1 ? ` (${p.mentions} mentions)` : ''}`);
  }
  if (figures.numbers.length) {
    if (figures.people.length || note) lines.push('');
    lines.push('Numbers and dates:');
    for (const n of figures.numbers) lines.push(`  - ${n.text} (${n.kind})`);
  }
  return lines.join('\n');
}

export function keyFiguresMarkdown(figures: KeyFigures): string {
  if (!figures.people.length && !figures.numbers.length && !figures.peopleUnread) return '';
  const parts = ['## Key figures'];
  const note = unreadNote(figures);
  if (note) parts.push(escapeText(note));
  if (figures.people.length) {
    parts.push('### People', figures.people.map((p) => `- **${escapeText(p.name)}**${p.role ? `, ${escapeText(p.role)}` : ''}`).join('\n'));
  }
  if (figures.numbers.length) {
    parts.push('### Numbers and dates', figures.numbers.map((n) => `- ${escapeText(n.text)} (${n.kind})`).join('\n'));
  }
  return parts.join('\n\n');
}
