import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '../../../src/core/figures/compute-key-figures';

// Passages written for these tests, in the style of wire reports; none is taken from a labelled page.
// Each holds one kind of span the panel listed as a person on real pages nobody labelled.
const people = (text: string, lang?: string) => computeKeyFigures(text, { lang }).people;
const names = (text: string, lang?: string) => people(text, lang).map((p) => p.name);
const roleOf = (text: string, name: string, lang?: string) => people(text, lang).find((p) => p.name === name)?.role ?? null;

describe('works are not people', () => {
  it('lists no film title, quoted or beside a film word, in English', () => {
    const text =
      'Disney said "Mary Poppins" would return to cinemas in May. The studio also re-released Star Wars, which director Rian Johnson said still drew crowds. Fans queued for the film Mary Poppins in London.';
    expect(names(text)).toEqual(['Rian Johnson']);
  });

  it('lists no title of a book or show in German, French, Spanish, Portuguese or Italian', () => {
    expect(names('Der Roman „Anna Karenina“ wurde neu übersetzt, sagte die Verlegerin Ulrike Brandt am Montag in Berlin.', 'de')).toEqual([
      'Ulrike Brandt',
    ]);
    expect(names("Le film « Jules et Jim » ressort en salles, a déclaré la directrice Hélène Faure lors d'une conférence.", 'fr')).toEqual([
      'Hélène Faure',
    ]);
    expect(
      names(
        'La serie «Isabel» vuelve a la televisión el lunes, dijo la productora Marta Gil en Madrid. Según la cadena, los capítulos se grabaron en Toledo.',
        'es',
      ),
    ).toEqual(['Marta Gil']);
    expect(names('O filme "Central do Brasil" volta aos cinemas, disse a produtora Ana Lopes em São Paulo.', 'pt')).toEqual(['Ana Lopes']);
    expect(
      names(
        'Il romanzo "Marcovaldo" torna in libreria, ha detto l\'editore Paolo Neri a Torino. Secondo la casa editrice, la tiratura è di diecimila copie.',
        'it',
      ),
    ).toEqual(['Paolo Neri']);
  });
});

describe('credits are not people', () => {
  it('lists no slash-joined photo credit, agency writers line or contributor line', () => {
    const text = [
      'The governor, Maria Lopez, signed the bill on Friday, her office said.',
      'Ken Walters/Reuters/Getty Images',
      'Lopez said the law would take effect in July.',
      '— Associated Press writers Dan Hobbs and Ella Reyes',
      'Contributing: Tom Price',
    ].join('\n\n');
    expect(names(text)).toEqual(['Maria Lopez']);
  });

  it('lists no agency that "said" as a person', () => {
    const text = 'Xinhua said the talks had ended. Interfax reported that minister Oleg Petrov would travel to Beijing, Xinhua said later.';
    expect(names(text)).toEqual(['Oleg Petrov']);
  });
});

describe('teams, clubs, hospitals, schools and firms are not people', () => {
  it('lists no club from a score line or a "v" fixture', () => {
    const text = [
      'Chelsea 2 Arsenal 1',
      'Chelsea beat Arsenal at Stamford Bridge on Sunday, and manager Enzo Maresca said his side deserved it.',
      'Preston v Millwall was postponed. Chelsea host Everton next week in the Premier League.',
    ].join('\n\n');
    expect(names(text)).toEqual(['Enzo Maresca']);
  });

  it('lists no hospital, school or firm named after a person', () => {
    const text =
      "The boy was taken to Great Ormond Street Hospital and later to St Mary Hospital. He attended John Lyon School. McDonald's and the John Lewis Partnership said they would donate, chief executive Sharon White said.";
    expect(names(text)).toEqual(['Sharon White']);
  });

  it('lists no hospital or school in German, French, Spanish, Portuguese and Italian', () => {
    expect(names('Der Patient liegt im Klinikum Rechts der Isar, sagte Oberarzt Jonas Keller.', 'de')).toEqual(['Jonas Keller']);
    expect(names("L'enfant a été transporté à l'hôpital Georges-Pompidou, a précisé le procureur Marc Leroy.", 'fr')).toEqual([
      'Marc Leroy',
    ]);
    expect(names('El herido fue trasladado al Hospital Gregorio Marañón, explicó el portavoz Javier Ruiz.', 'es')).toEqual(['Javier Ruiz']);
    expect(names('O ferido foi levado para o Hospital Santa Maria, disse o porta-voz Rui Costa.', 'pt')).toEqual(['Rui Costa']);
    expect(names("Il ferito è stato portato all'ospedale Niguarda, ha detto il sindaco Luca Bianchi.", 'it')).toEqual(['Luca Bianchi']);
  });
});

