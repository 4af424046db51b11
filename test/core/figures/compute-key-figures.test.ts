import { describe, expect, it } from 'vitest';
import { computeKeyFigures, MAX_ANALYSED_CHARS } from '../../../src/core/figures/compute-key-figures';

const people = (text: string) => computeKeyFigures(text).people;
const numbers = (text: string) => computeKeyFigures(text).numbers;
const person = (text: string, name: string) => people(text).find((p) => p.name === name);

describe('alias merging', () => {
  it('joins a full name, a surname and its possessive into one person shown by the full name', () => {
    const found = people('Senator Elizabeth Warren spoke on Monday. Warren said the bill would pass. Warren’s office declined to comment.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Elizabeth Warren', mentions: 3 });
    expect(found[0]?.aliases).toEqual(expect.arrayContaining(['Warren', 'Warren’s']));
  });

  it('joins a surname written in several words and a middle initial', () => {
    const found = people(
      'Actor James Van Der Beek left the show. Van Der Beek thanked fans. Coach Mary J. Blige said it was hard, and Blige left.',
    );
    expect(found.map((p) => p.name).sort()).toEqual(['James Van Der Beek', 'Mary J. Blige']);
  });

  it('keeps two people who share a surname apart', () => {
    const found = people('Governor Tim Walz spoke first. Then Professor Anna Walz, his cousin, disagreed.');
    expect(found.map((p) => p.name).sort()).toEqual(['Anna Walz', 'Tim Walz']);
  });

  it('splits a run that only strings together people already named', () => {
    const found = people(
      'President Joe Biden met Prime Minister Rishi Sunak. Later, Biden Sunak talks resumed, and Sunak said little. Biden left.',
    );
    expect(found.map((p) => p.name)).not.toContain('Biden Sunak');
  });
});

describe('role extraction', () => {
  it('reads titles before the name, with "of" and qualifiers, and keeps them out of the name', () => {
    const text = 'Deputy Secretary of State Wendy Sherman met Chinese Foreign Minister Wang Yi and then-Defense Secretary Mark Esper.';
    expect(person(text, 'Wendy Sherman')?.role).toBe('Deputy Secretary of State');
    expect(person(text, 'Wang Yi')?.role).toBe('Chinese Foreign Minister');
    expect(person(text, 'Mark Esper')?.role).toBe('then-Defense Secretary');
  });

  it('reads lowercase titles and abbreviated ones', () => {
    expect(person('The team said running back Trey Edmunds was hurt.', 'Trey Edmunds')?.role).toBe('running back');
    expect(person('South Dakota Gov. Kristi Noem defended the campaign.', 'Kristi Noem')?.role).toBe('South Dakota Gov.');
  });

  it('reads an apposition after the name', () => {
    const text = 'The stock could rise, says Matt Maley, equity strategist at Miller Tabak, on Monday.';
    expect(person(text, 'Matt Maley')?.role).toBe('equity strategist at Miller Tabak');
  });

  it('takes no role from an age, a relative clause or a courtesy title', () => {
    expect(person('Patrick Carlineo Jr., 55, could face prison, police said.', 'Patrick Carlineo Jr.')?.role).toBeNull();
    expect(person('Officials said Mr. John Smith, who lives nearby, saw it.', 'John Smith')?.role).toBeNull();
  });

  it('gives the sentence the role comes from, exactly as written', () => {
    const text = 'Austin spoke on Wednesday. Later, Defense Secretary Lloyd Austin said more.';
    const austin = person(text, 'Lloyd Austin');
    expect(austin?.sentence).toBe('Later, Defense Secretary Lloyd Austin said more.');
  });
});

describe('filtering', () => {
  it('lists no organisations, places or unnamed sources', () => {
    const found = people(
      'The White House and the Pentagon said a senior defense official met the People’s Liberation Army in Beijing. Home Depot Inc reported earnings.',
    );
    expect(found).toEqual([]);
  });

  it('does not take a party and state for a name', () => {
    const found = people('Rep. Ilhan Omar (D-Minn.) asked for compassion.');
    expect(found.map((p) => p.name)).toEqual(['Ilhan Omar']);
  });

  it('drops weekdays, vague times and stray pronouns from the numbers', () => {
    const texts = numbers('For years, the firm grew. One user quipped that this year was odd.').map((f) => f.text);
    expect(texts).not.toContain('For years');
    expect(texts).not.toContain('this year');
    expect(texts).not.toContain('One');
  });
});

describe('numbers and dates', () => {
  it('finds dates, money, percentages, durations, times and scores, with their kinds', () => {
    const found = numbers(
      'On August 6, 2020, the deal was worth $8.8 billion, up 3.5 percent. The call lasted about 45 minutes and started at 6:38 p.m. They won 45-17 in 2008.',
    );
    const kinds = Object.fromEntries(found.map((f) => [f.text, f.kind]));
    expect(kinds).toMatchObject({
      'August 6, 2020': 'date',
      '$8.8 billion': 'money',
      '3.5 percent': 'percent',
      'about 45 minutes': 'duration',
      '6:38 p.m.': 'time',
      '45-17': 'score',
      '2008': 'year',
    });
  });

  it('ranks amounts and exact dates before weekdays, and lists each figure once with its first sentence', () => {
    const text = 'On Wednesday, officials met. The talks, on March 18, cost $2 million. On Wednesday they met again.';
    const found = numbers(text);
    expect(found.map((f) => f.text)).toEqual(['$2 million', 'March 18', 'Wednesday']);
    expect(found.map((f) => f.key)).toEqual([true, true, false]);
    expect(found[2]?.sentence).toBe('On Wednesday, officials met.');
  });
});

describe('odd input', () => {
  it('returns empty lists for empty or wordless text', () => {
    expect(computeKeyFigures('')).toEqual({ people: [], numbers: [] });
    expect(computeKeyFigures('   \n\n ... !!')).toEqual({ people: [], numbers: [] });
    expect(computeKeyFigures(undefined as unknown as string)).toEqual({ people: [], numbers: [] });
  });

  it('says plainly when the text is in a language whose people it does not read, and still lists the numbers', () => {
    const found = computeKeyFigures(
      'Presiden Joko Widodo mengatakan bahwa harga naik 45% pada tahun ini dan ini adalah yang tertinggi untuk rakyat yang ada di kota.',
      { lang: 'id' },
    );
    expect(found.people).toEqual([]);
    expect(found.peopleUnread).toBe('id');
    expect(found.numbers.map((f) => f.text)).toContain('45%');
    expect(computeKeyFigures('Chancellor Olaf Scholz spoke.').peopleUnread).toBeUndefined();
  });

  it('bounds the work on huge text, and quotes sentences from the text it was given', () => {
    const paragraph = 'Chancellor Olaf Scholz said on May 4, 2021 that prices rose 45%.';
    const text = Array.from({ length: 2000 }, () => paragraph).join('\n\n');
    expect(text.length).toBeGreaterThan(MAX_ANALYSED_CHARS * 3);
    const started = performance.now();
    const found = computeKeyFigures(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(found.people.map((p) => p.name)).toEqual(['Olaf Scholz']);
    for (const f of found.numbers) expect(text).toContain(f.sentence);
  });
});
