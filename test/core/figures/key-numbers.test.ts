import { describe, expect, it } from 'vitest';
import { computeKeyFigures, keyNumberCandidates } from '../../../src/core/figures/compute-key-figures';
import { KEY_NUMBER_MODEL } from '../../../src/core/figures/key-number-model';
import { rankCandidates, MAX_KEY_NUMBERS } from '../../../src/core/figures/rank-figures';

const numbers = (text: string, lang?: string, title?: string) => computeKeyFigures(text, { lang, title }).numbers;
const texts = (text: string, lang?: string) => numbers(text, lang).map((f) => f.text);

describe('key-number spans', () => {
  it('keeps a day, "de" and its month (and year) together in Spanish and Portuguese', () => {
    expect(texts('Los sindicatos anunciaron una huelga general para el próximo 25 de marzo de 2024 en todo el país.', 'es')).toContain(
      '25 de marzo de 2024',
    );
    expect(texts('A greve geral foi marcada para 1 de maio em todo o país, disse o sindicato.', 'pt')).toContain('1 de maio');
  });

  it('reads an article before a scale word as one ("eine Milliarde Euro", "a billion dollars") and as money', () => {
    const found = numbers('Die Kassen zahlen mehr als eine Milliarde Euro für die neue Technik, sagte der Minister am Montag.', 'de');
    expect(found.find((f) => /Milliarde/.test(f.text))).toMatchObject({ text: 'mehr als eine Milliarde Euro', kind: 'money' });
  });

  it('counts the noun of a number written in hyphened words ("Twenty-five people", "Quarante-deux familles")', () => {
    expect(texts('Twenty-five people were killed and thirty-two soldiers were hurt in the attack.')).toEqual(
      expect.arrayContaining(['Twenty-five people', 'thirty-two soldiers']),
    );
    expect(texts("Quarante-deux familles ont été relogées après l'incendie, selon la mairie.", 'fr')).toContain('Quarante-deux familles');
  });

  it('keeps a length of time in two units as one figure ("6 anni e 4 mesi", "23 minutes and 32 seconds")', () => {
    expect(texts("Il tribunale di Milano ha condannato a 6 anni e 4 mesi di reclusione l'ex assessore.", 'it')).toContain(
      '6 anni e 4 mesi',
    );
    expect(texts('Those drives lasted 43 plays and 23 minutes and 32 seconds, draining the defense.')).toContain(
      '23 minutes and 32 seconds',
    );
    // Two lengths of the same unit are two figures.
    const two = texts('He served 5 years in prison, and 10 years later he was pardoned.');
    expect(two).toContain('5 years');
    expect(two).toContain('10 years');
  });

  it('keeps a part and its whole as one count ("three of the players", "eight of his 24 matches")', () => {
    expect(texts('Police said three of the players were arrested after the match.')).toContain('three of the players');
    expect(texts('He has scored in eight of his 24 matches this season.')).toContain('eight of his 24 matches');
  });

  it('never groups English thousands by a space: "400 737 Max jets" is 400 and a model number', () => {
    const found = texts('Boeing has delivered roughly 400 737 Max jets to airlines around the world.');
    expect(found).toContain('roughly 400');
    expect(found.some((t) => /400 737/.test(t))).toBe(false);
  });

  it('keeps a percent sign that ends a sentence, and reads "Sept." and "Nov." as months', () => {
    expect(texts('La finale ha avuto uno share del 66 %.\n\nIl secondo classificato ha ringraziato il pubblico.', 'it')).toContain('66 %');
    const found = numbers('The company must file its plan by Sept. 30, the agency said on Tuesday.');
    expect(found.find((f) => f.text === 'Sept. 30')?.kind).toBe('date');
  });
});

