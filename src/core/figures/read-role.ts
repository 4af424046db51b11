import type { Analysis, Token } from './analyse-text';
import { COMPOUND_HEADS } from './figure-lexicon';
import { isRoleHeadIn, type Lexicon } from './lexicon';

export interface RoleReading {
  role: string;
  /** Read from a title before the name (stronger) or an apposition after it. */
  source: 'title' | 'apposition';
}

const MAX_TITLE_WORDS = 8;
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
// prettier-ignore
const AND_WORDS = new Set(['and', 'et', 'y', 'e', 'und', 'ed']);
const MAX_APPOSITION_WORDS = 12;
const MAX_LEADING_WORDS = 10;
const APPOSITION_OPENERS = /^\s*(?:,|—|–|--)\s*$/;
// German's relative pronouns are also its articles ("der", "die"): only the unambiguous ones stop a role.
// prettier-ignore
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'where', 'when', 'whose', 'whom', 'qui', 'que', 'quien', 'quem', 'che', 'welche', 'welcher']);
// prettier-ignore
const ARTICLES = new Set(['a', 'an', 'the', 'le', 'la', 'les', 'l', 'un', 'une', 'el', 'los', 'las', 'o', 'os', 'as', 'um', 'uma', 'il', 'lo', 'gli', 'i', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine']);
// prettier-ignore
const LEADING_OWNERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'our', 'my']);

/** "judges Len Goodman, Bruno Tonioli": a plural title covers every name in the list. */
export const isRoleHead = (lexicon: Lexicon, key: string): boolean => isRoleHeadIn(lexicon, key);

/** "porta-voz", "editor-in-chief": compromise splits at hyphens; the word ending at i, with the parts hyphened before it, may be the head. */
function isHyphenHead(lexicon: Lexicon, tokens: Token[], i: number): boolean {
  let key = (tokens[i] as Token).key;
  for (let k = i - 1; k >= 0 && k >= i - 3 && (tokens[k] as Token).post === '-'; k--) {
    key = `${(tokens[k] as Token).key}-${key}`;
    if (isRoleHeadIn(lexicon, key)) return true;
  }
  return false;
}
const isHeadAt = (lexicon: Lexicon, tokens: Token[], i: number): boolean =>
  isRoleHead(lexicon, (tokens[i] as Token).key) || isHyphenHead(lexicon, tokens, i);
// Courtesy titles that are also heads ("Dr.", "Prof."): before the name, after another title, they are courtesy ("physician Dr. Kevin O'Connor").
const COURTESY_HEADS = new Set(['dr', 'prof', 'doctor']);

const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
const isAbbreviation = (token: Token): boolean => token.post.startsWith('.') && token.key.length <= 4;

/** Nothing but spaces or a hyphen between two words: they belong to one phrase. */
function joined(lexicon: Lexicon, token: Token): boolean {
  if (/^\s*-?\s*$/.test(token.post)) return true;
  // "Gov. Kristi Noem", "Rep. Ilhan Omar": the stop of an abbreviated title does not end the phrase.
  return isAbbreviation(token) && /^\.\s+$/.test(token.post) && (lexicon.roleHeads.has(token.key) || lexicon.honorifics.has(token.key));
}

/**
 * The title written before a name ("Secretary of State Antony J. Blinken",
 * "Browns pass rusher Myles Garrett", "GDL-Chef Klaus Weber"): the words right
 * before it, as long as they are titles, qualifiers or capitalised names of
 * what the person belongs to, and only if one of them is the head of a role.
 */
