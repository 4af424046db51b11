import type { Analysis, Token } from './analyse-text';
import { COMPOUND_HEADS, HONORIFICS, NOT_NAME_WORDS, RELATION_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './figure-lexicon';

export interface RoleReading {
  role: string;
  /** Read from a title before the name (stronger) or an apposition after it. */
  source: 'title' | 'apposition';
}

const MAX_TITLE_WORDS = 8;
const MAX_APPOSITION_WORDS = 12;
const APPOSITION_OPENERS = /^\s*(?:,|—|–|--)\s*$/;
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'where', 'when', 'whose', 'whom']);
const ARTICLES = new Set(['a', 'an', 'the']);
const LEADING_OWNERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'our', 'my']);

/** "judges Len Goodman, Bruno Tonioli": a plural title covers every name in the list. */
export const isRoleHead = (key: string): boolean => ROLE_HEADS.has(key) || (key.endsWith('s') && ROLE_HEADS.has(key.slice(0, -1)));

const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
const isAbbreviation = (token: Token): boolean => token.post.startsWith('.') && token.key.length <= 4;

/** Nothing but spaces or a hyphen between two words: they belong to one phrase. */
function joined(token: Token): boolean {
  if (/^\s*-?\s*$/.test(token.post)) return true;
  // "Gov. Kristi Noem", "Rep. Ilhan Omar": the stop of an abbreviated title does not end the phrase.
  return isAbbreviation(token) && /^\.\s+$/.test(token.post) && (ROLE_HEADS.has(token.key) || HONORIFICS.has(token.key));
}

/**
 * The title written before a name ("Secretary of State Antony J. Blinken",
 * "Browns pass rusher Myles Garrett"): the words right before it, as long as they
 * are titles, qualifiers or capitalised names of what the person belongs to,
 * and only if one of them is the head of a role.
 */
export function readTitle(analysis: Analysis, nameFrom: number): string | null {
  const { tokens, text } = analysis;
  const sentenceFrom = analysis.sentences[tokens[nameFrom]?.sentence ?? 0]?.from ?? 0;
  let first = -1;
  let last = -1;
  let headSeen = false;
  for (let i = nameFrom - 1; i >= sentenceFrom && nameFrom - i <= MAX_TITLE_WORDS; i--) {
    const token = tokens[i] as Token;
    if (!token.text || !joined(token)) break;
    if (/['’]s?$/.test(token.text) && !ROLE_HEADS.has(token.key)) break; // "Biden’s National Security Adviser": the owner is not the title
    const isHead = isRoleHead(token.key) || isCompoundHead(tokens, i);
    const isConnector = token.key === 'of' || token.key === 'and';
    if (HONORIFICS.has(token.key)) {
      if (last < 0) continue; // "Mr." before a name is courtesy, not a role
      break;
    }
    if (isConnector) {
      if (last < 0) break; // "director of Tmall": what follows "of" is the organisation, not a person
      // "Secretary of Defense", "founder and former CEO": a connector needs a title on its left as well.
      const left = tokens[i - 1];
      if (!left || !(ROLE_HEADS.has(left.key) || ROLE_MODIFIERS.has(left.key)) || !joined(left)) break;
      continue;
    }
    const fits = isHead || ROLE_MODIFIERS.has(token.key) || (isCapitalised(token) && !NOT_NAME_WORDS.has(token.key));
    if (!fits) break;
    if (last < 0) last = i;
    first = i;
    if (isHead) headSeen = true;
    if (isCompoundHead(tokens, i) && joined(tokens[i - 1] as Token)) first = --i; // "running back": both words
  }
  if (!headSeen || first < 0) return null;
  const startToken = tokens[first] as Token;
  const endToken = tokens[last] as Token;
  const end = endToken.end + (isAbbreviation(endToken) ? 1 : 0);
  return text.slice(startToken.start, end).trim() || null;
}

/** "running back", "wide receiver": a head only after its first word. */
function isCompoundHead(tokens: Token[], i: number): boolean {
  const firsts = COMPOUND_HEADS.get((tokens[i] as Token).key);
  return !!firsts && firsts.has(tokens[i - 1]?.key ?? '');
}

/**
 * A role set before the name with a comma ("his wife, Kimberly,"): one head
 * word after a possessive or an article.
 */
export function readLeadingApposition(analysis: Analysis, nameFrom: number): string | null {
  const { tokens } = analysis;
  const head = tokens[nameFrom - 1];
  const owner = tokens[nameFrom - 2];
  if (!head || !owner || head.sentence !== tokens[nameFrom]?.sentence || !/^,\s+$/.test(head.post) || !/^\s+$/.test(owner.post)) return null;
  if (!(RELATION_WORDS.has(head.key) || isRoleHead(head.key)) || !LEADING_OWNERS.has(owner.key)) return null;
  return head.text;
}

/**
 * The apposition after a name ("Matt Maley, equity strategist at Miller Tabak,"):
 * a noun phrase set off by a comma or a dash that holds the head of a role early on.
 */
export function readApposition(analysis: Analysis, nameTo: number): string | null {
  const { tokens, text } = analysis;
  const nameEnd = tokens[nameTo - 1];
  if (!nameEnd || /['’]s?$/.test(nameEnd.text) || !APPOSITION_OPENERS.test(nameEnd.post)) return null;
  const sentence = nameEnd.sentence;
  let i = nameTo;
  const opener = tokens[i];
  if (!opener || opener.sentence !== sentence) return null;
  if (RELATIVE_WORDS.has(opener.key) || opener.tags.has('Value') || opener.tags.has('Pronoun') || opener.tags.has('Verb')) return null;
  if (ARTICLES.has(opener.key)) i++;
  const from = i;
  let headAt = -1;
  let to = from;
  for (; i < tokens.length && i - from < MAX_APPOSITION_WORDS; i++) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (headAt < 0 && i - from < 5 && (isRoleHead(token.key) || RELATION_WORDS.has(token.key))) headAt = i;
    if (headAt < 0 && token.tags.has('Verb') && !token.tags.has('Participle') && !token.tags.has('Gerund')) return null;
    to = i + 1;
    if (/[,;:.!?)(—–]/.test(token.post)) break;
  }
  if (headAt < 0 || to <= from) return null;
  const startToken = tokens[from] as Token;
  const endToken = tokens[to - 1] as Token;
  return text.slice(startToken.start, endToken.end).trim() || null;
}
