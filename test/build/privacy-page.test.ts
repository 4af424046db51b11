import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { privacyPage } from '../../src/build/privacy-page';
import { ROOT } from '../browser/harness/test-extension';
import { ensureBuilt, TARGETS } from '../security/built-extension';

describe('the privacy policy', () => {
  const policy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');

  it('says what is processed on the device, that settings and sites travel through the browser sync, and that nothing is sent', () => {
    expect(policy).toMatch(/on your device/);
    expect(policy).toMatch(/storage\.sync/);
    expect(policy).toMatch(/sites you chose/);
    expect(policy).toMatch(/No network requests of its own/);
    expect(policy).toMatch(/sends nothing/);
  });

  it('is linked from the README and the options page', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(PRIVACY.md)');
    expect(readFileSync(join(ROOT, 'src/options/options.html'), 'utf8')).toContain('href="../privacy.html"');
  });

  it('becomes an escaped page with headings, paragraphs and lists', () => {
    const html = privacyPage('# Title <x>\n\nSome **bold** and `code`\nwrapped.\n\n- one\n  more\n- two *em*');
    expect(html).toContain('<title>Title &lt;x&gt;</title>');
    expect(html).toContain('<h1>Title &lt;x&gt;</h1>');
    expect(html).toContain('<p>Some <strong>bold</strong> and <code>code</code> wrapped.</p>');
    expect(html).toContain('<li>one more</li>\n<li>two <em>em</em></li>');
    expect(html).not.toMatch(/<script|<style|style=/);
  });

  describe.each(TARGETS)('in dist/%s', (target) => {
    beforeAll(() => ensureBuilt(), 180_000);
    it('ships as privacy.html, the same text as PRIVACY.md', () => {
      expect(readFileSync(join(ROOT, 'dist', target, 'privacy.html'), 'utf8')).toBe(privacyPage(policy));
    });
  });
});
