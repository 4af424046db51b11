import { describe, expect, it } from 'vitest';
import { isCredit, isDateline } from '../../../src/core/clean/match-dateline';

describe('isDateline', () => {
  it.each([
    'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM',
    'Published 1 day ago',
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'November 20, 2019 / 1:07 AM / CBS News',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'Updated at 1:23 p.m.',
    'Publié le 3 mars 2024 à 10 h 12',
    'Aktualisiert am 12.03.2024, 14:05 Uhr',
    'Publicado el 4 de mayo de 2024, 10:30',
  ])('takes %s', (t) => expect(isDateline(t)).toBe(true));

  it.each([
    'March 3, 2019: 45 votes',
    'On May 4 the council met at 10 am.',
    'By 2030 the city will have 40 buses.',
    'The vote was 27 to 14 on Tuesday.',
    'Rockledge 14 11 6 15 — 44',
    'Palm Bay d. Rockledge 70-44',
  ])('leaves the story line %s', (t) => expect(isDateline(t)).toBe(false));
});

describe('isCredit', () => {
  // prettier-ignore
  it.each(['Alex Wong | Getty Images', '(Image: © NASA)', 'Image copyright Getty Images', 'Photo: Ann Lee, AP', '© Aaron Schwartz', 'Foto: dpa'])('takes %s', (t) => expect(isCredit(t)).toBe(true));
  it.each(['Photos of the flood are online.', 'Image of the year', 'The Doobie Brothers perform at the Beacon.'])('leaves %s', (t) =>
    expect(isCredit(t)).toBe(false),
  );
});