export function readTitle(analysis: Analysis, nameFrom: number): string | null {
  const { tokens, text, lexicon } = analysis;
  const sentenceFrom = analysis.sentences[tokens[nameFrom]?.sentence ?? 0]?.from ?? 0;
  let first = -1;
  let last = -1;
  let headSeen = false;
  for (let i = nameFrom - 1; i >= sentenceFrom && nameFrom - i <= MAX_TITLE_WORDS; i--) {
    const token = tokens[i] as Token;
    // "L'entraîneur Luis Enrique": compromise expands the elided article into an empty word after the title; it is no gap.
    if (!token.text && /^\s+$/.test(token.post) && i > sentenceFrom && !/\s$/.test((tokens[i - 1] as Token).post)) continue;
    if (!token.text || !joined(lexicon, token)) break;
    if (/['’]s?$/.test(token.text) && !lexicon.roleHeads.has(token.key)) break; // "Biden’s National Security Adviser": the owner is not the title
    const isHead = isHeadAt(lexicon, tokens, i) || isCompoundHead(tokens, i);
    if (
      last < 0 &&
      COURTESY_HEADS.has(token.key) &&
      tokens[i - 1] &&
      joined(lexicon, tokens[i - 1] as Token) &&
      isHeadAt(lexicon, tokens, i - 1)
    )
      continue;
    // "American Kevin King and Australian Timothy Weeks": a name before is another person, not a title ("King").
    if (FIRST_NAME_TAGS.some((t) => token.tags.has(t)) || (isHead && FIRST_NAME_TAGS.some((t) => tokens[i - 1]?.tags.has(t)))) break;
    // "Secretary of State", "Minister for Tourism and Civil Aviation".
    const isConnector = token.key === 'of' || token.key === 'and' || (token.key === 'for' && lexicon.lang === 'en');
    if (lexicon.honorifics.has(token.key) && !isHead) {
      if (last < 0) continue; // "Mr." before a name is courtesy, not a role
      break;
    }
    if (isConnector) {
      if (last < 0) break; // "director of Tmall": what follows "of" is the organisation, not a person
      // "Secretary of Defense", "founder and former CEO": a connector needs a title on its left as well.
      const left = tokens[i - 1];
      if (!left || !(lexicon.roleHeads.has(left.key) || lexicon.roleModifiers.has(left.key)) || !joined(lexicon, left)) break;
      continue;
    }
    // "El delantero argentino Tomás Aguirre", "O avançado uruguaio": outside English an adjective may follow the head.
    const trailing =
      lexicon.lang !== 'en' &&
      last < 0 &&
      /^\p{Ll}{3,}$/u.test(token.text) &&
      !lexicon.notName.has(token.key) &&
      isRoleHead(lexicon, tokens[i - 1]?.key ?? '');
    // "assessore regionale alla Sanità": the language's links inside a title, with a title word on their left.
    const link =
      lexicon.lang !== 'en' &&
      last >= 0 &&
      lexicon.roleLinks.has(token.key) &&
      !!tokens[i - 1] &&
      (isRoleHead(lexicon, (tokens[i - 1] as Token).key) || lexicon.roleModifiers.has((tokens[i - 1] as Token).key));
    // "editor-in-chief", "porta-voz": a part hyphened to the word after it belongs to the title.
    const hyphened = last >= 0 && token.post === '-';
    const fits =
      isHead ||
      trailing ||
      link ||
      hyphened ||
      lexicon.roleModifiers.has(token.key) ||
      (isCapitalised(token) && !lexicon.notName.has(token.key));
    if (!fits) break;
    if (last < 0) last = i;
    first = i;
    if (isHead) headSeen = true;
    if (isCompoundHead(tokens, i) && joined(lexicon, tokens[i - 1] as Token)) first = --i; // "running back": both words
  }
  if (!headSeen || first < 0) return null;
  const startToken = tokens[first] as Token;
  const endToken = tokens[last] as Token;
  const end = endToken.end + (isAbbreviation(endToken) ? 1 : 0);
  // The article elided into the title is not part of it ("L'entraîneur" → "entraîneur").
  return (
    text
      .slice(startToken.start, end)
      .trim()
      .replace(/^(?:l|d|dell|all)['’](?=\p{L})/iu, '') || null
  );
}

/** "running back", "wide receiver": a head only after its first word. */
function isCompoundHead(tokens: Token[], i: number): boolean {
  const firsts = COMPOUND_HEADS.get((tokens[i] as Token).key);
  return !!firsts && firsts.has(tokens[i - 1]?.key ?? '');
}

/**
 * A role set before the name with a comma, the name closed by a comma or the
 * end of the sentence: "his wife, Kimberly,", "WeWork's founder and former
 * CEO, Adam Neumann,", "La maire de Lyon, Sophie Garnier,". The role runs
 * from its first head (with the owner written before it) to the comma.
 */
export function readLeadingApposition(analysis: Analysis, nameFrom: number, nameTo: number): string | null {
  const { tokens, text, lexicon } = analysis;
  const comma = tokens[nameFrom - 1];
  const sentence = tokens[nameFrom]?.sentence;
  if (!comma || comma.sentence !== sentence || !/^,\s+$/.test(comma.post)) return null;
  const after = tokens[nameTo - 1];
  const next = tokens[nameTo];
  const closed = !!after && (/^\s*[,.;:)]/.test(after.post) || !next || next.sentence !== sentence);
  if (!closed) return null;
  const sentenceFrom = analysis.sentences[sentence ?? 0]?.from ?? 0;
  let head = -1;
  for (let i = nameFrom - 1; i >= sentenceFrom && nameFrom - i <= MAX_LEADING_WORDS; i--) {
    const token = tokens[i] as Token;
    if (i < nameFrom - 1 && !/^[\s'’-]*$/.test(token.post)) break; // another clause
    if (
      lexicon.speech.has(token.key) ||
      RELATIVE_WORDS.has(token.key) ||
      (lexicon.lang === 'en' && token.tags.has('Verb') && !token.tags.has('Participle') && !isRoleHead(lexicon, token.key))
    )
      break;
    const isHead = isHeadAt(lexicon, tokens, i) || lexicon.relations.has(token.key);
    // "editor-in-chief, Anna Wintour": the parts hyphened to the head are the head.
    if (head === i + 1 && token.post === '-') {
      head = i;
      continue;
    }
    // Once a head is found, the role goes on left only through more titles ("founder and former CEO"), not into what it is of.
    if (head >= 0 && !isHead && !lexicon.roleModifiers.has(token.key) && !AND_WORDS.has(token.key)) break;
    if (isHead) head = i;
  }
  if (head < 0) return null;
  let from = head;
  // "Cricket Australia's chief executive", "the Taliban’s deputy leader": the owner and qualifiers belong to the role.
  while (from - 1 >= sentenceFrom) {
    const before = tokens[from - 1] as Token;
    if (!/^[\s'’-]*$/.test(before.post) || ARTICLES.has(before.key) || LEADING_OWNERS.has(before.key)) break;
    if (!(isCapitalised(before) || lexicon.roleModifiers.has(before.key) || /['’]s?$/.test(before.text))) break;
    if (lexicon.notName.has(before.key) && !lexicon.roleModifiers.has(before.key)) break;
    from--;
  }
  const start = tokens[from] as Token;
  return text.slice(start.start, comma.end).trim() || null;
}

/** Is there a family tie or a role head in the word at i or the one after ("his sister", "her longtime lawyer")? */
function ownsRole(lexicon: Lexicon, tokens: Token[], i: number): boolean {
  return [tokens[i], tokens[i + 1]].some((t) => !!t && (lexicon.relations.has(t.key) || isRoleHead(lexicon, t.key)));
}

/**
 * The apposition after a name ("Matt Maley, equity strategist at Miller Tabak,"):
 * a noun phrase set off by a comma or a dash that holds the head of a role early on.
 */
export function readApposition(analysis: Analysis, nameTo: number): string | null {
  const { tokens, text, lexicon } = analysis;
  const nameEnd = tokens[nameTo - 1];
  if (!nameEnd || /['’]s?$/.test(nameEnd.text) || !APPOSITION_OPENERS.test(nameEnd.post)) return null;
  const sentence = nameEnd.sentence;
  let i = nameTo;
  const opener = tokens[i];
  if (!opener || opener.sentence !== sentence) return null;
  if (
    RELATIVE_WORDS.has(opener.key) ||
    opener.tags.has('Value') ||
    /\d/.test(opener.text) ||
    // "Kim Yo Jong, his sister,": a possessive before a family tie or a title is the apposition's owner, not a pronoun subject.
    (opener.tags.has('Pronoun') && !(LEADING_OWNERS.has(opener.key) && ownsRole(lexicon, tokens, nameTo + 1))) ||
    (lexicon.lang === 'en' && opener.tags.has('Verb'))
  )
    return null;
  if (ARTICLES.has(opener.key)) i++;
  const from = i;
  let headAt = -1;
  let to = from;
  for (; i < tokens.length && i - from < MAX_APPOSITION_WORDS; i++) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (headAt < 0 && i - from < 5 && (isHeadAt(lexicon, tokens, i) || lexicon.relations.has(token.key))) headAt = i;
    if (
      headAt < 0 &&
      (lexicon.lang === 'en'
        ? token.tags.has('Verb') && !token.tags.has('Participle') && !token.tags.has('Gerund')
        : lexicon.speech.has(token.key))
    )
      return null;
    to = i + 1;
    if (/[,;:.!?)(—–]/.test(token.post)) break;
  }
  if (headAt < 0 || to <= from) return null;
  const startToken = tokens[from] as Token;
  const endToken = tokens[to - 1] as Token;
  // "Prime Minister of Kosovo (Serbia": a bracket the apposition opens but does not close is left out.
  return (
    text
      .slice(startToken.start, endToken.end)
      .replace(/\s*\([^)]*$/, '')
      .trim() || null
  );
}
