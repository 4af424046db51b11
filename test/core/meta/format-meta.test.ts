import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { englishMessage } from '../../../src/core/i18n/english-message';
import { formatMeta } from '../../../src/core/meta/format-meta';

const now = new Date('2024-05-02T12:00:00Z');
// The English interface's messages; the article's language, not the interface's, decides the by-word.
const messages: Record<string, string> = { byline: 'By $1', minutesRead: '$1 min read' };
const t = (key: string, sub?: string | string[]) => (messages[key] ?? key).replace('$1', String(sub ?? ''));
const base: Article = {
  title: 'A story',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  html: '<p>x</p>',
  text: 'x',
  wordCount: 0,
  url: 'https://news.example/2024/05/01/a-story/',
};
const line = (a: Partial<Article>, locale = 'en') => formatMeta({ ...base, ...a }, t, locale, now).join(' · ');
// The CLI's line: the same function with the bundled English catalogue.
const cli = (a: Partial<Article>) => formatMeta({ ...base, ...a }, englishMessage, 'en-US', now).join(' · ');

describe('the meta line: English', () => {
  it('fixes what was wrong', () => {
    expect(line({ siteName: 'The Daily', publishedTime: '0001-01-01T00:00:00Z' })).toBe('The Daily');
    expect(line({ publishedTime: 'January 1, 1' })).toBe('');
    expect(line({ byline: 'Analysis by Stephen Collinson' })).toBe('Analysis by Stephen Collinson');
    expect(line({ byline: 'By Jane Doe' })).toBe('By Jane Doe');
    expect(line({ byline: 'by Jane DoeMonday, November 18, 2019' })).toBe('By Jane Doe');
    expect(line({ byline: 'By JOHN TUCKERAssociated Press' })).toBe('By JOHN TUCKER · Associated Press');
    expect(line({ byline: 'Photo: Getty Images', siteName: 'The Daily' })).toBe('The Daily');
    expect(line({ siteName: 'Autoracing | F1 | Indy | NASCAR', url: 'https://www.speed.example/a' })).toBe('speed.example');
    expect(line({ siteName: 'Blogger', url: 'https://garden.blogspot.com/a' })).toBe('garden.blogspot.com');
    expect(line({ siteName: 'Hosted', url: 'https://news.example/a' })).toBe('news.example');
    expect(cli({ byline: 'By Jane Doe', publishedTime: '0001-01-01T00:00:00' })).toBe('By Jane Doe');
    expect(cli({ byline: 'By JOHN TUCKERAssociated Press', siteName: 'Hosted' })).toBe('news.example · By JOHN TUCKER · Associated Press');
  });

  it('keeps what was right', () => {
    expect(line({ siteName: 'The Daily', byline: 'Ann Writer', publishedTime: '2022-04-20T10:00:00Z', wordCount: 700 })).toBe(
      'The Daily · By Ann Writer · April 20, 2022 · 3 min read',
    );
    expect(line({ siteName: 'The Daily', byline: 'The Daily' })).toBe('The Daily');
    expect(line({ byline: 'Jane Doe', lang: null })).toBe('By Jane Doe');
    expect(cli({ siteName: 'The Daily', byline: 'Ann Writer', publishedTime: '2022-04-20T23:42:00-05:00', wordCount: 700 })).toBe(
      'The Daily · By Ann Writer · April 20, 2022 · 3 min read',
    );
    expect(cli({ siteName: 'The Daily', byline: 'The Daily', publishedTime: 'April 20, 2022' })).toBe('The Daily · April 20, 2022');
  });
});

describe('the meta line: German', () => {
  it('fixes what was wrong', () => {
    expect(line({ lang: 'de', byline: 'Von Max Mustermann' }, 'de')).toBe('Von Max Mustermann');
    expect(line({ lang: 'de', byline: 'By Max Mustermann' }, 'de')).toBe('Von Max Mustermann');
    expect(line({ lang: 'de', byline: 'Max MustermannMontag, 18. November 2019, 10:45 Uhr' }, 'de')).toBe('Von Max Mustermann');
    expect(line({ lang: 'de', siteName: 'Startseite', url: 'https://stadt.example/a', publishedTime: '2099-01-01' }, 'de')).toBe(
      'stadt.example',
    );
  });

  it('keeps what was right', () => {
    expect(line({ lang: 'de', siteName: 'Stadtanzeiger', byline: 'Max Mustermann', publishedTime: '2022-04-20T10:00:00Z' }, 'de')).toBe(
      'Stadtanzeiger · Von Max Mustermann · 20. April 2022',
    );
    expect(line({ lang: 'de', byline: 'Ein Kommentar von Max Mustermann' }, 'de')).toBe('Ein Kommentar von Max Mustermann');
  });
});

describe('the meta line: Russian', () => {
  it('fixes what was wrong: no English "By", no label after a by-word, no glued date', () => {
    expect(line({ lang: 'ru', byline: 'Иван Петров' }, 'ru')).toBe('Иван Петров');
    expect(line({ lang: 'ru', byline: 'Текст: Иван Петров' }, 'ru')).toBe('Текст: Иван Петров');
    expect(line({ lang: 'ru', byline: 'Иван Петров18 ноября 2019, 10:45' }, 'ru')).toBe('Иван Петров');
    expect(line({ lang: 'ru', byline: 'Иван ПетровРИА Новости' }, 'ru')).toBe('Иван Петров · РИА Новости');
  });

  it('keeps what was right', () => {
    expect(line({ lang: 'ru', siteName: 'Новая газета', byline: 'Иван Петров', publishedTime: '2022-04-20T10:00:00Z' }, 'ru')).toBe(
      'Новая газета · Иван Петров · 20 апреля 2022 г.',
    );
  });
});

describe('the meta line: Arabic', () => {
  it('fixes what was wrong: no English "By", no glued date, no placeholder site', () => {
    expect(line({ lang: 'ar', byline: 'محمد علي' }, 'ar')).toBe('محمد علي');
    expect(line({ lang: 'ar', byline: 'By محمد علي' }, 'ar')).toBe('محمد علي');
    expect(line({ lang: 'ar', byline: 'محمد علي18 نوفمبر 2019' }, 'ar')).toBe('محمد علي');
    expect(line({ lang: 'ar', siteName: 'الرئيسية', url: 'https://nahr.example/a' }, 'ar')).toBe('nahr.example');
  });

  it('keeps what was right', () => {
    expect(line({ lang: 'ar', siteName: 'صحيفة النهر', byline: 'إعداد: محمد علي' }, 'ar')).toBe('صحيفة النهر · إعداد: محمد علي');
  });
});
