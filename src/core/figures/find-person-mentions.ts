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
import { readApposition, readLeadingApposition, readTitle } from './read-role';

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
/** "J." in "Lloyd J. Austin", "P.J." in "P.J. Fleck". */
const isInitial = (token: Token): boolean => /^(?:\p{Lu}\.){1,3}$/u.test(token.text) || (/^\p{Lu}$/u.test(token.text) && token.post.startsWith('.'));
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
  // "Ocasio-Cortez", "Pierre-Luc Dubois": compromise splits at the hyphen; the name goes on.
  const hyphen = current.post === '-' && isCapitalised(next) && isCapitalised(current) && current.text.length > 2;
  const gap = /^\s+$/.test(current.post) || (isInitial(current) && /^\.?\s+$/.test(current.post)) || hyphen;
  if (!gap || next.pre) return false;
  if (NAME_SUFFIXES.has(next.key)) return true;
  if (isInitial(next)) return true;
  if (NAME_PARTICLES.has(next.key)) return !!tokens[i + 2] && isCapitalised(tokens[i + 2] as Token) && /^\s+$/.test(next.post);
  return (isCapitalised(next) && !/\d/.test(next.text) && !hasAny(next, NEVER_NAME_TAGS)) || hasAny(next, PERSON_TAGS);
}

function isSentenceStart(analysis: Analysis, i: number): boolean {
  const token = analysis.tokens[i];
  return !!token && analysis.sentences[token.sentence]?.from === i;
}

/** Lexicon keys of a name's words, hyphenated parts joined and suffixes ("Jr.") left out: what aliases match on. */
function nameParts(tokens: Token[], from: number, to: number): string[] {
  const parts: string[] = [];
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (NAME_SUFFIXES.has(token.key)) continue;
    const previous = tokens[k - 1];
    if (k > from && previous?.post === '-' && parts.length > 0) parts[parts.length - 1] += `-${token.key}`;
    else parts.push(token.key.replace(/\./g, ''));
  }
  return parts;
}

function isAcronym(token: Token): boolean {
  return /^[\p{Lu}\d&.-]{2,}$/u.test(token.text) && !isInitial(token);
}

/** Is a capitalised run a person by itself, before any alias is known? */
function looksLikePerson(tokens: Token[], from: number, to: number, titled: boolean): boolean {
  const words = tokens.slice(from, to);
  const lastWord = words[words.length - 1] as Token;
  if (ORGANISATION_WORDS.has(lastWord.key) || words.some((w) => isAcronym(w) && !NAME_SUFFIXES.has(w.key))) return false;
  // "D-Minn", "R-Texas": a party and a state, not a name.
  if (/^\p{Lu}{1,2}-/u.test(`${words[0]?.text ?? ''}${words[0]?.post ?? ''}`)) return false;
  const tagged = words.some((w) => hasAny(w, PERSON_TAGS));
  if (words.every((w) => hasAny(w, PLACE_TAGS)) && !tagged) return false;
  if (tagged || titled) return true;
  // A speaker: "Noem tweeted", "said Nealy Cox". Not "Officials said", not "the Pentagon said".
  const before0 = tokens[from - 1];
  if (words.some((w) => w.tags.has('Plural') || !w.tags.has('ProperNoun')) || (before0 && ['the', 'a', 'an'].includes(before0.key))) return false;
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
    // A title inside the run may leave a word that cannot start a name ("Attorney General"): not a name.
    while (from < to && !canStart(tokens[from] as Token)) from++;
    // "Rival Lowe’s", "Later Austin": a capitalised first word of a sentence, unknown as a name, before a known one.
    const opener = tokens[from];
    if (opener && to - from > 1 && isSentenceStart(analysis, from) && !hasAny(opener, PERSON_TAGS) && hasAny(tokens[from + 1] as Token, PERSON_TAGS)) from++;
    if (from >= to || to - from > MAX_NAME_WORDS) continue;
    const last = tokens[to - 1] as Token;
    if (NAME_SUFFIXES.has(last.key) && to - from === 1) continue;
    const title = readTitle(analysis, from);
    // A lowercase title ("investor SoftBank") names a person only with a name compromise knows, or a full one.
    const titleBefore = tokens[from - 1];
    const strongTitle = title !== null && (to - from > 1 || hasAny(tokens[from] as Token, PERSON_TAGS) || (!!titleBefore && isCapitalised(titleBefore) && !isSentenceStart(analysis, from - 1)) || (!!titleBefore && HONORIFICS.has(titleBefore.key)));
    const apposition = title ? null : (readApposition(analysis, to) ?? readLeadingApposition(analysis, from));
    const startToken = tokens[from] as Token;
    mentions.push({
      from,
      to,
      written: text.slice(startToken.start, last.end + (NAME_SUFFIXES.has(last.key) && last.post.startsWith('.') ? 1 : 0)),
      parts: nameParts(tokens, from, to),
      role: title ?? apposition,
      roleSource: title ? 'title' : apposition ? 'apposition' : null,
      person: looksLikePerson(tokens, from, to, strongTitle),
      sentence: startToken.sentence,
      start: startToken.start,
    });
  }
  return mentions;
}
