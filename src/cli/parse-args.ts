/** Output formats; text is the default because it is what a terminal reader wants. */
export const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  /** File paths, "-" for standard input; empty means the bundled sample article. */
  inputs: string[];
  url: string | null;
  format: Format;
  isArticle: boolean;
  /** Print, on standard error, what each cleaning pass removed and why. */
  explain: boolean;
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

/**
 * The command line, parsed by hand rather than with util.parseArgs so that
 * every mistake gets a message in our words and "-" stays a file name.
 * Accepts "--flag value", "--flag=value", "-f value" and "--" before file
 * names that start with a dash.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { inputs: [], url: null, format: 'text', isArticle: false, explain: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      if (arg === '-' && options.inputs.includes('-')) return fail('"-" (standard input) can be read only once');
      options.inputs.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string | null => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return null;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-V':
      case '--version':
        options.version = true;
        break;
      case '--is-article':
        options.isArticle = true;
        break;
      case '--explain':
        options.explain = true;
        break;
      case '-u':
      case '--url': {
        const url = value();
        if (url === null) return fail(`${name} needs a URL, e.g. ${name} https://example.com/story`);
        if (!URL.canParse(url)) return fail(`${name}: "${url}" is not an absolute URL`);
        options.url = url;
        break;
      }
      case '-f':
      case '--format': {
        const format = value();
        if (format === null) return fail(`${name} needs one of: ${FORMATS.join(', ')}`);
        const known = FORMATS.find((f) => f === format.toLowerCase() || (f === 'markdown' && format.toLowerCase() === 'md'));
        if (!known) return fail(`unknown format "${format}"; use one of: ${FORMATS.join(', ')}`);
        options.format = known;
        break;
      }
      default:
        return fail(`unknown option ${name} (see --help)`);
    }
    if (inline !== null && !['--url', '--format'].includes(name)) return fail(`${name} takes no value`);
  }
  return { ok: true, options };
}

function fail(message: string): ParsedArgs {
  return { ok: false, message };
}

export const USAGE = `Usage: article-cleaner [options] [file.html ...]

Cleans saved web pages the way the Article Cleaner extension does and prints
the article. With no file, cleans the bundled sample article. "-" reads
standard input; gzipped files are read as well.

Options:
  -f, --format FORMAT  text (default), markdown, html or json (one JSON object per line)
  -u, --url URL        the page's address, for resolving relative links
                       (default: the file's file:// URL)
      --is-article     instead of cleaning, print the automatic reader's decision,
                       one JSON line per input: {"file", "isArticle", "stage", "reason"};
                       the address counts: --url, else the page's canonical URL
      --explain        also print, on standard error, every block each cleaning pass
                       removed (or the story guard kept) and why
  -h, --help           show this help
  -V, --version        show the version

Exit status: 0 if every input gave an article (with --is-article: every input
was read and decided), 1 if any did not, 2 for a usage error.
`;
