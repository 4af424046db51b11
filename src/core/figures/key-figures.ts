/** A person named in the story, once, under the fullest name the article gives. */
export interface Person {
  name: string;
  /** The role the article gives them ("Secretary of Defense"), from a title before the name or an apposition after it. */
  role: string | null;
  /** Every form the article uses for them, the display name first. */
  aliases: string[];
  mentions: number;
  /** Where the role comes from, or where the person is first named: an exact substring of the input text. */
  sentence: string;
}

export type FigureKind =
  | 'date'
  | 'year'
  | 'time'
  | 'money'
  | 'percent'
  | 'duration'
  | 'age'
  | 'score'
  | 'quantity'
  | 'count';

/** A date, amount or other number, with the sentence it comes from (an exact substring of the input text). */
export interface Figure {
  text: string;
  kind: FigureKind;
  sentence: string;
}

/** Both lists in rank order: the entries a reader needs first. */
export interface KeyFigures {
  people: Person[];
  numbers: Figure[];
}

export interface KeyFiguresOptions {
  /** The headline: people named in it rank higher. */
  title?: string;
  /** The article's language; names are only looked for in English text (the tagger is English-only). */
  lang?: string;
}
