/**
 * npm run bench:pathological (or the end of bench:fuzz): each huge or
 * malformed page at full size through cleanHtml, with its size, its time and
 * what came back. Options: --scale N (default 1), --only name.
 */
import { fileURLToPath } from 'node:url';
import { PATHOLOGICAL_PAGES } from '../test/fuzz/pathological-pages';
import { runCase } from '../test/fuzz/check-case';

export function runPathological(scale: number, only?: string): void {
  console.log(`\npathological pages (scale ${scale}):`);
  for (const p of PATHOLOGICAL_PAGES) {
    if (only && p.name !== only) continue;
    const html = p.html(scale);
    const outcome = runCase(html);
    const verdict = outcome.ok ? 'ok' : `FAIL ${outcome.problems.join(' | ').slice(0, 300)}`;
    console.log(`  ${p.name.padEnd(20)} ${(html.length / 1e6).toFixed(2).padStart(6)} MB  ${(outcome.extractMs / 1000).toFixed(1).padStart(6)} s extract  ${(outcome.figuresMs / 1000).toFixed(1).padStart(5)} s figures  ${verdict}  (${p.shape})`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  runPathological(Number(at('--scale') ?? 1), at('--only'));
}
