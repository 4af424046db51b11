import * as en from './figure-lexicon';
import { LANGUAGE_WORDS, type ReadLanguage } from './language-words';

/** The words the engine uses for one language: English's, plus that language's own. */
export interface Lexicon {
  lang: ReadLanguage;
  honorifics: ReadonlySet<string>;
  roleHeads: ReadonlySet<string>;
  titleSuffixes: readonly string[];
  roleModifiers: ReadonlySet<string>;
  roleLinks: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  speech: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  notName: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  months: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  scales: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  timeUnits: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  percent: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
  numberWords: ReadonlySet<string>;
  credits: ReadonlySet<string>;
  orgContext: ReadonlySet<string>;
}

const split = (list: string | undefined): string[] => (list ?? '').trim().split(/\s+/).filter(Boolean);
const union = (base: ReadonlySet<string>, extra?: string): ReadonlySet<string> => new Set([...base, ...split(extra)]);

const ENGLISH_NUMBERS = new Set(
  split('two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen'),
);
const ENGLISH_CREDITS = new Set(
  split(
    'photo photos photograph by reporting writing editing contributed contributing writer writers staff credit credits source copyright contact email',
  ),
);
const MONTHS_EN = new Set(
  split(
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
  ),
);
const WEEKDAYS_EN = new Set(split('monday tuesday wednesday thursday friday saturday sunday'));

const cache = new Map<ReadLanguage, Lexicon>();

/** The lexicon of a language the engine reads. */
export function lexiconFor(lang: ReadLanguage): Lexicon {
  const cached = cache.get(lang);
  if (cached) return cached;
  const w = lang === 'en' ? undefined : LANGUAGE_WORDS[lang];
  const lexicon: Lexicon = {
    lang,
    honorifics: union(en.HONORIFICS, w?.honorifics),
    roleHeads: union(en.ROLE_HEADS, w?.titles),
    titleSuffixes: split(w?.titleSuffixes),
    roleModifiers: union(en.ROLE_MODIFIERS, w?.roleModifiers),
    roleLinks: union(new Set(['of']), w?.roleLinks),
    relations: union(en.RELATION_WORDS, w?.relations),
    speech: union(en.SPEECH_VERBS, w?.speech),
    organisations: union(en.ORGANISATION_WORDS, w?.organisations),
    // A capitalised function word of the language ("Le", "Der", "Il") starts no name; its months and weekdays neither.
    notName: union(en.NOT_NAME_WORDS, [w?.stopwords, w?.months, w?.weekdays].join(' ')),
    particles: union(en.NAME_PARTICLES, w?.particles),
    months: union(MONTHS_EN, w?.months),
    weekdays: union(WEEKDAYS_EN, w?.weekdays),
    scales: union(en.SCALE_WORDS, w?.scales),
    currencies: union(en.CURRENCY_WORDS, w?.currencies),
    timeUnits: union(en.TIME_UNITS, w?.timeUnits),
    measures: union(en.MEASURE_UNITS, w?.measures),
    percent: union(new Set(['percent', '%']), w?.percent),
    qualifiers: union(en.QUALIFIERS, w?.qualifiers),
    numberWords: union(ENGLISH_NUMBERS, w?.numbers),
    credits: union(ENGLISH_CREDITS, w?.credits),
    orgContext: union(en.ORGANISATION_CONTEXT, w?.orgContext),
  };
  cache.set(lang, lexicon);
  return lexicon;
}

/** Is this word the head of a role: a title, its plural, or (German) a compound ending in one ("Verkehrsminister")? */
export function isRoleHeadIn(lexicon: Lexicon, key: string): boolean {
  if (lexicon.roleHeads.has(key)) return true;
  if ((key.endsWith('s') || key.endsWith('es')) && (lexicon.roleHeads.has(key.slice(0, -1)) || lexicon.roleHeads.has(key.slice(0, -2))))
    return true;
  return lexicon.titleSuffixes.some((s) => key.length > s.length + 2 && key.endsWith(s));
}

const STOPWORDS = Object.fromEntries(Object.entries(LANGUAGE_WORDS).map(([lang, w]) => [lang, new Set(split(w.stopwords))])) as Record<
  Exclude<ReadLanguage, 'en'>,
  Set<string>
>;
const EN_STOPWORDS = new Set(
  split(
    'the of and to in is that for it was on with as he she at by from his her they have has had be are said this which not but an were been who their would will',
  ),
);

/**
 * The language the text is written in, among the six the engine reads, told
 * by its function words; the page's declared language decides only when the
 * words do not (pages often declare "en" whatever they are in). Null for any
 * other language.
 */
export function readLanguage(text: string, declared?: string): ReadLanguage | null {
  const words = text
    .slice(0, 4000)
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  const declaredBase = (declared ?? '').trim().toLowerCase().slice(0, 2);
  const declaredRead: ReadLanguage | null | undefined =
    declaredBase === '' ? undefined : declaredBase === 'en' ? 'en' : declaredBase in LANGUAGE_WORDS ? (declaredBase as ReadLanguage) : null;
  if (words.length < 8) {
    if (declaredRead !== undefined) return declaredRead;
    // Chinese and Japanese write no spaces: a few "words" may be a whole story. Latin letters are read as English, others not.
    const letters = text.slice(0, 4000).match(/\p{L}/gu) ?? [];
    const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
    return latin * 2 >= letters.length ? 'en' : null;
  }
  const scores: Array<[ReadLanguage, number]> = [
    ['en', 0],
    ...Object.keys(STOPWORDS).map((l) => [l as ReadLanguage, 0] as [ReadLanguage, number]),
  ];
  for (const word of words) {
    for (const entry of scores)
      if ((entry[0] === 'en' ? EN_STOPWORDS : STOPWORDS[entry[0] as Exclude<ReadLanguage, 'en'>]).has(word)) entry[1]++;
  }
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best) return null;
  // Running text of a language has a function word in every four or five words; fewer is another language,
  // or a page of lists and tables, where the declared language (or, without one, the best guess) stands.
  const share = best[1] / words.length;
  if (share < 0.12) {
    if (declaredRead !== undefined) return declaredRead;
    if (share >= 0.04) return best[0];
    // Lists and tables of names say little of their language: Latin letters are read as English, other scripts not at all.
    const latin = words.filter((w) => /^\p{Script=Latin}/u.test(w)).length;
    return latin * 2 > words.length ? 'en' : null;
  }
  if (second && second[1] >= best[1] * 0.85 && second[0] === declaredRead) return second[0];
  return best[0];
}
