import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../src/core/meta/clean-byline';

const plain = (name: string, agency: string | null = null) => ({ name, labelled: false, agency });
const labelled = (name: string) => ({ name, labelled: true, agency: null });

describe('cleanByline: what was wrong', () => {
  it('takes a leading "By" off, so it is never doubled', () => {
    expect(cleanByline('By Jane Doe', 'en')).toEqual(plain('Jane Doe'));
    expect(cleanByline('by  Jane Doe ', 'en')).toEqual(plain('Jane Doe'));
    expect(cleanByline('BY JANE DOE', 'en')).toEqual(plain('JANE DOE'));
    expect(cleanByline('Von Max Mustermann', 'de')).toEqual(plain('Max Mustermann'));
  });

  it('keeps a byline that names its own role as written ("Analysis by", "Текст:", "Photo:")', () => {
    expect(cleanByline('Analysis by Stephen Collinson, CNN', 'en')).toEqual(labelled('Analysis by Stephen Collinson, CNN'));
    expect(cleanByline('Reporting by Ann Writer; Editing by Bo Chen', 'en')).toEqual(
      labelled('Reporting by Ann Writer; Editing by Bo Chen'),
    );
    expect(cleanByline('Ein Kommentar von Max Mustermann', 'de')).toEqual(labelled('Ein Kommentar von Max Mustermann'));
    expect(cleanByline('Текст: Иван Петров', 'ru')).toEqual(labelled('Текст: Иван Петров'));
    expect(cleanByline('Текст: Иван Петров; Фото: Анна Смирнова', 'ru')).toEqual(labelled('Текст: Иван Петров; Фото: Анна Смирнова'));
    expect(cleanByline('إعداد: محمد علي', 'ar')).toEqual(labelled('إعداد: محمد علي'));
  });

  it('drops a byline that only credits a photo: it is not the author', () => {
    expect(cleanByline('Photo: Getty Images', 'en')).toBeNull();
    expect(cleanByline('Photos by Jane Doe', 'en')).toBeNull();
    expect(cleanByline('Foto: dpa', 'de')).toBeNull();
    expect(cleanByline('Фото: ТАСС', 'ru')).toBeNull();
    expect(cleanByline('تصوير: أحمد حسن', 'ar')).toBeNull();
  });

  it('splits a date or time glued to the name', () => {
    expect(cleanByline('by Jane DoeMonday, November 18, 2019', 'en')).toEqual(plain('Jane Doe'));
    expect(cleanByline('By JANE DOEMonday, November 18, 2019 10:45 a.m. ET', 'en')).toEqual(plain('JANE DOE'));
    expect(cleanByline('Jane Doe | Updated 10:45 AM EST', 'en')).toEqual(plain('Jane Doe'));
    expect(cleanByline('Jane Doe2019-11-18', 'en')).toEqual(plain('Jane Doe'));
    expect(cleanByline('Max MustermannMontag, 18. November 2019, 10:45 Uhr', 'de')).toEqual(plain('Max Mustermann'));
    expect(cleanByline('Von Max Mustermann18.11.2019', 'de')).toEqual(plain('Max Mustermann'));
    expect(cleanByline('Иван Петров18 ноября 2019, 10:45', 'ru')).toEqual(plain('Иван Петров'));
    expect(cleanByline('محمد علي18 نوفمبر 2019', 'ar')).toEqual(plain('محمد علي'));
    expect(cleanByline('محمد علي الاثنين 18 نوفمبر 2019', 'ar')).toEqual(plain('محمد علي'));
    expect(cleanByline('By Ana Ruiz · 2 hours ago', 'en')).toEqual(plain('Ana Ruiz'));
    expect(cleanByline('By Jonas Berg · Yesterday', 'en')).toEqual(plain('Jonas Berg'));
    expect(cleanByline('Von Lea Hofmann, vor 3 Stunden', 'de')).toEqual(plain('Lea Hofmann'));
    expect(cleanByline('Иван Петров, 5 минут назад', 'ru')).toEqual(plain('Иван Петров'));
    expect(cleanByline('محمد علي منذ ساعتين', 'ar')).toEqual(plain('محمد علي'));
  });

  it('splits a news agency glued to the name', () => {
    expect(cleanByline('By JOHN TUCKERAssociated Press', 'en')).toEqual(plain('JOHN TUCKER', 'Associated Press'));
    expect(cleanByline('Jane Doe, Reuters', 'en')).toEqual(plain('Jane Doe', 'Reuters'));
    expect(cleanByline('Иван ПетровРИА Новости', 'ru')).toEqual(plain('Иван Петров', 'РИА Новости'));
    expect(cleanByline('محمد علي رويترز', 'ar')).toEqual(plain('محمد علي', 'رويترز'));
    expect(cleanByline('Max MustermannDeutsche Presse-Agentur', 'de')).toEqual(plain('Max Mustermann', 'Deutsche Presse-Agentur'));
  });
});

describe('cleanByline: correct bylines it must not break', () => {
  it('leaves plain names alone, whatever the language', () => {
    expect(cleanByline('Jane Doe', 'en')).toEqual(plain('Jane Doe'));
    expect(cleanByline('Jane Doe and John Smith', 'en')).toEqual(plain('Jane Doe and John Smith'));
    expect(cleanByline('Max Mustermann', 'de')).toEqual(plain('Max Mustermann'));
    expect(cleanByline('Иван Петров', 'ru')).toEqual(plain('Иван Петров'));
    expect(cleanByline('محمد علي', 'ar')).toEqual(plain('محمد علي'));
  });

  it('keeps names that contain month or weekday words, and names written in camel case', () => {
    expect(cleanByline('April Ryan', 'en')).toEqual(plain('April Ryan'));
    expect(cleanByline('May Smith', 'en')).toEqual(plain('May Smith'));
    expect(cleanByline('Augustin Martin', 'en')).toEqual(plain('Augustin Martin'));
    expect(cleanByline('Ronald McDonald', 'en')).toEqual(plain('Ronald McDonald'));
    expect(cleanByline('DeShawn Marchmont', 'en')).toEqual(plain('DeShawn Marchmont'));
    expect(cleanByline('Mai Thi Nguyen-Kim', 'de')).toEqual(plain('Mai Thi Nguyen-Kim'));
    expect(cleanByline('Мая Плисецкая', 'ru')).toEqual(plain('Мая Плисецкая'));
  });

  it('keeps an agency that is the whole byline, and a name that only begins with a by-word of another language', () => {
    expect(cleanByline('Associated Press', 'en')).toEqual(plain('Associated Press'));
    expect(cleanByline('By Reuters', 'en')).toEqual(plain('Reuters'));
    expect(cleanByline('Von Miller', 'en')).toEqual(plain('Von Miller'));
    expect(cleanByline('Von Max Mustermann', null)).toEqual(labelled('Von Max Mustermann'));
  });

  it('gives nothing for an empty byline', () => {
    expect(cleanByline('', 'en')).toBeNull();
    expect(cleanByline('  ·  ', 'en')).toBeNull();
    expect(cleanByline(null, 'en')).toBeNull();
  });
});
