import { sentenceText, type Analysis } from './analyse-text';
import type { NameMention } from './find-person-mentions';
import type { Person } from './key-figures';

interface Cluster {
  mentions: NameMention[];
  first: string;
  last: string;
}

const POSSESSIVE = /(?:['’]s|['’])$/;
const bare = (written: string): string => written.replace(POSSESSIVE, '');
const firstOf = (m: NameMention): string => m.parts[0] ?? '';
const lastOf = (m: NameMention): string => m.parts[m.parts.length - 1] ?? '';

/** "J" and "John" may be the same first name; "Mark" and "Mike" are not. */
function sameFirst(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return true; // "Pat" and "Patrick"
  const short = a.length <= 2 ? a : b.length <= 2 ? b : null;
  const long = short === a ? b : a;
  return short !== null && long.startsWith(short.replace(/\./g, '').slice(0, 1));
}

/**
 * Splits a run that only strings together names already known apart
 * ("Austin Biden reiterated", a garbled "Austin, Biden"), so it adds mentions,
 * not a new person.
 */
function splitRuns(mentions: NameMention[]): NameMention[] {
  const known = new Map<string, number>();
  for (const m of mentions) if (m.person) known.set(lastOf(m), (known.get(lastOf(m)) ?? 0) + 1);
  return mentions.flatMap((m) => {
    if (m.parts.length < 2 || m.parts.length !== m.to - m.from) return [m];
    const fullElsewhere = mentions.some((o) => o !== m && o.parts.join(' ') === m.parts.join(' '));
    const allKnown = m.parts.every(
      (p) => (known.get(p) ?? 0) > (p === lastOf(m) ? 1 : 0) && !mentions.some((o) => o !== m && firstOf(o) === p && o.parts.length > 1),
    );
    if (fullElsewhere || !allKnown) return [m];
    const words = m.written.split(/\s+/);
    let start = m.start;
    return m.parts.map((part, k) => {
      const word = words[k] ?? part;
      const piece: NameMention = {
        ...m,
        from: m.from + k,
        to: m.from + k + 1,
        written: word,
        parts: [part],
        role: k === 0 ? m.role : null,
        roleSource: k === 0 ? m.roleSource : null,
        start,
      };
      start += word.length + 1;
      return piece;
    });
  });
}

/**
 * Groups mentions into people: full names first, then each lone surname (or,
 * for names written surname first, a lone first word) joins the person it
 * belongs to. A mention that was not a person by itself counts only if it
 * matches someone.
 */
export function mergePeople(analysis: Analysis, raw: NameMention[], titleKeys: ReadonlySet<string>): Person[] {
  // An organisation, place or work never joins a person, not even by sharing a word with one.
  const mentions = splitRuns(raw.filter((m) => !m.never));
  // "Have an Amazon Alexa device? … your Alexa's settings": the last word of a product's or a firm's name, alone, is that thing again.
  const thingWords = new Set(raw.filter((m) => m.never && m.parts.length > 1).map((m) => m.parts[m.parts.length - 1] ?? ''));
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    if (m.parts.length < 2 || !m.person) continue;
    const found = clusters.find((c) => c.last === lastOf(m) && (sameFirst(c.first, firstOf(m)) || isTailOf(m.parts, c)));
    if (found) found.mentions.push(m);
    else clusters.push({ mentions: [m], first: firstOf(m), last: lastOf(m) });
  }
  for (const m of mentions) {
    if (m.parts.length !== 1) continue;
    const key = m.parts[0] ?? '';
    const bySurname = clusters.filter((c) => c.last === key && c.mentions.some((o) => o.parts.length > 1));
    const byFirst = clusters.filter((c) => c.first === key && c.mentions.some((o) => o.parts.length > 1));
    // Two people share a surname: the one named most recently before this mention.
    const pick = bySurname.length > 0 ? nearestBefore(bySurname, m.start) : byFirst.length === 1 ? byFirst[0] : undefined;
    if (pick) pick.mentions.push(m);
    else {
      const alone = clusters.find((c) => c.first === key && c.mentions.every((o) => o.parts.length === 1));
      if (alone) alone.mentions.push(m);
      else if (m.person && !(thingWords.has(key) && m.roleSource === null)) clusters.push({ mentions: [m], first: key, last: key });
    }
  }
  const length = Math.max(1, analysis.text.length);
  const scored = clusters.map((c) => {
    c.mentions.sort((a, b) => a.start - b.start);
    const first = c.mentions[0] as NameMention;
    const named = c.mentions.reduce((best, m) => (m.parts.length > best.parts.length ? m : best), first);
    const withRole = c.mentions.find((m) => m.roleSource === 'title') ?? c.mentions.find((m) => m.roleSource === 'apposition');
    const name = bare(named.written);
    const aliases = [...new Set([name, ...c.mentions.map((m) => m.written)])];
    const inTitle = c.mentions.some((m) => titleKeys.has(lastOf(m)));
    // Centrality: how often, how early, and whether the headline names them.
    const score = c.mentions.length + 1.5 * (1 - first.start / length) + (inTitle ? 2 : 0);
    const person: Person = {
      name,
      role: withRole?.role ?? null,
      aliases,
      mentions: c.mentions.length,
      sentence: sentenceText(analysis, (withRole ?? first).sentence),
    };
    return { person, score, start: first.start };
  });
  scored.sort((a, b) => b.score - a.score || a.start - b.start);
  return scored.map((s) => s.person);
}

/** "Van Der Beek" is the tail of "James Van Der Beek": the surname written in several words. */
function isTailOf(parts: string[], cluster: Cluster): boolean {
  return cluster.mentions.some((o) => o.parts.length > parts.length && o.parts.slice(-parts.length).join(' ') === parts.join(' '));
}

function nearestBefore(clusters: Cluster[], start: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of clusters) {
    for (const m of c.mentions) {
      if (m.start <= start && m.start > bestAt) {
        best = c;
        bestAt = m.start;
      }
    }
  }
  return best ?? clusters[0];
}