describe('key-number ranking', () => {
  it("never ranks the date of an embedded post, and ranks the story's own amounts", () => {
    const text = [
      'The state will spend $449,000 on the new campaign, about 0.4 percent of its tourism budget, officials said Monday.',
      'Critics mocked the slogan online.',
      'Meth. We’re on it. https://t.co/abc',
      '— Robert Maguire (@RobertMaguire_) November 18, 2019',
      'The campaign runs for 12 months, the governor said.',
    ].join('\n\n');
    const found = numbers(text);
    expect(found.find((f) => f.text === 'November 18, 2019')?.key).toBe(false);
    expect(found.filter((f) => f.key).map((f) => f.text)).toEqual(expect.arrayContaining(['$449,000', 'about 0.4 percent']));
  });

  it("never ranks a dateline alone on its line, and drops a standard's number like a code", () => {
    const found = numbers(
      'MADRID, 9 Mar. (EUROPA PRESS) -\n\nEl Consejo de Ministros aprobó este martes un plan de 3.000 millones de euros para paliar la sequía, que afecta ya al 27 % del territorio.',
      'es',
    );
    expect(found.find((f) => f.text === '9 Mar')?.key).toBe(false);
    expect(texts('The router supports 802.11n and 802.11.ac at up to 85Mbps, the company said.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^802/)]),
    );
  });

  it('puts money, shares and counts of the opening before weekdays and bare small numbers, which are never key here', () => {
    const text =
      'The firm cut 4,000 jobs on Tuesday after sales fell 12% to $3.2 billion. Two executives left. The plan has 3 parts, it said on Monday.';
    const found = numbers(text);
    const key = found.filter((f) => f.key).map((f) => f.text);
    expect(key.slice(0, 3).sort()).toEqual(['$3.2 billion', '12%', '4,000 jobs'].sort());
    expect(key).not.toContain('Tuesday');
    expect(key).not.toContain('Monday');
  });

  it("ranks the headline's number above the same kind of number elsewhere", () => {
    const text = 'Officials counted 40 trucks at the border. Later, 35 trucks were turned back. Police said 38 trucks were searched.';
    const withTitle = numbers(text, undefined, '35 trucks turned back at the border').map((f) => f.text);
    expect(withTitle.indexOf('35 trucks')).toBeLessThan(withTitle.indexOf('38 trucks'));
    expect(withTitle.indexOf('35 trucks')).toBeLessThan(withTitle.indexOf('40 trucks'));
  });

  it('lists at most eight key facts, all before the other numbers, and only those scoring at the threshold', () => {
    const text = Array.from(
      { length: 12 },
      (_, k) => `Plant ${k} lost $${k + 2} million and cut ${k + 20}% of its ${k + 100} jobs on Monday.`,
    ).join(' ');
    const ranked = rankCandidates(keyNumberCandidates(text));
    const key = ranked.filter((f) => f.key);
    expect(key.length).toBe(MAX_KEY_NUMBERS);
    expect(ranked.slice(0, MAX_KEY_NUMBERS).every((f) => f.key)).toBe(true);
    // With a threshold no figure reaches, nothing is key, and every number is still listed.
    const none = rankCandidates(keyNumberCandidates(text), { ...KEY_NUMBER_MODEL, threshold: 1e9 });
    expect(none.some((f) => f.key)).toBe(false);
    expect(none.length).toBe(ranked.length);
  });

  it('has a fitted weight for every feature it computes', () => {
    const text =
      'On Feb. 14, at least 33 soldiers died and 1.5 million ($2.5 million) was paid, up 3.5 percent since 2016; the 6-4 win took 45 minutes. He is 57. Four-game ban. 3rd place. In the 1990s.';
    const names = new Set(keyNumberCandidates(text).flatMap((c) => Object.keys(c.features)));
    for (const name of names) expect(KEY_NUMBER_MODEL.weights, name).toHaveProperty([name]);
    for (const w of Object.values(KEY_NUMBER_MODEL.weights)) expect(Number.isFinite(w)).toBe(true);
  });
});

describe('what never ranks as a key fact', () => {
  it('lists a month alone or a weekday under "All numbers" only, even in a story with few figures', () => {
    const en = numbers('The bridge reopens in September after repairs, the city said on Monday. It was closed for 2 years.');
    expect(en.filter((f) => f.key).map((f) => f.text)).toEqual(['2 years']);
    expect(en.map((f) => f.text)).toEqual(expect.arrayContaining(['September', 'Monday']));
    const es = numbers('El festival vuelve en junio, dijeron los organizadores. Esperan 20.000 visitantes y dos conciertos.', 'es');
    expect(es.find((f) => f.text === 'junio')).toMatchObject({ key: false });
    expect(es.find((f) => f.text === '20.000 visitantes')).toMatchObject({ key: true });
  });

  it('reads "the first 12" or "les 10 derniers" as which of a series, not as a count of a noun', () => {
    expect(texts('Ele venceu 3 das 12 primeiras corridas da temporada, segundo a organização.', 'pt')).not.toContain('12 primeiras');
    expect(texts('Il a remporté 4 des 10 derniers matchs, selon le club.', 'fr')).not.toContain('10 derniers');
  });
});
