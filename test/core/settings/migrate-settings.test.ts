import { describe, expect, it } from 'vitest';
import { VOICE_LIMITS, DEFAULTS } from '../../../src/core/settings/defaults';
import { MIGRATIONS, migrateSettings } from '../../../src/core/settings/migrate-settings';
import { repairSettings } from '../../../src/core/settings/repair-settings';

const load = (stored: unknown) => repairSettings(migrateSettings(stored));

describe('migrateSettings', () => {
  it('has one step per version below the current one', () => {
    expect(MIGRATIONS).toHaveLength(DEFAULTS.version);
  });

  it('brings the unversioned v0 shape up to the current settings', () => {
    const v0 = {
      darkMode: true,
      fontFamily: 'sans-serif',
      textSize: '22px',
      wideText: true,
      autoSites: 'example.com, News.example.org ,',
      hideImages: true,
    };
    expect(load(v0)).toEqual({
      ...DEFAULTS,
      theme: 'dark',
      font: 'sans',
      fontSize: 22,
      lineWidth: 44,
      hideImages: true,
      autoSites: ['example.com', 'news.example.org'],
    });
  });

  it('drops the old names once they are converted', () => {
    const migrated = migrateSettings({ darkMode: false, textSize: '18px' }) as Record<string, unknown>;
    expect(migrated).toMatchObject({ theme: 'light', fontSize: 18, version: DEFAULTS.version });
    expect(migrated).not.toHaveProperty('darkMode');
    expect(migrated).not.toHaveProperty('textSize');
  });

  it('prefers a new-style value stored beside an old one', () => {
    expect(load({ darkMode: true, theme: 'sepia' }).theme).toBe('sepia');
  });

  it('repairs what a step cannot convert, keeping the rest', () => {
    expect(load({ darkMode: 'yes', fontFamily: 'cursive', textSize: 'huge', lineHeight: 1.8 })).toEqual({ ...DEFAULTS, lineHeight: 1.8 });
  });

  it('leaves current data alone', () => {
    const current = { ...DEFAULTS, theme: 'dark', fontSize: 24 };
    expect(migrateSettings(current)).toEqual(current);
    expect(load(current)).toEqual(current);
  });

  it('keeps what it understands from a newer version (a downgrade or a newer synced copy)', () => {
    const future = { version: DEFAULTS.version + 3, theme: 'sepia', someNewThing: { a: 1 } };
    expect(migrateSettings(future)).toEqual(future);
    expect(load(future)).toEqual({ ...DEFAULTS, theme: 'sepia' });
  });

  it('passes nonsense through to repair, which returns the defaults', () => {
    for (const junk of [undefined, null, 42, 'settings', [1, 2], { version: -1 }, { version: 'two' }]) {
      expect(load(junk)).toEqual(DEFAULTS);
    }
  });
});

describe('repairSettings', () => {
  it('fixes each malformed field on its own', () => {
    const repaired = repairSettings({
      theme: 'neon',
      font: 'dyslexic',
      fontSize: 99,
      lineWidth: '40',
      lineHeight: 1.4,
      hideImages: 'no',
      speechRate: 1.5,
      autoSites: ['https://Example.com/path', 7, 'not a host!'],
    });
    expect(repaired).toEqual({ ...DEFAULTS, font: 'dyslexic', lineHeight: 1.4, speechRate: 1.5, autoSites: ['example.com'] });
  });

  it('rejects speeds outside what speech synthesis accepts well', () => {
    expect(repairSettings({ speechRate: 10 }).speechRate).toBe(DEFAULTS.speechRate);
    expect(repairSettings({ speechRate: Number.NaN }).speechRate).toBe(DEFAULTS.speechRate);
  });

  it('keeps the voice remembered per language, and drops what is not a language and a voice', () => {
    const speechVoices = {
      en: 'Google UK English Female',
      DE: 'urn:moz-tts:speechd:German?de',
      'fr-FR': 'Thomas',
      ...(JSON.parse('{"__proto__": "x"}') as object),
      es: 42,
      it: '',
      pt: 'x'.repeat(161),
    };
    expect(repairSettings({ speechVoices }).speechVoices).toEqual({ en: 'Google UK English Female', de: 'urn:moz-tts:speechd:German?de' });
    expect(repairSettings({ speechVoices: ['en'] }).speechVoices).toEqual({});
    expect(repairSettings({ speechVoices: 'Daniel' }).speechVoices).toEqual({});
    expect(repairSettings({}).speechVoices).toEqual({});
    // Bounded, so a corrupted map cannot fill the one synced settings item.
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26)), `voice ${i}`]),
    );
    expect(Object.keys(repairSettings({ speechVoices: many }).speechVoices)).toHaveLength(VOICE_LIMITS.languages);
  });
});

