import { describe, expect, it } from 'vitest';
import { classifyInjectionError } from '../../src/popup/classify-injection-error';
import { describeOutcome } from '../../src/popup/describe-outcome';
import type { LoadOutcome } from '../../src/popup/load-article';

const t = (key: string, sub?: string | string[]) => (sub ? `${key}(${sub})` : key);
const tab = { id: 1, url: 'https://news.example/a', title: '', status: 'complete' as const };
const failure = (reason: 'not-article' | 'loading' | 'not-html' | 'error', message = ''): LoadOutcome => ({
  kind: 'result',
  tab,
  result: { ok: false, reason, message },
});

describe('describeOutcome', () => {
  it('offers "Show it anyway" on a page judged not an article, and names the action the reader used', () => {
    expect(describeOutcome(failure('not-article'), t)).toMatchObject({ state: 'not-article', body: 'notArticleBody', action: 'anyway' });
    expect(describeOutcome(failure('not-article'), t, 'menu')).toMatchObject({ body: 'notArticleBodyMenu', action: 'anyway' });
    expect(describeOutcome({ kind: 'tab-gone' }, t, 'menu')).toMatchObject({ body: 'tabClosedBodyMenu', action: null });
  });

  it('offers "Try again" only where trying again can work', () => {
    expect(describeOutcome(failure('loading'), t).action).toBe('retry');
    expect(describeOutcome(failure('error', 'timeout'), t)).toMatchObject({ body: 'errorBody(timeoutDetail)', action: 'retry' });
    expect(describeOutcome({ kind: 'restricted', tab, restricted: 'error-page' }, t).action).toBe('retry');
    // prettier-ignore
    for (const restricted of ['browser-page', 'web-store', 'pdf-viewer', 'view-source', 'file', 'empty', 'denied'] as const) {
      expect(describeOutcome({ kind: 'restricted', tab, restricted }, t).action, restricted).toBeNull();
    }
    expect(describeOutcome(failure('not-html'), t).action).toBeNull();
    expect(describeOutcome({ kind: 'tab-gone' }, t).action).toBeNull();
  });

  it("never shows the browser's raw refusal", () => {
    const said = describeOutcome({ kind: 'restricted', tab, restricted: 'denied', detail: 'Missing host permission for the tab' }, t);
    expect(said.body).toBe('restrictedDenied');
  });
});

describe('classifyInjectionError', () => {
  it("reads the kind of page out of both browsers' refusals", () => {
    expect(
      classifyInjectionError(
        'Cannot access contents of url "view-source:https://news.example/". Extension manifest must request permission to access this host.',
      ),
    ).toBe('view-source');
    expect(classifyInjectionError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(classifyInjectionError('The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(classifyInjectionError('Cannot access a chrome-extension:// URL of different extension')).toBe('extension-page');
    expect(classifyInjectionError('Cannot access contents of url "file:///home/a.html".')).toBe('file');
    expect(classifyInjectionError('Frame with ID 0 is showing error page')).toBe('error-page');
    expect(classifyInjectionError('Missing host permission for the tab')).toBe('denied');
    expect(classifyInjectionError('')).toBe('denied');
  });
});