describe('teams and firms in every language read, and firms named after people', () => {
  it('lists the coach, not the clubs, of a result in German, French, Spanish, Portuguese and Italian', () => {
    const de = [
      'Bayern München 2:1 Borussia Dortmund',
      'Der FC Bayern hat das Spitzenspiel in der Bundesliga gewonnen. Trainer Vincent Kompany sagte nach dem Spiel, seine Mannschaft habe verdient gewonnen. Dortmund bleibt Zweiter.',
    ].join('\n\n');
    expect(people(de, 'de').map((p) => [p.name, p.role])).toEqual([['Vincent Kompany', 'Trainer']]);
    const fr =
      "Le Paris Saint-Germain a battu Lyon 3-1 dimanche en Ligue 1. L'entraîneur Luis Enrique a salué « un grand match ». Lyon reste cinquième du championnat.";
    expect(people(fr, 'fr').map((p) => [p.name, p.role])).toEqual([['Luis Enrique', 'entraîneur']]);
    const es =
      'El Real Madrid venció al Sevilla en LaLiga, y el entrenador Carlo Ancelotti dijo que el equipo jugó bien. Según Efe, el Sevilla presentará una queja ante la federación.';
    expect(names(es, 'es')).toEqual(['Carlo Ancelotti']);
    const pt =
      'O Benfica venceu o Porto por 2-1 na Liga, e o treinador Bruno Lage disse que a equipa mereceu. Segundo a Lusa, o Porto vai recorrer da decisão do árbitro.';
    expect(names(pt, 'pt')).toEqual(['Bruno Lage']);
    const it_ =
      "La Juventus ha battuto l'Inter 1-0 in Serie A. L'allenatore Thiago Motta ha detto che la squadra ha giocato bene. Lo riferisce l'Ansa, secondo cui l'Inter farà ricorso.";
    expect(people(it_, 'it').map((p) => [p.name, p.role])).toEqual([['Thiago Motta', 'allenatore']]);
  });

  it('lists no company named after its founder when its shares or stock are meant', () => {
    const text =
      "Shares of John Deere and Morgan Stanley rose, while Goldman Sachs stock fell, analyst Kim Forrest said. John Deere's shares have doubled since 2020.";
    expect(names(text)).toEqual(['Kim Forrest']);
  });

  it('lists no photographer of a slash-joined credit in German or English', () => {
    expect(
      names(
        [
          'Foto: Lena Vogt/dpa',
          'Die Ministerin Anna Berger hat am Montag in Berlin einen Plan vorgestellt. Berger sagte, das Geld reiche nicht.',
        ].join('\n\n'),
        'de',
      ),
    ).toEqual(['Anna Berger']);
    expect(
      names(
        'Photograph: Sarah Lee/The Guardian\n\nThe chancellor, Rachel Reeves, said the budget would raise £40bn. Reeves spoke in Leeds.',
      ),
    ).toEqual(['Rachel Reeves']);
  });
});