describe('the v2 typography settings', () => {
  it('a v1 copy keeps all it had and gets the new defaults', () => {
    const v1 = { version: 1, theme: 'dark', fontSize: 22, lineHeight: 1.8, hideImages: true, speechRate: 1.5 };
    expect(load(v1)).toEqual({ ...DEFAULTS, theme: 'dark', fontSize: 22, lineHeight: 1.8, hideImages: true, speechRate: 1.5 });
    expect(migrateSettings(v1)).toMatchObject({ version: 2 });
  });

  it('keeps valid spacing, alignment, themes and colours (colours in lower case)', () => {
    const stored = {
      version: 2,
      theme: 'custom',
      letterSpacing: 0.05,
      wordSpacing: 0.2,
      textAlign: 'justify',
      customText: '#FFEEDD',
      customBackground: '#101010',
      customLink: '#a0c0ff',
    };
    expect(load(stored)).toEqual({ ...DEFAULTS, ...stored, customText: '#ffeedd' });
    expect(load({ theme: 'contrast' }).theme).toBe('contrast');
  });

  it('refuses out-of-range spacing and unknown alignment', () => {
    const repaired = repairSettings({ letterSpacing: 0.5, wordSpacing: -0.1, textAlign: 'center' });
    expect(repaired).toMatchObject({ letterSpacing: 0, wordSpacing: 0, textAlign: 'start' });
    expect(repairSettings({ letterSpacing: Number.NaN, wordSpacing: '0.1' })).toMatchObject({ letterSpacing: 0, wordSpacing: 0 });
  });

  it('never lets a stored colour carry CSS: only #rrggbb survives', () => {
    const hostile = [
      'red',
      '#fff',
      '#000000;background:url(https://evil.example/x)',
      'var(--x)',
      '#12345',
      ' #123456',
      '#123456 ',
      'expression(alert(1))',
      '#1234567',
      { toString: () => '#000000' },
      ['#000000'],
      null,
      12,
    ];
    for (const value of hostile) {
      const repaired = repairSettings({ customText: value, customBackground: value, customLink: value });
      expect(repaired.customText, String(value)).toBe(DEFAULTS.customText);
      expect(repaired.customBackground).toBe(DEFAULTS.customBackground);
      expect(repaired.customLink).toBe(DEFAULTS.customLink);
    }
  });
});

describe('forgetting reading positions with the history', () => {
  it('is off by default and for a copy from before it existed, kept when stored, repaired when not a boolean', () => {
    expect(DEFAULTS.forgetPositionsWithHistory).toBe(false);
    expect(load({ version: 2, theme: 'dark' }).forgetPositionsWithHistory).toBe(false);
    expect(load({ version: 2, forgetPositionsWithHistory: true }).forgetPositionsWithHistory).toBe(true);
    expect(load({ version: 0, forgetPositionsWithHistory: true }).forgetPositionsWithHistory).toBe(true);
    for (const junk of ['yes', 1, null, {}])
      expect(repairSettings({ forgetPositionsWithHistory: junk }).forgetPositionsWithHistory).toBe(false);
  });
});
