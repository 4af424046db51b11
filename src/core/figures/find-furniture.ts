import type { Lexicon } from './lexicon';

/** Where the text is not the story: credit, byline, dateline and published lines, and table rows. */
export interface Furniture {
  /** Credits, bylines, contact and published lines: no person of the story is named there, and their numbers never rank. */
  credits: Array<[number, number]>;
  /** Rows of a table or standings list: names there are people, but their cells are not key facts. */
  tables: Array<[number, number]>;
  /** Signature lines of embedded posts ("— Name (@handle) November 18, 2019"): their dates are the post's, not the story's. */
  embeds: Array<[number, number]>;
  /** Teams read from score lines, fixtures and results ("Chelsea 2 Arsenal 1", "Preston v Millwall"): lower case, never a person. */
  teams: ReadonlySet<string>;
}

// A side of a score line or fixture: one to four capitalised words ("Chelsea", "Real Madrid", "Paris Saint-Germain").
const SIDE = String.raw`\p{Lu}[\p{L}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}'’.&-]*){0,3}`;
// "Chelsea 2 Arsenal 1", "Chelsea 2-1 Arsenal", "Lyon 3, Lille 0": a result line.
const SCORE_LINE = new RegExp(
  String.raw`^(${SIDE})[ \t]+\d{1,3}(?:[ \t]*[-–:][ \t]*\d{1,3}[ \t]+(${SIDE})|,?[ \t]+(${SIDE})[ \t]+\d{1,3})[ \t]*$`,
  'u',
);
// "Preston v Millwall", "Bayern vs. Dortmund": a fixture (only on a page about a league or a cup: "Federer v Nadal" are people).
const FIXTURE = new RegExp(String.raw`(${SIDE})[ \t]+(?:v|vs\.?|contre|gegen|contra)[ \t]+(${SIDE})`, 'gu');
const LEAGUE_WORDS =
  /\b(?:league|liga|ligue|bundesliga|serie a|eredivisie|premiership|championship|cup|pokal|coupe|copa|coppa|taça|fixture|derby|derbi|clásico|playoffs?)\b/iu;
// "Chelsea beat Arsenal": when one side is a team, the other is.
const RESULT = new RegExp(
  String.raw`(${SIDE})[ \t]+(?:beat|beats|defeated|defeats|edged|thrashed|routed|drew with|lost to|besiegte|schlug|battu|bat|venció|derrotó|goleó|venceu|derrotou|batte|ha battuto|sconfitto)[ \t]+(${SIDE})`,
  'gu',
);

