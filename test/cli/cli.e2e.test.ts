import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';
import { SHARED } from '../shared-path';

// The built command, as users run it: bin shim → dist/cli/article-cleaner.js.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/article-cleaner.js');
const SEED = `${SHARED}/fixtures/seed-site.html`;
const SEED_URL = 'https://worldaffairs.example/2022/04/20/us-secretary-of-defense-chinese-colleague/';
const [TITLE = '', ...PARAGRAPHS] = readFileSync(`${SHARED}/fixtures/seed-expected.txt`, 'utf8').trim().split(/\n\n/);
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

// Runs from a scratch directory, so nothing depends on the working directory being the repository.
const dir = mkdtempSync(join(tmpdir(), 'article-cleaner-e2e-'));

function run(args: string[], input?: Buffer | string, timeout = 60_000): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter(Boolean);
}

beforeAll(async () => {
  // Always rebuild: a stale dist/cli would test yesterday's code.
  await buildCli();
  writeFileSync(join(dir, 'seed.html.gz'), gzipSync(readFileSync(SEED)));
  writeFileSync(join(dir, 'pixel.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  writeFileSync(
    join(dir, 'menu.html'),
    '<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><p>Welcome.</p></body></html>',
  );
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('article-cleaner (built)', () => {
  it('cleans the bundled sample when given no file', () => {
    const { code, stdout, stderr } = run([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [title, meta, source, saved, blank] = stdout.split('\n');
    expect(title).toBe('The US Secretary of Defense speaks for the first time with the Chinese colleague');
    // The reader's own meta line, and the head of its "Copy as text".
    expect(meta).toMatch(/^World Affairs Daily · By Staff Writer · April 20, 2022 · \d+ min read$/);
    expect(source).toBe('Source: https://worldaffairs.example/2022/04/20/us-secretary-of-defense-chinese-colleague/');
    expect(saved).toMatch(/^Saved on \d{4}-\d{2}-\d{2}$/);
    expect(blank).toBe('');
  });

  it('reads the first 5 million characters of a longer page, and says so', () => {
    // The story, then 6 MB of comments below it (jsdom alone would need minutes for the whole).
    const seed = readFileSync(SEED, 'utf8');
    const comment =
      '<div class="comment"><p>I could not agree more with what was said in this piece about the talks.</p><a href="/reply">Reply</a></div>\n';
    const page = seed.replace('</body>', `${comment.repeat(Math.ceil(5_500_000 / comment.length))}</body>`);
    writeFileSync(join(dir, 'long.html'), page);
    // About 20 s on a loaded two-core machine, nearly all of it jsdom parsing and copying 5 MB.
    const { code, stdout, stderr } = run(['long.html', '--url', SEED_URL], undefined, 240_000);
    expect(stderr).toMatch(
      /^article-cleaner: long\.html: the page is 5\.\d million characters long; only its first 5 million were read\n$/,
    );
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(TITLE);
    expect(stdout).toContain(PARAGRAPHS.at(-1));
  }, 300_000);

  it('text: the seed page gives its title and exactly the expected paragraphs', () => {
    const { code, stdout } = run([SEED, '--url', SEED_URL]);
    expect(code).toBe(0);
    const [title, meta, source, saved, ...rest] = stdout.trimEnd().split('\n');
    expect(title).toBe(TITLE);
    expect(meta).toMatch(/ min read$/);
    expect(source).toBe(`Source: ${SEED_URL}`);
    expect(saved).toMatch(/^Saved on /);
    const [body, figures] = rest.join('\n').trim().split('\n\nKey figures\n\n');
    expect(body?.split(/\n\n/)).toEqual(PARAGRAPHS);
    // The key figures follow the article: people with their roles, then numbers.
    expect(figures).toMatch(/^People:\n {2}- Lloyd J\. Austin III, Secretary of Defense \(\d+ mentions\)/);
    expect(figures).toContain('  - Wang Yi, Chinese Foreign Minister');
    expect(figures).toMatch(/Numbers and dates:\n[\s\S]* {2}- about 45 minutes \(duration\)/);
  });

  it('json: one object per input per line, from a file, a gzipped file and standard input', () => {
    const { code, stdout, stderr } = run(['--format', 'json', SEED, 'seed.html.gz', '-'], readFileSync(SEED));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const objects = lines(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects.map((o) => o.file)).toEqual([SEED, 'seed.html.gz', '-']);
    for (const o of objects) {
      // prettier-ignore
      expect(Object.keys(o)).toEqual(['file', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'html', 'text', 'wordCount', 'url', 'keyFigures']);
      const figures = o.keyFigures as {
        people: Array<{ name: string; role: string | null; aliases: string[]; mentions: number; sentence: string }>;
        numbers: Array<{ text: string; kind: string; sentence: string }>;
      };
      expect(figures.people[0]).toMatchObject({ name: 'Lloyd J. Austin III', role: 'Secretary of Defense' });
      expect(figures.people[0]?.aliases).toContain('Austin');
      expect(figures.people).toHaveLength(11);
      expect(figures.numbers.map((n) => n.text)).toContain('August 6, 2020');
      for (const n of figures.numbers) expect(o.text as string).toContain(n.sentence);
      expect(o.title).toBe(TITLE);
      expect((o.text as string).split(/\n\n/)).toEqual(PARAGRAPHS);
    }
    // Without --url, links resolve against the input's own file:// URL.
    expect(objects[1]?.url).toBe(`file://${join(dir, 'seed.html.gz')}`);
  });

  it('reads gzipped standard input', () => {
    const { code, stdout } = run(['-'], gzipSync(readFileSync(SEED)));
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(TITLE);
  });

  it('a missing file among good ones: the others are still cleaned, the error names it, exit 1', () => {
    const { code, stdout, stderr } = run(['-f', 'json', SEED, 'nowhere.html', 'seed.html.gz']);
    expect(code).toBe(1);
    expect(lines(stdout).map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([SEED, 'seed.html.gz']);
    expect(stderr).toBe('article-cleaner: nowhere.html: no such file\n');
  });

  it('refuses a PNG before parsing it, and says what it is', () => {
    const { code, stdout, stderr } = run(['pixel.png']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('article-cleaner: pixel.png: this is a PNG image, not an HTML page\n');
  });

  it('reports an HTML page that is not an article', () => {
    const { code, stdout, stderr } = run(['menu.html', SEED]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^article-cleaner: menu\.html: not an article: /);
    expect(stdout.split('\n')[0]).toBe(TITLE);
  });

  it('markdown: heading, italic meta line, then the paragraphs', () => {
    const { code, stdout } = run([SEED, '--format=markdown']);
    expect(code).toBe(0);
    const blocks = stdout.trimEnd().split('\n\n');
    expect(blocks[0]).toBe(`# ${TITLE}`);
    expect(blocks[1]).toMatch(/^\*World Affairs Daily · By Staff Writer · .* min read\*$/);
    expect(blocks[2]).toMatch(/^Saved on /);
    expect(blocks[3]).toBe('---');
    const figuresAt = blocks.indexOf('## Key figures');
    expect(figuresAt).toBe(4 + PARAGRAPHS.length);
    expect(blocks.slice(figuresAt)).toContain('### People');
  });

  it('html: a standalone document with a charset and the title', () => {
    const { code, stdout } = run([SEED, '-f', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>\n<html lang="[^"]+">\n<head>\n<meta charset="utf-8">/);
    expect(stdout).toContain(`<title>${TITLE}</title>`);
    expect(stdout).not.toMatch(/<script/i);
  });

  it('--help, --version and usage errors', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: article-cleaner/) });
    expect(run(['--version'])).toEqual({ code: 0, stdout: `article-cleaner ${VERSION}\n`, stderr: '' });
    expect(run(['--format', 'pdf'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('unknown format "pdf"') });
  });

  it('--is-article: one JSON line per input with the decision; unreadable inputs on stderr', () => {
    const { code, stdout, stderr } = run(['--is-article', '--url', SEED_URL, SEED, 'menu.html', 'pixel.png']);
    expect(code).toBe(1);
    const answers = lines(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answers.map((a) => [a.file, a.isArticle])).toEqual([
      [SEED, true],
      ['menu.html', false],
    ]);
    for (const a of answers) expect(Object.keys(a)).toEqual(['file', 'isArticle', 'stage', 'reason']);
    expect(stderr).toBe('article-cleaner: pixel.png: this is a PNG image, not an HTML page\n');
  });

  it("--is-article without --url uses the page's canonical address, or says that a file:// one cannot count", () => {
    writeFileSync(
      join(dir, 'canonical.html'),
      readFileSync(SEED, 'utf8').replace('<head>', `<head><link rel="canonical" href="${SEED_URL}">`),
    );
    const withCanonical = run(['--is-article', 'canonical.html']);
    expect(JSON.parse(withCanonical.stdout)).toMatchObject({ file: 'canonical.html', isArticle: true });
    const without = run(['--is-article', SEED]);
    expect(without.code).toBe(0);
    expect(JSON.parse(without.stdout)).toMatchObject({ isArticle: false, reason: 'url:scheme' });
    expect(without.stderr).toMatch(/--url/);
  });

  it('the bin shim says how to build when dist/cli is missing', () => {
    const fake = join(dir, 'fake-package');
    mkdirSync(join(fake, 'bin'), { recursive: true });
    copyFileSync(BIN, join(fake, 'bin/article-cleaner.js'));
    const r = spawnSync(process.execPath, [join(fake, 'bin/article-cleaner.js')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/run npm run build:cli first/);
  });
});

describe('article-cleaner (built) prints no terminal controls from the page', () => {
  // Each is what a page could put in its title and text: clipboard write, forged link, screen clear and
  // cursor home, a lone ESC, carriage return and backspace overprinting, BEL, and their C1 forms.
  const ESC = '\u001b';
  const CONTROLS = [
    `${ESC}]52;c;ZWNobyBwd25lZA==\u0007`,
    `${ESC}]8;;https://evil.example/${ESC}\\forged${ESC}]8;;${ESC}\\`,
    `${ESC}[2J${ESC}[H`,
    `${ESC}`,
    '\r',
    '\b\b\b',
    '\u0007',
    '\u009b2J',
    '\u009d52;c;ZWNobyBwd25lZA==\u009c',
    '\u0085',
    '\u007f',
  ];
  const dirty = (s: string) => CONTROLS.map((c, i) => `${s}${i}${c}`).join(' ');
  const page = readFileSync(SEED, 'utf8')
    .replace(/<title>[^<]*<\/title>/, `<title>${dirty('Title')}</title>`)
    .replace(/(<h1 class="entry-title">)([^<]*)/, `$1$2 ${dirty('Head')}`)
    .replace(/<p>Secretary of Defense/, `<p>${dirty('Body')} Secretary of Defense`);
  // Anything a terminal could take as the start of a control: C0 but tab and newline, DEL, C1.
  // eslint-disable-next-line no-control-regex
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it.each(['text', 'markdown', 'html', 'json'])('--format %s', (format) => {
    writeFileSync(join(dir, 'controls.html'), page);
    const { code, stdout, stderr } = run(['controls.html', '--url', SEED_URL, '--format', format]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Body0');
    expect(stdout).toContain('Body10');
    expect(stdout).not.toMatch(UNSAFE);
    if (format === 'json') {
      // JSON keeps the page's data (C0 as JSON's own escapes, C1 as \u escapes): parsed back, nothing is lost.
      const parsed = JSON.parse(stdout) as { text: string };
      expect(parsed.text).toContain('\u009b2J');
    }
  });

  it('nor in a file name it reports', () => {
    const name = `bad${ESC}]52;c;eA==\u0007${ESC}[2J\u009bname.html`;
    writeFileSync(join(dir, name), '<p>x</p>');
    const { stderr, stdout } = run([name, '--url', SEED_URL]);
    expect(stderr).toContain('article-cleaner: bad');
    expect(stderr + stdout).not.toMatch(UNSAFE);
  });
});
