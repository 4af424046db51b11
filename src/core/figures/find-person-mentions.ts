import type { Analysis, Token } from './analyse-text';
import {
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
} from './figure-lexicon';
import { readApposition, readTitle } from './read-role';

/** A capitalised name in the text, before aliases are merged. */
export interface NameMention {
  /** Token range of the name, titles excluded. */
  from: number;
  to: number;
  /** The name as written, possessive kept ("Austin’s"). */
  written: string;
  /** Lexicon keys of its words, suffixes ("Jr.") left out: what aliases are matched on. */
  parts: string[];
  role: string | null;
  roleSource: 'title' | 'apposition' | null;
  /** Judged a person on its own (tags, title or speech), rather than only by matching a known name later. */
  person: boolean;
  sentence: number;
  start: number;
}

const MAX_NAME_WORDS = 5;
const PERSON_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NEVER_NAME_TAGS = ['Date', 'Value', 'Pronoun', 'Determiner', 'Demonym', 'Conjunction', 'Preposition'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization'];

const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
const isInitial = (token: Token): boolean => /^(?:\p{Lu}\.?){1,3}$/u.test(token.text) && token.post.startsWith('.');
const hasAny = (token: Token, tags: readonly string[]): boolean => tags.some((tag) => token.tags.has(tag));

/** Could this word start a name? Titles, qualifiers and function words cannot. */
function canStart(token: Token): boolean {
  if (!token.text || !isCapitalised(token) || /\d/.test(token.text)) return false;
  if (NOT_NAME_WORDS.has(token.key) || HONORIFICS.has(token.key) || ROLE_MODIFIERS.has(token.key)) return false;
  if (ROLE_HEADS.has(token.key) && !hasAny(token, PERSON_TAGS)) return false;
  return !hasAny(token, NEVER_NAME_TAGS) || hasAny(token, PERSON_TAGS);
}

/** Does the name go on into the next word? Only across a space, an initial's stop, or a particle. */
function continuesInto(tokens: Token[], i: number): boolean {
  const current = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || !next.text || next.sentence !== current.sentence) return false;
  const gap = /^\s+$/.test(current.post) || (isInitial(current) && /^\.\s+$/.test(current.post));
  if (!gap || next.pre) return false;
  if (NAME_SUFFIXES.has(next.key)) return true;
  if (NAME_PARTICLES.has(next.key)) return !!tokens[i + 2] && isCapitalised(tokens[i + 2] as Token) && /^\s+$/.test(next.post);
  return (isCapitalised(next) && !/\d/.test(next.text) && !hasAny(next, NEVER_NAME_TAGS)) || hasAny(next, PERSON_TAGS);
}

function isAcronym(token: Token): boolean {
  return /^[\p{Lu}\d&.-]{2,}$/u.test(token.text) && !isInitial(token);
}

/** Is a capitalised run a person by itself, before any alias is known? */
function looksLikePerson(tokens: Token[], from: number, to: number, titled: boolean): boolean {
  const words = tokens.slice(from, to);
  const lastWord = words[words.length - 1] as Token;
  if (ORGANISATION_WORDS.has(lastWord.key) || words.some((w) => isAcronym(w) && !NAME_SUFFIXES.has(w.key))) return false;
  const tagged = words.some((w) => hasAny(w, PERSON_TAGS));
  if (words.every((w) => hasAny(w, PLACE_TAGS)) && !tagged) return false;
  if (tagged || titled) return true;
  // A speaker: "Noem tweeted", "said Nealy Cox", "according to X".
  const after = tokens[to];
  const before = tokens[from - 1];
  if (after && after.sentence === lastWord.sentence && SPEECH_VERBS.has(after.key) && /^\s+$/.test(lastWord.post)) return true;
  return !!before && SPEECH_VERBS.has(before.key) && /^\s+$/.test(before.post) && words.length > 1;
}

/**
 * Every capitalised run that may name someone, with the role written around
 * it. compromise's tags say which words are names; titles are split off here.
 */
export function findPersonMentions(analysis: Analysis): NameMention[] {
  const { tokens, text } = analysis;
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!canStart(token)) {
      i++;
      continue;
    }
    let from = i;
    let to = i + 1;
    while (to - 1 < tokens.length && continuesInto(tokens, to - 1)) {
      const inner = tokens[to - 1] as Token;
      // "Emirates President Tim Clark": a title inside the run ends what came before it.
      if (to - 1 > from && (ROLE_HEADS.has(inner.key) || HONORIFICS.has(inner.key)) && !hasAny(inner, PERSON_TAGS)) from = to;
      to++;
    }
    i = to;
    if (from >= to || to - from > MAX_NAME_WORDS) continue;
    const last = tokens[to - 1] as Token;
    if (NAME_SUFFIXES.has(last.key) && to - from === 1) continue;
    const title = readTitle(analysis, from);
    const apposition = title ? null : readApposition(analysis, to);
    const startToken = tokens[from] as Token;
    mentions.push({
      from,
      to,
      written: text.slice(startToken.start, last.end),
      parts: tokens.slice(from, to).filter((w) => !NAME_SUFFIXES.has(w.key)).map((w) => w.key),
      role: title ?? apposition,
      roleSource: title ? 'title' : apposition ? 'apposition' : null,
      person: looksLikePerson(tokens, from, to, title !== null),
      sentence: startToken.sentence,
      start: startToken.start,
    });
  }
  return mentions;
}
