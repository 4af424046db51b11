/**
 * The options page: every reading setting, with a sample article that
 * restyles as the controls move. The page itself wears the chosen theme, so
 * the preview shows exactly what the reader will. Changes save on their own
 * (no Save button) and reach every open reader at once.
 */
import { DEFAULTS, type Settings } from '../core/settings/defaults';
import { message, uiLanguage } from '../platform/browser-api';
import { connectReaderSettings } from '../reader/connect-reader-settings';
import { h } from '../reader/h';
import { renderSettingsForm } from '../reader/render-settings-form';
import { renderAutoSites } from './auto-sites';
import { renderSiteRules } from './site-rules-list';
import { saveErrorText } from '../popup/save-error-text';
import { loadDyslexicFont } from '../reader/load-page-font';
import { renderPositionSettings } from './render-position-settings';

const t = (key: string, sub?: string | string[]) => message(key, sub);

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n ?? '');
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-label]')))
  el.setAttribute('aria-label', t(el.dataset.i18nLabel ?? ''));

const saved = document.getElementById('saved') as HTMLElement;
let savedTimer: ReturnType<typeof setTimeout> | undefined;

async function start(): Promise<void> {
  const settings = await connectReaderSettings(document.documentElement);
  // The font chooser shows each face in itself, and the preview any of them: the faces are needed here at once.
  loadDyslexicFont();
  let failedAt = 0;
  settings.onSaveError((error) => {
    failedAt = Date.now();
    clearTimeout(savedTimer);
    saved.dataset.state = 'error';
    saved.textContent = saveErrorText(error, t);
  });
  const change = (c: Partial<Settings>) => {
    settings.change(c);
    const started = Date.now();
    clearTimeout(savedTimer);
    // "Saved" only for a change no save error came after; an error stays until the next change.
    savedTimer = setTimeout(() => {
      if (failedAt > started) return;
      saved.dataset.state = 'saved';
      saved.textContent = t('optionsSaved');
      setTimeout(() => {
        if (saved.dataset.state === 'saved') saved.textContent = '';
      }, 2400);
    }, 600);
  };
  const reading = renderSettingsForm(settings.current(), t, change, {
    idPrefix: 'opt',
    fields: ['theme', 'font', 'fontSize', 'lineWidth', 'lineHeight', 'hideImages', 'moreText', 'colors'],
  });
  const listening = renderSettingsForm(settings.current(), t, change, { idPrefix: 'opt', fields: ['speechRate'] });
  document.getElementById('reading-form')?.replaceChildren(reading.element);
  document.getElementById('listening-form')?.replaceChildren(listening.element);
  settings.subscribe((s) => {
    reading.update(s);
    listening.update(s);
  });
  document.getElementById('reset')?.addEventListener('click', () => {
    // Only the look and the voice: the automatic reader's site lists are not the reader's typography.
    const { theme, font, fontSize, lineWidth, lineHeight, hideImages, speechRate, speechVoices } = DEFAULTS;
    const { letterSpacing, wordSpacing, textAlign, customText, customBackground, customLink } = DEFAULTS;
    change({ theme, font, fontSize, lineWidth, lineHeight, hideImages, speechRate, speechVoices });
    change({ letterSpacing, wordSpacing, textAlign, customText, customBackground, customLink });
  });
  document.getElementById('preview')?.replaceChildren(renderPreview());
  const positions = document.getElementById('positions');
  if (positions)
    await renderPositionSettings(positions, t, {
      current: () => settings.current().forgetPositionsWithHistory,
      change: (on) => change({ forgetPositionsWithHistory: on }),
    });
  const autoSites = document.getElementById('auto-sites');
  if (autoSites) await renderAutoSites(autoSites);
  const siteRules = document.getElementById('site-rules');
  if (siteRules) await renderSiteRules(siteRules, t);
  document.body.dataset.ready = 'true';
}

/** A short article in the reader's own markup, so reader.css styles it exactly as a real one. */
function renderPreview(): HTMLElement {
  return h(
    'article',
    { class: 'reader', lang: uiLanguage() },
    h(
      'header',
      { class: 'reader-title-block' },
      h('h1', { class: 'reader-title' }, t('previewTitle')),
      h('p', { class: 'reader-meta' }, t('previewMeta')),
    ),
    h(
      'div',
      { class: 'reader-body' },
      h('p', {}, t('previewText')),
      h('figure', {}, h('img', { src: '/icons/icon-128.png', alt: '', width: 96, height: 96 })),
    ),
  );
}

void start();
