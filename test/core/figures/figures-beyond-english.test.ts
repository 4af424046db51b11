import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '../../../src/core/figures/compute-key-figures';

const roles = (text: string, lang?: string) => Object.fromEntries(computeKeyFigures(text, { lang }).people.map((p) => [p.name, p.role]));

// Sentences written for these tests in the style of agency reports; none is taken from the labelled pages.
describe('people in the six languages, with roles', () => {
  it('reads French titles before the name and appositions around it, and courtesy titles as aliases', () => {
    const text =
      "Le ministre de l'Intérieur, Paul Moreau, a annoncé jeudi un plan. « C'est urgent », a déclaré M. Moreau. La présidente de la région, Claire Dubois, a salué la décision.";
    expect(roles(text, 'fr')).toEqual({ 'Paul Moreau': "ministre de l'Intérieur", 'Claire Dubois': 'présidente de la région' });
    expect(computeKeyFigures(text, { lang: 'fr' }).people.find((p) => p.name === 'Paul Moreau')?.aliases).toContain('Moreau');
  });

  it('reads German compound titles ("Verkehrsminister", "Gewerkschafts-Chef") even when the page says it is English', () => {
    const text =
      'Verkehrsminister Jens Albers hat am Dienstag einen Plan vorgestellt. Der Plan sei teuer, sagte Albers. Gewerkschafts-Chef Uwe Brandt nannte ihn „einen ersten Schritt“ und forderte mehr Geld für die Beschäftigten.';
    expect(roles(text, 'en')).toEqual({ 'Jens Albers': 'Verkehrsminister', 'Uwe Brandt': 'Gewerkschafts-Chef' });
  });

  it('reads Spanish, Portuguese and Italian titles', () => {
    expect(
      roles(
        'El alcalde de Sevilla, Luis Marín, dijo que el plan costará mucho. Marín habló con los vecinos del barrio y con la prensa.',
        'es',
      ),
    ).toEqual({ 'Luis Marín': 'alcalde de Sevilla' });
    expect(
      roles(
        'O governador Paulo Ramos disse que a cidade vai receber ajuda. Ramos visitou a região e falou com os moradores da cidade.',
        'pt',
      ),
    ).toEqual({ 'Paulo Ramos': 'governador' });
    expect(
      roles(
        'Il sindaco di Parma, Marco Villa, ha detto che la città è pronta. Villa ha parlato con i cittadini e con la stampa della regione.',
        'it',
      ),
    ).toEqual({ 'Marco Villa': 'sindaco di Parma' });
  });
});

describe('credits and furniture', () => {
  it('lists no byline, photo, reporting, contributor or contact line as a person', () => {
    const text = [
      'By Jane Holloway and Peter Quist',
      'Photo: Tom Briar / Getty Images',
      'The mayor, Anne Kettle, said the bridge would reopen on June 4 after repairs costing $3.5 million.',
      'Reporting by Sam Oduya; Editing by Lee Chan',
      'Associated Press writer Mira Soto contributed to this report.',
      'To contact the reporter on this story: Nora Vance in London at nvance@news.example',
    ].join('\n\n');
    expect(computeKeyFigures(text).people.map((p) => p.name)).toEqual(['Anne Kettle']);
  });

  it('never ranks the dates of published, updated and dateline lines, nor phone numbers and product codes', () => {
    const text = [
      'Published: March 3, 2021 10:42 EST',
      'PARIS, March 3 (Reuters) - The company cut 4,000 jobs and sold its WX-200 unit for $1.2 billion, it said on Tuesday.',
      'Call 020 7946 0958 for details of the 802.11n router.',
    ].join('\n\n');
    const found = computeKeyFigures(text).numbers;
    const key = found.filter((f) => f.key).map((f) => f.text);
    expect(key).toEqual(expect.arrayContaining(['4,000 jobs', '$1.2 billion']));
    expect(key.join(' ')).not.toMatch(/March 3|10:42/);
    expect(found.map((f) => f.text).join(' ')).not.toMatch(/020 7946|802\.11|200/);
  });
});

describe('result tables', () => {
  it('lists the people of a standings table, names the lexicon does not know among them, and ranks none of its cells', () => {
    // prettier-ignore
    const text = ['Final standings after 12 races:', 'Pos. Driver Points Wins', '1 John Miller 512 4 2', '2 Sarah Connors 498 3 1', '3 Quorvik Tandaleu 470 2 0', '4 David Brown 455 1 1', '5 Mark Stevens 410 0 0'].join('\n');
    const found = computeKeyFigures(text);
    expect(found.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['John Miller', 'Sarah Connors', 'Quorvik Tandaleu', 'David Brown', 'Mark Stevens']),
    );
    expect(found.people.map((p) => p.name).join(' ')).not.toMatch(/Driver|Points|Wins/);
    expect(
      found.numbers
        .filter((f) => f.key)
        .map((f) => f.text)
        .join(' '),
    ).not.toMatch(/512|498|470/);
  });
});

describe('key numbers', () => {
  it('keeps ranges and conversions as one figure, and counts with their noun', () => {
    const texts = computeKeyFigures(
      'Winds of between 220 and 240kmh hit the coast. The EU sent €1.5 million ($1.7 million) and six ships. At least 33 soldiers died.',
    ).numbers.map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['220 and 240kmh', '€1.5 million ($1.7 million)', 'six ships', 'At least 33 soldiers']));
  });

  it('marks at most 8 key facts, listed before all the other numbers', () => {
    const text = Array.from({ length: 14 }, (_, k) => `Unit ${k} reported ${k + 10}% growth and $${k + 2} million in sales.`).join(' ');
    const found = computeKeyFigures(text).numbers;
    const key = found.filter((f) => f.key);
    expect(key.length).toBe(8);
    expect(found.slice(0, 8).every((f) => f.key)).toBe(true);
  });

  it('reads numbers in other languages with their words', () => {
    const texts = computeKeyFigures(
      "La mairie débloque 12 millions d'euros pour 400 000 usagers ; la hausse atteindra 4,5 % dès le 1er mars.",
      { lang: 'fr' },
    ).numbers.map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(["12 millions d'euros", '400 000 usagers', '4,5 %', '1er mars']));
  });
});
