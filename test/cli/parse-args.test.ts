import { describe, expect, it } from 'vitest';
import { parseArgs, type CliOptions } from '../../src/cli/parse-args';

function options(argv: string[]): CliOptions {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

function error(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`expected ${argv.join(' ')} to fail`);
  return parsed.message;
}

describe('parseArgs', () => {
  it('defaults to text, no URL and no inputs (the bundled sample)', () => {
    expect(options([])).toEqual({ inputs: [], url: null, format: 'text', isArticle: false, explain: false, help: false, version: false });
  });

  it('keeps files in order, with "-" as standard input', () => {
    expect(options(['a.html', '-', 'b.html.gz']).inputs).toEqual(['a.html', '-', 'b.html.gz']);
  });

  it('reads --format and --url in both spellings, anywhere on the line', () => {
    expect(options(['a.html', '--format', 'json']).format).toBe('json');
    expect(options(['--format=markdown', 'a.html']).format).toBe('markdown');
    expect(options(['-f', 'html']).format).toBe('html');
    expect(options(['-f', 'md']).format).toBe('markdown');
    expect(options(['--url', 'https://a.example/x', 'a.html'])).toMatchObject({ url: 'https://a.example/x', inputs: ['a.html'] });
    expect(options(['--url=https://a.example/?q=a=b']).url).toBe('https://a.example/?q=a=b');
  });

  it('reads the flags', () => {
    expect(options(['--help']).help).toBe(true);
    expect(options(['-h']).help).toBe(true);
    expect(options(['--version']).version).toBe(true);
    expect(options(['-V']).version).toBe(true);
    expect(options(['--is-article', 'a.html'])).toMatchObject({ isArticle: true, inputs: ['a.html'] });
    expect(options(['a.html', '--explain'])).toMatchObject({ explain: true, inputs: ['a.html'] });
    expect(options(['a.html']).explain).toBe(false);
  });

  it('takes everything after -- as a file name', () => {
    expect(options(['--', '--odd-name.html', '-x']).inputs).toEqual(['--odd-name.html', '-x']);
  });

  it('explains each mistake', () => {
    expect(error(['--format', 'pdf'])).toBe('unknown format "pdf"; use one of: text, markdown, html, json');
    expect(error(['--format'])).toMatch(/--format needs one of/);
    expect(error(['--url'])).toMatch(/--url needs a URL/);
    expect(error(['--url', '--format', 'json'])).toMatch(/--url needs a URL/);
    expect(error(['--url', 'not a url'])).toBe('--url: "not a url" is not an absolute URL');
    expect(error(['--colour'])).toBe('unknown option --colour (see --help)');
    expect(error(['--help=yes'])).toBe('--help takes no value');
    expect(error(['-', '-'])).toMatch(/read only once/);
  });
});
