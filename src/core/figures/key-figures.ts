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

export type FigureKind = 'date' | 'year' | 'time' | 'money' | 'percent' | 'duration' | 'age' | 'score' | 'quantity' | 'count';

/** A date, amount or other number, with the sentence it comes from (an exact substring of the input text). */
export interface Figure {
  text: string;
  kind: FigureKind;
  /** One of the story's key facts (at most 8, listed first); the others are shown under "All numbers". */
  key: boolean;
  sentence: string;
}

/** Both lists in rank order: the entries a reader needs first. */
export interface KeyFigures {
  people: Person[];
  numbers: Figure[];
  /**
   * Set when the text is in a language whose people are not looked for yet
   * (only English, German, French, Spanish, Portuguese and Italian are): the
   * page's declared language, or "und". People is then empty for that reason,
   * not because the story names nobody; numbers are still listed.
   */
  peopleUnread?: string;
}

export interface KeyFiguresOptions {
  /** The headline: people named in it rank higher. */
  title?: string;
  /**
   * The page's declared language. The text's own function words decide which
   * of the six languages read it is in; the declared one only breaks a tie
   * (pages often declare "en" whatever they are in).
   */
  lang?: string;
}
