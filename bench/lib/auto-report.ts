/** bench:auto's tables: precision and recall, per kind and per language, mistakes with their stage. */
export interface Judged {
  id: string;
  kind: string;
  lang: string;
  isArticle: boolean;
  opened: boolean;
  stage: string;
  reason?: string;
}

export interface Score {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export function score(rows: Judged[]): Score {
  const tp = rows.filter((r) => r.isArticle && r.opened).length;
  const fp = rows.filter((r) => !r.isArticle && r.opened).length;
  const fn = rows.filter((r) => r.isArticle && !r.opened).length;
  const tn = rows.filter((r) => !r.isArticle && !r.opened).length;
  return { n: rows.length, tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export function scoreLine(name: string, s: Score): string {
  return `| ${name} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} |`;
}

/**
 * One line per group (kind or language): pages, and for each decision how
 * many it opened (for articles that is recall's numerator, for the others
 * each one is a mistake).
 */
export function groupTable(title: string, key: (r: Judged) => string, decisions: Array<[string, Judged[]]>): string[] {
  const first = decisions[0]?.[1] ?? [];
  const groups = [...new Set(first.map(key))].sort((a, b) => a.localeCompare(b));
  const out = [
    `\n${title}: pages opened by each decision (articles: want all; others: want none)`,
    `| ${title} | label | pages | ${decisions.map(([n]) => n).join(' | ')} |`,
    `|---|---|---|${decisions.map(() => '---').join('|')}|`,
  ];
  for (const g of groups) {
    for (const label of [true, false]) {
      const n = first.filter((r) => key(r) === g && r.isArticle === label).length;
      if (!n) continue;
      const cells = decisions.map(([, rows]) => String(rows.filter((r) => key(r) === g && r.isArticle === label && r.opened).length));
      out.push(`| ${g} | ${label ? 'article' : 'other'} | ${n} | ${cells.join(' | ')} |`);
    }
  }
  return out;
}

export function mistakes(rows: Judged[]): string[] {
  return rows
    .filter((r) => r.opened !== r.isArticle)
    .map(
      (r) =>
        `  ${r.isArticle ? 'missed article' : 'OPENED OTHER  '}  ${r.id}  [${r.kind}, ${r.lang}]  stage=${r.stage}${r.reason ? `  ${r.reason}` : ''}`,
    );
}