/** The teams a sports page names in its results and fixtures: score lines, fixtures on a league page, and who beat whom among them. */
function findTeams(text: string, lexicon: Lexicon): ReadonlySet<string> {
  const teams = new Set<string>();
  const add = (side: string | undefined): void => {
    const words = (side ?? '').split(/\s+/).filter(Boolean);
    while (words.length && lexicon.notName.has((words[0] as string).toLowerCase())) words.shift();
    const key = words
      .join(' ')
      .replace(/['’]s?$/, '')
      .toLowerCase();
    if (key.length > 2) teams.add(key);
  };
  for (const raw of text.split('\n')) {
    const score = SCORE_LINE.exec(raw.trim());
    if (score) {
      add(score[1]);
      add(score[2] ?? score[3]);
    }
  }
  if (LEAGUE_WORDS.test(text)) for (const m of text.matchAll(FIXTURE)) [m[1], m[2]].forEach(add);
  if (teams.size) {
    for (const m of text.matchAll(RESULT)) {
      const a = (m[1] ?? '').toLowerCase();
      const b = (m[2] ?? '').toLowerCase();
      if (teams.has(a) || teams.has(b)) [m[1], m[2]].forEach(add);
    }
  }
  return teams;
}

// "— Rep. Ilhan Omar (@Ilhan) November 19, 2019", "- Digital Foundry (@digitalfoundry) 18 November 2019": an embedded post signs off with its author's handle and its date.
const EMBED_SIGNATURE = /^(?:—|–|-|--)\s*[^\n]{0,80}\(@\w{1,30}\)\s*[^\n]{0,40}\d/u;

// A line that opens like one of these credits someone or dates the page ("By", "Photo:", "Reporting by", "Published:").
const CREDIT_OPENERS = new RegExp(
  '^(?:by|written by|story by|reporting by|additional reporting|editing by|edited by|compiled by|article from|staff and agencies|our special correspondent|' +
    'photo|photos|photograph|picture|image|credit|credits|source|copyright|©|contact|email|e-mail|to contact|follow|published|updated|last updated|posted|' +
    'par|publié|mis à jour|reportage de|édité par|rédaction|' +
    'von|mitarbeit|aktualisiert|veröffentlicht|quelle|bild|' +
    'por|crónica de|reportaje de|redacción|editado por|publicado|actualizado|fuente|' +
    'reportagem de|edição de|texto|fotografia|fonte|' +
    'di|hanno collaborato|ha collaborato|pubblicato|aggiornato|riproduzione riservata|foto)\\b',
  'iu',
);
// Anywhere in a line: "… contributed to this report", "Contributing: …", an e-mail address.
const CREDIT_ANYWHERE =
  /contributed (?:to )?(?:this )?report|contributed reporting|contributing:|hanno collaborato|ha collaborato|all rights reserved|riproduzione riservata|[\w.+-]+@[\w-]+\.[\w.]+|©/iu;
// "LYON — ", "BOLOGNA – ", "PARIS, 3 mai (AFP) — ", "IRVING, Texas -- ": a dateline opening a paragraph.
// The first form: up to 60 characters, a stop only after a short abbreviation ("9 Mar."), an agency in brackets, a dash.
const DATELINE =
  /^(?:(?=[^\n]{0,60}?\([^)\n]{2,30}\)\s*(?:--|—|–|-|:)(?:\s|$))(?:[^\n.!?]|(?<=(?<!\p{L})\p{Lu}\p{Ll}{1,3})\.)*?\([^)\n]{2,30}\)\s*(?:--|—|–|-|:)(?:\s|$)|\p{Lu}{2,}[\p{Lu} .'’-]*,\s*[\p{L}. ]{2,25}?\s*(?:--|—|–|-)\s|\p{Lu}[\p{Lu}\s.,'’]{1,40}?\s*(?:--|—|–|-|:)\s)/u;
const CAPITALISED = /^\p{Lu}/u;
// "— Associated Press writers Dan Hobbs and Ella Reyes": a line crediting an agency's writers by name.
const AGENCY_STAFF =
  /^(?:—|–|--|-)?\s*(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:staff\s+)?(?:writers?|correspondents?|reporters?|photographers?|contributors?)\s+\p{Lu}/u;
const NUMBER_CELL = /^[-+]?\d[\d.,:%]*$/;

const wordsOf = (line: string): string[] => line.split(/\s+/).filter(Boolean);

/** Is a short line nothing but dates, times and place names ("Dec 30 2007", "13:30, Jan 10 2008", "Tokyo , Jan 16 20:49", "5 days ago")? */
function isDateLine(line: string, lexicon: Lexicon): boolean {
  const words = wordsOf(line.replace(/[,.|()]/g, ' '));
  if (!words.length || words.length > 9 || !/\d/.test(line)) return false;
  const dated =
    /\d:\d\d|\bago\b/i.test(line) ||
    words.some(
      (w) => lexicon.months.has(w.toLowerCase()) || lexicon.weekdays.has(w.toLowerCase()) || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(w),
    );
  return (
    dated &&
    words.every(
      (w) =>
        /\d/.test(w) ||
        CAPITALISED.test(w) ||
        /^(?:am|pm|ago|at|hrs|et|est|gmt|utc|le|am|de|del|di|à|um|uhr|h|of|the)$/i.test(w) ||
        lexicon.months.has(w.toLowerCase()) ||
        lexicon.timeUnits.has(w.toLowerCase()),
    )
  );
}

/** "16 January 2008 — The Security Council …", "Dec. 3 (Bloomberg) -- …": a date opening a paragraph, set off by a dash. */
function datePrefix(line: string, lexicon: Lexicon): [string] | null {
  const match = /^(.{4,40}?)\s(?:\?|—|–|--)\s/u.exec(line);
  return match && isDateLine(match[1] ?? '', lexicon) ? [match[0]] : null;
}