describe('players the name lexicon does not know', () => {
  it("reads a full name before a player's verb and a number as a player, not a team before one", () => {
    const text =
      'Tuukka Rask made 25 saves and Semyon Varlamov stopped 27 shots. Blue Jackets had 30 shots on goal, and Eastern Michigan rushed for 300 yards.';
    expect(names(text).sort()).toEqual(['Semyon Varlamov', 'Tuukka Rask']);
  });
});

describe('names kept whole, titles and places kept out', () => {
  it('keeps a hyphenated Korean name whole ("Kim Jong-un")', () => {
    const text = 'North Korean leader Kim Jong-un oversaw the launch, state media said. Kim Jong-un later met officials.';
    expect(names(text)).toEqual(['Kim Jong-un']);
  });

  it('keeps a name whose last part reads as a pronoun ("Liu He"), and reads "his sister" as a role', () => {
    const text =
      "Liu He, China's vice premier, said the deal was close. Liu spoke in Washington. Kim Yo Jong, his sister, issued a statement that was read on the radio.";
    expect(people(text).map((p) => [p.name, p.role])).toEqual([
      ['Liu He', "China's vice premier"],
      ['Kim Yo Jong', 'his sister'],
    ]);
  });

  it('takes a possessive place off the name ("Grass Valley\'s Dionicio Torres")', () => {
    const text = "Grass Valley's Dionicio Torres scored twice. Torres said the team had trained hard.";
    expect(names(text)).toEqual(['Dionicio Torres']);
  });

  it('moves an office before the name into the role ("Public Prosecution Eva-Marie Persson")', () => {
    const text = 'The head of Public Prosecution Eva-Marie Persson said charges would follow. Persson declined to name the suspects.';
    expect(names(text)).toEqual(['Eva-Marie Persson']);
  });

  it('takes what an office is of off the name, and keeps an elided "l\'ex" in the role ("l\'ex assessore alla Cultura Marta Serra")', () => {
    const text =
      "La procura di Torino ha chiesto il processo per l'ex assessore alla Cultura Marta Serra, accusata di abuso d'ufficio. Serra si è detta innocente.";
    expect(people(text, 'it').map((p) => [p.name, p.role])).toEqual([['Marta Serra', 'ex assessore alla Cultura']]);
  });

  it('keeps compound roles whole ("editor-in-chief", "press secretary", "physician")', () => {
    const text =
      "The magazine's editor-in-chief, Anna Wintour, said the issue sold out. White House press secretary Karine Jean-Pierre said the president was well, and physician Dr. Kevin O'Connor agreed.";
    expect(roleOf(text, 'Anna Wintour')).toMatch(/editor-in-chief/);
    expect(roleOf(text, 'Karine Jean-Pierre')).toMatch(/press secretary/);
    expect(roleOf(text, "Kevin O'Connor")).toMatch(/^physician$/);
  });
});

describe('languages the engine does not read', () => {
  it('says people are not detected for Russian, Japanese and Arabic stories, and still lists numbers', () => {
    const ru = 'Президент Владимир Путин заявил в среду, что 120 человек пострадали. Он сказал, что помощь прибудет через 3 дня.';
    const ja = '東京都の小池百合子知事は水曜日、120人が負傷したと述べた。支援は3日以内に届くという。';
    const ar = 'قال الرئيس عبد الفتاح السيسي يوم الأربعاء إن 120 شخصا أصيبوا، وإن المساعدات ستصل خلال 3 أيام.';
    for (const [text, lang] of [
      [ru, 'ru'],
      [ja, 'ja'],
      [ar, 'ar'],
      [ru, undefined],
      [ja, undefined],
    ] as const) {
      const found = computeKeyFigures(text, { lang });
      expect(found.peopleUnread, `${lang ?? 'undeclared'}: ${text.slice(0, 20)}`).toBeTruthy();
      expect(found.people).toEqual([]);
      expect(found.numbers.map((f) => f.text).join(' ')).toMatch(/120/);
    }
  });
});
