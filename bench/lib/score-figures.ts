import type { FigureLabel, LabelFigure } from './load-figure-labels';

/** What one engine listed for a page: people with every name they go by, and the numbers in rank order. */
export interface Listed {
  people: Array<{ names: string[]; role: string | null }>;
  keyNumbers: string[];
  allNumbers: string[];
}

export interface Counts {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  roles: number;
  rolesRight: number;
  keyListed: number;
  keyListedRight: number;
  keyListedNoise: number;
  key: number;
  keyFound: number;
  keyFoundAnywhere: number;
}

export const zero = (): Counts => ({
  pages: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  roles: 0,
  rolesRight: 0,
  keyListed: 0,
  keyListedRight: 0,
  keyListedNoise: 0,
  key: 0,
  keyFound: 0,
  keyFoundAnywhere: 0,
});

export function add(into: Counts, from: Counts): void {
  for (const k of Object.keys(into) as Array<keyof Counts>) into[k] += from[k];
}

export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\?s\b/g, "'s")
    .replace(/'s?$/, '')
    .replace(/[.,;:]$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Does a listed number show this labelled one? The accepted text inside it, not cut out of a longer number ("13" is not in "2013"). */
export function shows(listed: string, figure: LabelFigure): boolean {
  const text = norm(listed);
  return figure.accept.some((a) => {
    const want = norm(a);
    for (let at = text.indexOf(want); at >= 0; at = text.indexOf(want, at + 1)) {
      const before = text[at - 1] ?? '';
      const after = text[at + want.length] ?? '';
      if (
        !/\d/.test(before) &&
        !(/\d/.test(after) && /\d$/.test(want)) &&
        !(/^[.,]$/.test(after) && /\d/.test(text[at + want.length + 1] ?? '') && /\d$/.test(want))
      )
        return true;
    }
    return false;
  });
}

export interface PageScore {
  counts: Counts;
  notPeople: string[];
  missedPeople: string[];
  wrongRoles: string[];
  missedKey: string[];
  wrongKey: string[];
}

/** Scores one engine's output on one label. A listed entry is a labelled person when one of its names is the label's name or an alias; a second entry for the same person is an error. */
export function scorePage(label: FigureLabel, listed: Listed, peopleRead: boolean): PageScore {
  const counts = zero();
  counts.pages = 1;
  const notPeople: string[] = [];
  const wrongRoles: string[] = [];
  const matched = new Map<number, Listed['people'][number]>();
  if (peopleRead) {
    for (const entry of listed.people) {
      const names = new Set(entry.names.map(norm));
      const k = label.people.findIndex((p) => [p.name, ...p.aliases].some((a) => names.has(norm(a))));
      if (k >= 0 && !matched.has(k)) matched.set(k, entry);
      else notPeople.push(entry.names[0] ?? '');
    }
    counts.tp = matched.size;
    counts.fp = notPeople.length;
    counts.fn = label.people.length - matched.size;
    label.people.forEach((p, k) => {
      if (p.role === null) return;
      counts.roles++;
      const role = matched.get(k)?.role?.toLowerCase();
      if (role && p.role_accept.some((a) => role.includes(a.toLowerCase()) || a.toLowerCase().includes(role))) counts.rolesRight++;
      else if (matched.has(k)) wrongRoles.push(`${p.name} (${role ?? 'none'})`);
    });
  }
  const missedPeople = peopleRead ? label.people.filter((_, k) => !matched.has(k)).map((p) => p.name) : [];
  const wrongKey: string[] = [];
  for (const text of listed.keyNumbers) {
    counts.keyListed++;
    if (label.keyFigures.some((f) => shows(text, f))) counts.keyListedRight++;
    else {
      wrongKey.push(text);
      if ((label.noise ?? []).some((f) => shows(text, f))) counts.keyListedNoise++;
    }
  }
  const missedKey: string[] = [];
  for (const figure of label.keyFigures) {
    counts.key++;
    if (listed.keyNumbers.some((t) => shows(t, figure))) counts.keyFound++;
    else missedKey.push(figure.text);
    if (listed.allNumbers.some((t) => shows(t, figure))) counts.keyFoundAnywhere++;
  }
  return { counts, notPeople, missedPeople, wrongRoles, missedKey, wrongKey };
}

export function summary(c: Counts) {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall ? (2 * precision * recall) / (precision + recall) : null;
  return {
    pages: c.pages,
    precision,
    recall,
    f1,
    roleAccuracy: c.roles ? c.rolesRight / c.roles : null,
    nonPeople: c.fp,
    keyPrecisionTop8: c.keyListed ? c.keyListedRight / c.keyListed : null,
    noiseInTop8: c.keyListedNoise,
    keyRecall: c.key ? c.keyFound / c.key : null,
    keyRecallAllNumbers: c.key ? c.keyFoundAnywhere / c.key : null,
  };
}