/** Is a line a credit: a byline, a photo or reporting credit, a contact, copyright or published line? */
function isCreditLine(line: string, lexicon: Lexicon): boolean {
  const words = wordsOf(line);
  if (!words.length) return false;
  if (CREDIT_ANYWHERE.test(line) && words.length <= 30) return true;
  if (words.length > 16) return false;
  const rest = line.replace(DATELINE, '');
  if (CREDIT_OPENERS.test(rest) && (words.length <= 12 || /[:|/]/.test(rest))) return true;
  // "— Associated Press writers Dan Hobbs and Ella Reyes", "AFP correspondent Jean Roux in Dakar": an agency's staff credited.
  if (AGENCY_STAFF.test(rest) && !/[.!?]$/.test(line)) return true;
  // "— Dan Hobbs, Associated Press writer": a line a dash opens, with a word of credits, signs the story off.
  if (/^(?:—|–|--)\s/.test(line) && words.length <= 12 && words.some((w) => lexicon.credits.has(w.toLowerCase().replace(/[,.;:]+$/, ''))))
    return true;
  // "SETH MYDANS", "ASSOCIATED PRESS", "PTI": a line in capitals only.
  if (words.length <= 4 && /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line)) return true;
  // "Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek": a staff list.
  if ((line.match(/\p{L}_\p{Lu}/gu) ?? []).length >= 2) return true;
  // "Jean Martin / AFP", "Name/Agency/Getty Images": names joined by slashes.
  if (words.length <= 8 && /\p{Lu}[\p{L}.-]*\s*\/\s*\p{Lu}/u.test(line) && !/[.!?]$/.test(line)) return true;
  return isDateLine(line, lexicon);
}

/** A table's header: a short line of capitalised column names ("Pos. Piloto Pontos Vitórias Poles Top 5 Top 10"). */
function isHeaderRow(line: string): boolean {
  const words = wordsOf(line);
  return words.length >= 2 && words.length <= 12 && !/[.!?:]$/.test(line) && words.every((w) => /^\p{Lu}/u.test(w) || /^\d+$/.test(w));
}

/** A row of a table: mostly number cells ("1 Kyle Busch 5040 5 1 17 27", "1. Barcelona 50 pts; 2. Real Madrid 48"). */
function isTableRow(line: string): boolean {
  const words = wordsOf(line.replace(/[;]/g, ' '));
  const cells = words.filter((w) => NUMBER_CELL.test(w.replace(/[.;,]$/, ''))).length;
  return cells >= 3 && cells / words.length >= 0.3;
}

/**
 * Finds the lines of the text that are not the story. A line named as a
 * credit on its own ("Photo:", "Written by") makes the short line after it a
 * credit too; a dateline opening a paragraph is a credit up to its dash.
 */
export function findFurniture(text: string, lexicon: Lexicon): Furniture {
  const credits: Array<[number, number]> = [];
  const tables: Array<[number, number]> = [];
  const embeds: Array<[number, number]> = [];
  let start = 0;
  let carry = false;
  let previous: { line: string; at: [number, number]; table: boolean } | null = null;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    const line = raw.trim();
    if (line && EMBED_SIGNATURE.test(line)) embeds.push([start, end]);
    if (line) {
      const lead = raw.length - raw.trimStart().length;
      if (isCreditLine(line, lexicon) || (carry && wordsOf(line).length <= 5 && !/[.!?]$/.test(line))) {
        credits.push([start, end]);
        // "Photo:", "By", "Written by" alone: the name is on the next line.
        carry = /^(?:\S+\s?){0,3}:?$/.test(line) && (CREDIT_OPENERS.test(line) || /:$/.test(line));
      } else {
        carry = false;
        const dateline = DATELINE.exec(line) ?? datePrefix(line, lexicon);
        // "MADRID, 9 Mar. (EUROPA PRESS) -" alone on its line: the whole line is the dateline.
        if (dateline) credits.push([start + lead, start + lead + Math.min(line.length, dateline[0].length)]);
        const row = isTableRow(line);
        if (row) tables.push([start, end]);
        // "Pos. Driver Points Wins": the header of a table names no one.
        if (row && previous && !previous.table && isHeaderRow(previous.line)) credits.push(previous.at);
        previous = { line, at: [start, end], table: row };
      }
    }
    start = end + 1;
  }
  return { credits, tables, embeds, teams: findTeams(text, lexicon) };
}

export const within = (ranges: Array<[number, number]>, at: number): boolean => ranges.some(([a, b]) => at >= a && at < b);
