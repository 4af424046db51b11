import type { Analysis, Token } from './analyse-text';
import { BRAND_WORDS, FINDINGS_WORDS, NAME_SUFFIXES, RESULT_VERBS, SECURITY_WORDS, STAT_VERBS } from './figure-lexicon';
import { within } from './find-furniture';
import { isRoleHeadIn, type Lexicon } from './lexicon';
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
  /** Judged not a person whatever else is known (an organisation, a place, a work): never joins a person. */
  never: boolean;
  sentence: number;
  start: number;
}

const MAX_NAME_WORDS = 5;
const PERSON_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
// prettier-ignore
const NEVER_NAME_TAGS = ['Value', 'Pronoun', 'Determiner', 'Demonym', 'Conjunction', 'Preposition'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization'];
const PLACE_ONLY_TAGS = ['Country', 'City', 'Region'];
// Before a run, these say it is where someone works, not who: "strategist at Miller Tabak".
// prettier-ignore
const INSTITUTION_WORDS = new Set(['at', 'of', 'chez', 'du', 'des', 'del', 'della', 'dello', 'do', 'da', 'dos', 'das', 'der', 'des']);
// Around a run, these say it is a work: a film, book, song or show ("the film Mary Poppins").
// prettier-ignore
const WORK_WORDS = new Set(['film', 'movie', 'book', 'novel', 'song', 'album', 'single', 'show', 'series', 'play', 'musical', 'opera', 'game', 'brano', 'chanson', 'canción', 'canção', 'roman', 'lied']);

const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
/** A name as the team list keys it: lower case, possessive off. */
const bareKey = (written: string): string => written.replace(/['’]s?$/, '').toLowerCase();
const furnitureTeams = (analysis: Analysis): ReadonlySet<string> => analysis.furniture.teams;
/** "J." in "Lloyd J. Austin", "P.J." in "P.J. Fleck". */
const isInitial = (token: Token): boolean =>
  /^(?:\p{Lu}\.){1,3}$/u.test(token.text) || (/^\p{Lu}$/u.test(token.text) && token.post.startsWith('.'));
const hasAny = (token: Token, tags: readonly string[]): boolean => tags.some((tag) => token.tags.has(tag));
const isPossessive = (token: Token): boolean => /(?:['’]s?|\?s)$/.test(token.text) || /^['’]s?\s/.test(token.post);
const isMonthOrDay = (lexicon: Lexicon, token: Token): boolean => lexicon.months.has(token.key) || lexicon.weekdays.has(token.key);

/** Could this word start a name? Titles, qualifiers and function words cannot. */
function canStart(lexicon: Lexicon, token: Token): boolean {
  if (!token.text || !isCapitalised(token) || /\d/.test(token.text)) return false;
  if (
    lexicon.notName.has(token.key) ||
    lexicon.honorifics.has(token.key) ||
    lexicon.roleModifiers.has(token.key) ||
    isMonthOrDay(lexicon, token)
  )
    return false;
  if (isRoleHeadIn(lexicon, token.key) && !hasAny(token, PERSON_TAGS)) return false;
  return !hasAny(token, NEVER_NAME_TAGS) || hasAny(token, PERSON_TAGS);
}

/** "Liu He": English capitalises a pronoun mid-sentence only as part of a name, here after a name compromise knows. */
function capitalisedPronounInName(lexicon: Lexicon, current: Token, next: Token): boolean {
  return lexicon.lang === 'en' && /^(?:He|She)$/.test(next.text) && hasAny(current, PERSON_TAGS);
}

/** Does the name go on into the next word? Only across a space, an initial's stop, a short hyphenated part, or a particle. */
function continuesInto(lexicon: Lexicon, tokens: Token[], i: number): boolean {
  const current = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || !next.text || next.sentence !== current.sentence || isPossessive(current)) return false;
  // "Ocasio-Cortez", "Pierre-Luc Dubois": compromise splits at the hyphen; the name goes on. "Ban Ki-moon", "Kim Jong-un": a short lower-case part too.
  const hyphen =
    current.post === '-' &&
    isCapitalised(current) &&
    ((isCapitalised(next) && current.text.length > 2) || (/^\p{Ll}{2,4}(?:['’?]s)?$/u.test(next.text) && current.text.length <= 4));
  const gap = /^\s+$/.test(current.post) || (isInitial(current) && /^\.?\s+$/.test(current.post)) || hyphen;
  if (!gap || next.pre) return false;
  if (hyphen) return true;
  // "Jr.", "III": a suffix is capitalised; "Preston v Millwall" is a fixture.
  if (NAME_SUFFIXES.has(next.key) && isCapitalised(next)) return true;
  if (isInitial(next)) return true;
  if (lexicon.particles.has(next.key) && !isCapitalised(next))
    return (
      !!tokens[i + 2] &&
      isCapitalised(tokens[i + 2] as Token) &&
      /^\s+$/.test(next.post) &&
      !lexicon.notName.has((tokens[i + 2] as Token).key)
    );
  if (
    !isCapitalised(next) ||
    /\d/.test(next.text) ||
    isMonthOrDay(lexicon, next) ||
    (lexicon.notName.has(next.key) && !lexicon.particles.has(next.key) && !capitalisedPronounInName(lexicon, current, next))
  )
    return false;
  // "Kim Jong Il": a capitalised word mid-name is no pronoun, whatever compromise reads it as.
  const pronounOnly = next.tags.has('Pronoun') && next.text.length > 1 && !NEVER_NAME_TAGS.some((t) => t !== 'Pronoun' && next.tags.has(t));
  return !hasAny(next, NEVER_NAME_TAGS) || hasAny(next, PERSON_TAGS) || (pronounOnly && hasAny(current, PERSON_TAGS));
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

/** "Shares of John Deere and Morgan Stanley": the text before a run lists companies after a word of securities. */
function securitiesListed(before: string): boolean {
  const m = /(\p{L}+)\s+(?:of|in)\s+((?:\p{Lu}[\p{L}'’.&-]*(?:\s+|,\s*|\s+(?:and|or)\s+))+)$/u.exec(before);
  return !!m && SECURITY_WORDS.has((m[1] ?? '').toLowerCase()) && /(?:,|\band|\bor)\s*$/.test(m[2] ?? '');
}

/** Is the run something other than a person, whatever its words: an organisation, a place, a team's or a work's name? */
function isNotPerson(analysis: Analysis, from: number, to: number): boolean {
  const { tokens, lexicon, text } = analysis;
  const words = tokens.slice(from, to);
  const lastWord = words[words.length - 1] as Token;
  const before = tokens[from - 1];
  if (lexicon.organisations.has(lastWord.key) || words.some((w) => isAcronym(w) && !NAME_SUFFIXES.has(w.key))) return true;
  // French, Spanish, Portuguese and Italian put the organisation's word first: "Junta de Andalucía", "Universidad Nacional".
  if (lexicon.lang !== 'en' && lexicon.lang !== 'de' && lexicon.organisations.has((words[0] as Token).key)) return true;
  // "Ali***", "Man**": a reviewer's masked handle under a testimonial.
  if (/^\*{2,}/.test(text.slice(lastWord.end, lastWord.end + 2))) return true;
  // "Amazon Alexa", "Google Maps": a company's product.
  if (words.length > 1 && BRAND_WORDS.has((words[0] as Token).key)) return true;
  // "a new survey from Piper Jaffray": whoever publishes findings here is a firm.
  const twoBefore = tokens[from - 2];
  // "Shares of John Deere", "Morgan Stanley stock fell", "John Deere's shares": a company named after its founder.
  const next = tokens.slice(to, to + 2).find((t) => t.text);
  if (
    (twoBefore && SECURITY_WORDS.has(twoBefore.key) && before && /^(?:of|in|von|der|de|des|du|di|del|do|da)$/.test(before.key)) ||
    securitiesListed(text.slice(Math.max(0, (words[0] as Token).start - 120), (words[0] as Token).start)) ||
    (next && SECURITY_WORDS.has(next.key) && /^\p{Ll}/u.test(next.text) && /^(?:['’]s)?\s+$/.test(text.slice(lastWord.end, next.start)))
  )
    return true;
  if (tokens[from - 1]?.key === 'from' && twoBefore && FINDINGS_WORDS.has(twoBefore.key)) return true;
  // "and Carolina beat Chicago": one team beating another.
  const verb = tokens[to];
  const beaten = tokens[to + 1];
  if (
    words.length === 1 &&
    verb &&
    beaten &&
    RESULT_VERBS.has(verb.key) &&
    isCapitalised(beaten) &&
    hasAny(beaten, PLACE_TAGS) &&
    !hasAny(beaten, PERSON_TAGS)
  )
    return true;
  // "won Tony Moly cosmetics": a brand before the plural of what it makes.
  const made = tokens[to];
  if (
    lexicon.lang === 'en' &&
    words.length > 1 &&
    made &&
    /^\s+$/.test(lastWord.post) &&
    !isPossessive(lastWord) &&
    /^\p{Ll}/u.test(made.text) &&
    made.tags.has('Plural') &&
    made.tags.has('Noun') &&
    !isRoleHeadIn(lexicon, made.key) &&
    !lexicon.relations.has(made.key)
  )
    return true;
  // A team of a score line or fixture ("Chelsea 2 Arsenal 1", "Preston v Millwall"), wherever it is written.
  if (furnitureTeams(analysis).has(bareKey(text.slice((words[0] as Token).start, lastWord.end)))) return true;
  // "McDonald's and the John Lewis Partnership said": a possessive with nothing owned after it is a shop's or a firm's name.
  if (lexicon.lang === 'en' && /['’]s$/.test(lastWord.text)) {
    const owned = tokens.slice(to, to + 3).find((t) => t.text);
    const after = text.slice(lastWord.end, lastWord.end + 3);
    if (
      /^\s*[,;:]/.test(after) ||
      (owned && /^\s/.test(after) && (owned.key === 'and' || owned.key === 'or' || lexicon.speech.has(owned.key)))
    )
      return true;
  }
  // "re-released Star Wars": one word compromise reads as a common plural, under a capitalised word, is a title's end, not a surname.
  if (
    lexicon.lang === 'en' &&
    words.length === 1 &&
    lastWord.tags.has('Plural') &&
    !hasAny(lastWord, PERSON_TAGS) &&
    before &&
    isCapitalised(before) &&
    /^\s+$/.test(before.post) &&
    !lexicon.honorifics.has(before.key)
  )
    return true;
  // "D-Minn", "R-Texas": a party and a state, not a name.
  if (/^\p{Lu}{1,2}-/u.test(`${words[0]?.text ?? ''}${words[0]?.post ?? ''}`)) return true;
  // "North America", "Texas": a run ending on a place, with nothing saying a person.
  if (hasAny(lastWord, PLACE_ONLY_TAGS) && !words.some((w) => hasAny(w, PERSON_TAGS))) return true;
  // "the agency Lodestar Universal", "la société Valmont".
  // compromise may split an elided article off into an empty word ("l'hôpital Georges-Pompidou"): the word before is the last one written.
  const prior = tokens
    .slice(Math.max(0, from - 3), from)
    .filter((t) => t.text)
    .pop();
  if (prior && lexicon.orgContext.has(prior.key) && /^\s+$/.test(text.slice(prior.end, (words[0] as Token).start))) return true;
  // "Van Helsing star Samuel West", "Tottenham chairman": the run owns the title after it.
  const after = tokens[to];
  if (after && /^\s+$/.test(lastWord.post) && !isPossessive(lastWord) && !isCapitalised(after) && isRoleHeadIn(lexicon, after.key))
    return true;
  // "Chelsea's Jose Mourinho", "Grass Valley's Dionicio Torres": the owner of the name after it is a team or a place.
  if (after && isPossessive(lastWord) && isCapitalised(after) && (hasAny(after, PERSON_TAGS) || after.tags.has('Person'))) return true;
  // "South Dakota Gov.": a run that ends on a title is what the title is of.
  if (words.length > 1 && !hasAny(lastWord, PERSON_TAGS) && (isRoleHeadIn(lexicon, lastWord.key) || lexicon.honorifics.has(lastWord.key)))
    return true;
  // A quoted title ("Luce di vetro", «Vivy»), or one beside "film", "song", "book".
  const open = text.slice(Math.max(0, (words[0] as Token).start - 2), (words[0] as Token).start);
  const close = text.slice(lastWord.end, lastWord.end + 2);
  if (/["“«„<]\s*$/.test(open) && /^\s*["”“»>]/.test(close)) return true;
  return !!before && WORK_WORDS.has(before.key);
}

/** Is a capitalised run a person by itself, before any alias is known? */
function looksLikePerson(analysis: Analysis, from: number, to: number, title: string | null, apposed: boolean): boolean {
  const titled = title !== null;
  const { tokens, lexicon } = analysis;
  const words = tokens.slice(from, to);
  const lastWord = words[words.length - 1] as Token;
  // compromise's "Person" tag on a full name ("Taylor Swift") counts in English; alone it is too loose.
  const tagged =
    words.some((w) => hasAny(w, PERSON_TAGS)) ||
    (lexicon.lang === 'en' && words.length > 1 && words.some((w) => w.tags.has('Person') && !isAcronym(w)));
  // A full name after a title is a person even when compromise reads its words as places ("Christopher Hill").
  if (titled && words.length > 1 && lexicon.lang === 'en') return true;
  if (words.every((w) => hasAny(w, PLACE_TAGS)) && !tagged) return false;
  const before = tokens[from - 1];
  // "equity strategist at Miller Tabak": where someone works, unless a title or a first name says otherwise.
  if (before && INSTITUTION_WORDS.has(before.key) && !titled && !hasAny(words[0] as Token, FIRST_NAME_TAGS)) return false;
  // Outside English a capitalised title before capitalised nouns ("Premier Solution Partner") needs a name compromise knows;
  // a lower-case one ("il direttore artistico Franco Lodi") does not.
  // German capitalises every noun: there a title the lexicon knows as a head ("Verlegerin") counts as a lower-case one does elsewhere.
  const titleEnd = title?.split(/\s+/).pop() ?? '';
  const lowerTitle = !!title && (/^\p{Ll}/u.test(titleEnd) || (lexicon.lang === 'de' && isRoleHeadIn(lexicon, titleEnd.toLowerCase())));
  if ((titled && (lexicon.lang === 'en' || tagged || (lowerTitle && words.length > 1))) || (apposed && words.length > 1)) return true;
  // "Mr. Suharto", "Mme Garnier": a courtesy title says a person.
  if (before && lexicon.honorifics.has(before.key) && /^\.?\s+$/.test(before.post)) return true;
  // "Tuukka Rask made 25 saves", "Tre Harbison rushed for 112 yards": a full name, a player's verb, a number.
  const verb = tokens[to];
  if (
    lexicon.lang === 'en' &&
    words.length > 1 &&
    verb &&
    STAT_VERBS.has(verb.key) &&
    /^\s+$/.test(lastWord.post) &&
    // Not a team: no place, no plural ("Maple Leafs"), no common word ("Blue Jackets").
    !words.some((w) => hasAny(w, PLACE_TAGS) || w.tags.has('Plural') || w.tags.has('Adjective') || w.tags.has('Verb')) &&
    !(/s$/.test(lastWord.key) && !hasAny(lastWord, PERSON_TAGS)) &&
    tokens.slice(to + 1, to + 4).some((t) => t.sentence === verb.sentence && (/\d/.test(t.text) || t.tags.has('Value')))
  )
    return true;
  // compromise's name tags: a first name it knows, or (English) any of its person tags.
  // Outside English compromise's looser "Person" tag falls on any capitalised word ("Centro Nacional"): only its name lexicon counts.
  if (lexicon.lang === 'en' ? tagged : words.length > 1 && words.some((w) => hasAny(w, PERSON_TAGS))) return true;
  // A speaker: "Noem tweeted", "said Nealy Cox", "a déclaré Sophie Garnier". Not "Officials said", not "the Pentagon said".
  if (
    lexicon.lang === 'en' &&
    (words.some((w) => w.tags.has('Plural')) || (!(words[0] as Token).tags.has('ProperNoun') && isSentenceStart(analysis, from)))
  )
    return false;
  if (
    before &&
    (before.key === 'the' || before.key === 'a' || before.key === 'an' || lexicon.notName.has(before.key)) &&
    !lexicon.speech.has(before.key)
  )
    return false;
  const after = tokens[to];
  if (after && after.sentence === lastWord.sentence && lexicon.speech.has(after.key) && /^\s+$/.test(lastWord.post))
    return words.length > 1 || lexicon.lang === 'en';

  return !!before && lexicon.speech.has(before.key) && /^\s+$/.test(before.post) && words.length > 1;
}

/**
 * Every capitalised run that may name someone, with the role written around
 * it. compromise's tags say which words are names; titles are split off here;
 * runs in credit lines are left out.
 */
export function findPersonMentions(analysis: Analysis): NameMention[] {
  const { tokens, text, lexicon, furniture } = analysis;
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!canStart(lexicon, token)) {
      i++;
      continue;
    }
    let from = i;
    let to = i + 1;
    while (to - 1 < tokens.length && continuesInto(lexicon, tokens, to - 1)) {
      const inner = tokens[to] as Token;
      const previous = tokens[to - 1] as Token;
      // "Emirates President Tim Clark": a title inside the run ends what came before it.
      if (to - 1 > from && (isRoleHeadIn(lexicon, previous.key) || lexicon.honorifics.has(previous.key)) && !hasAny(previous, PERSON_TAGS))
        from = to;
      // "the Coty-Kylie Jenner deal": a firm hyphened to a name; the name starts at the first name.
      // Not "Karine Jean-Pierre": a word compromise reads as a person's is no firm.
      if (
        previous.post === '-' &&
        hasAny(inner, FIRST_NAME_TAGS) &&
        !hasAny(previous, PERSON_TAGS) &&
        !previous.tags.has('Person') &&
        !hasAny(previous, FIRST_NAME_TAGS)
      )
        from = to;
      // "the United Nations John Bolton": a first name after an organisation or place starts the name.
      // "assessore regionale alla Sanità Bruno Galli": after a link word of a title, the capitalised word is what the office is of.
      const ofOffice =
        to - 1 === from && lexicon.roleLinks.has(tokens[from - 1]?.key ?? '') && /^\p{Ll}/u.test(tokens[from - 1]?.text ?? '');
      if (
        lexicon.lang !== 'en' &&
        hasAny(inner, FIRST_NAME_TAGS) &&
        (!hasAny(previous, ['Person', 'FirstName', 'LastName', 'Place']) || (ofOffice && !hasAny(previous, PERSON_TAGS)))
      )
        from = to;
      else if (
        to - from >= 2 &&
        hasAny(inner, FIRST_NAME_TAGS) &&
        !hasAny(previous, FIRST_NAME_TAGS) &&
        (lexicon.organisations.has(previous.key) ||
          hasAny(previous, PLACE_TAGS) ||
          isAcronym(previous) ||
          /(?:er|ian|ese|ish|tion|sion|ment|ity|ance|ence|ship|ism)$/.test(previous.key))
      )
        from = to;
      to++;
    }
    i = to;
    // A title inside the run may leave a word that cannot start a name ("Attorney General"): not a name.
    while (from < to && !canStart(lexicon, tokens[from] as Token)) from++;
    // "Rival Lowe’s", "Later Austin": a capitalised first word of a sentence, unknown as a name, before a known one.
    const opener = tokens[from];
    // A word compromise does not know ("Peng Mei") is read as a noun only: that one may be a name's first part.
    // prettier-ignore
    const knownWord = ['Adjective', 'Adverb', 'Verb', 'Preposition', 'Conjunction', 'Expression', 'Determiner'].some((t) => opener?.tags.has(t));
    if (
      opener &&
      to - from > 1 &&
      isSentenceStart(analysis, from) &&
      !hasAny(opener, PERSON_TAGS) &&
      hasAny(tokens[from + 1] as Token, PERSON_TAGS) &&
      knownWord
    )
      from++;
    if (from >= to || to - from > MAX_NAME_WORDS) continue;
    const startToken = tokens[from] as Token;
    if (within(furniture.credits, startToken.start)) continue;
    const last = tokens[to - 1] as Token;
    if (NAME_SUFFIXES.has(last.key) && to - from === 1) continue;
    const title = readTitle(analysis, from);
    // A lowercase title ("investor SoftBank") names a person only with a name compromise knows, or a full one.
    const titleBefore = tokens[from - 1];
    const strongTitle =
      title !== null &&
      (to - from > 1 ||
        hasAny(tokens[from] as Token, PERSON_TAGS) ||
        (!!titleBefore && isCapitalised(titleBefore) && !isSentenceStart(analysis, from - 1)) ||
        (!!titleBefore && lexicon.honorifics.has(titleBefore.key)));
    const apposition = title ? null : (readApposition(analysis, to) ?? readLeadingApposition(analysis, from, to));
    const never = isNotPerson(analysis, from, to);
    mentions.push({
      from,
      to,
      written: text.slice(startToken.start, last.end + (NAME_SUFFIXES.has(last.key) && last.post.startsWith('.') ? 1 : 0)),
      parts: nameParts(tokens, from, to),
      role: title ?? apposition,
      roleSource: title ? 'title' : apposition ? 'apposition' : null,
      person: !never && looksLikePerson(analysis, from, to, strongTitle ? title : null, apposition !== null),
      never,
      sentence: startToken.sentence,
      start: startToken.start,
    });
  }
  return joinTableRows(analysis, joinLists(analysis, mentions));
}

/**
 * A results table or standings list ("14 Aric Almirola 2234 0 1 3 12"): when
 * most of its rows name someone compromise knows, the full names of the other
 * rows are people too. Rows naming no known person (teams, products) stay as they are.
 */
function joinTableRows(analysis: Analysis, mentions: NameMention[]): NameMention[] {
  const { tables } = analysis.furniture;
  if (!tables.length) return mentions;
  const rows = mentions.filter((m) => !m.never && m.parts.length > 1 && within(tables, m.start));
  if (rows.length >= 4 && rows.filter((m) => m.person).length * 2 > rows.length) for (const m of rows) m.person = true;
  return mentions;
}

/**
 * "Kanye West and Kim Kardashian", "Kenny Dalglish, Ruud Gullit and Bobby
 * Robson": a full name listed beside a person is a person too.
 */
function joinLists(analysis: Analysis, mentions: NameMention[]): NameMention[] {
  const { text } = analysis;
  const listed = (a: NameMention, b: NameMention): boolean =>
    a.sentence === b.sentence &&
    /^\s*(?:,|and|or|et|und|y|e|ou|o|ed)\s*$|^\s*,\s*(?:and|et|und|y|e)\s+$/.test(text.slice(a.start + a.written.length, b.start));
  for (let pass = 0; pass < 2; pass++) {
    mentions.forEach((m, k) => {
      if (m.person || m.never || m.parts.length < 2) return;
      const before = mentions[k - 1];
      const after = mentions[k + 1];
      // Not the owner of the next one's title ("A ministra do Meio Ambiente, Beatriz Nogueira").
      const inRole = !!after?.role && after.roleSource === 'apposition' && after.role.includes(m.written);
      if (!inRole && ((before?.person && listed(before, m)) || (after?.person && listed(m, after)))) m.person = true;
    });
  }
  return mentions;
}
