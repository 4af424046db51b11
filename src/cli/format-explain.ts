import { WHY, type CleanPass, type Removal } from '../core/clean/removal-trace';

const MAX_QUOTE = 90;
const quote = (text: string) => `"${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text}"`;

/**
 * --explain, after an article: each cleaning pass that acted, why it removes
 * what it does, then every block it removed or the story guard kept, in the
 * order it happened. What Readability left out when it chose the story's
 * container comes before the passes and is not listed.
 */
export function formatExplain(label: string, removals: readonly Removal[]): string {
  const lines = [`article-cleaner: ${label}: what the cleaning passes took out of Readability's article`];
  if (!removals.length) lines.push('  nothing: every block Readability kept is in the article');
  const byPass = new Map<CleanPass, Removal[]>();
  for (const r of removals) byPass.set(r.pass, [...(byPass.get(r.pass) ?? []), r]);
  for (const [pass, list] of byPass) {
    const removed = list.filter((r) => r.outcome === 'removed');
    const words = removed.reduce((n, r) => n + r.words, 0);
    lines.push(`  ${pass}: ${removed.length} removed (${words} words) — ${WHY[pass]}`);
    for (const r of list) {
      const what =
        r.outcome === 'removed' ? (r.forced ? 'removed (on a second signal, which the story guard lets through)' : 'removed') : r.outcome;
      lines.push(`    - ${what} <${r.tag}> ${r.words} words${r.text ? ` ${quote(r.text)}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
