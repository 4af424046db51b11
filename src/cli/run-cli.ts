import { join, resolve } from 'node:path';
import type { Removal } from '../core/clean/removal-trace';
import { pathToFileURL } from 'node:url';
import { packageRoot, packageVersion } from './package-root';
import { USAGE, parseArgs, type CliOptions } from './parse-args';
import { terminalSafe } from './terminal-safe';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
}

/** The address the bundled sample was saved from, so its links resolve as on the site. */
export const SAMPLE_URL = 'https://worldaffairs.example/2022/04/20/us-secretary-of-defense-chinese-colleague/';
const SAMPLE_PATH = 'samples/sample-article.html';

interface Input {
  /** As the user wrote it ("-" for standard input); goes into JSON output. */
  file: string;
  /** For messages on stderr. */
  label: string;
  path: string;
  url: string;
}

/**
 * The whole command: parse, then clean every input in order. A bad input is
 * reported on stderr and skipped, never fatal, so one broken file in a batch
 * does not lose the others; the exit status still says something failed.
 * Returns the exit status: 0 all good, 1 some input failed, 2 usage error.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  // Everything printed passes here: titles, text, file names and messages all come from outside.
  const json = parsed.ok && (parsed.options.format === 'json' || parsed.options.isArticle);
  const io: CliIo = {
    stdin: rawIo.stdin,
    stdout: (t) => rawIo.stdout(terminalSafe(t, json)),
    stderr: (t) => rawIo.stderr(terminalSafe(t)),
  };
  if (!parsed.ok) {
    io.stderr(`article-cleaner: ${parsed.message}\nTry 'article-cleaner --help'.\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (options.version) {
    io.stdout(`article-cleaner ${packageVersion()}\n`);
    return 0;
  }
  const inputs = inputsOf(options);
  if (options.isArticle) return decideAll(inputs, options.url, io);
  const { cleanInput, formatExplain, formatOutput } = await import('./clean-input');
  let failed = 0;
  let printed = 0;
  for (const input of inputs) {
    const removals: Removal[] = [];
    const { result, note } = await cleanInput(input.path, input.url, io.stdin, options.explain ? (r) => removals.push(r) : undefined);
    if (note) io.stderr(`article-cleaner: ${input.label}: ${note}\n`);
    if (options.explain && result.ok) io.stderr(formatExplain(input.label, removals));
    if (!result.ok) {
      const what = result.reason === 'not-article' ? `not an article: ${result.message}` : result.message;
      io.stderr(`article-cleaner: ${input.label}: ${what}\n`);
      failed++;
      continue;
    }
    // Human-readable formats get a blank line between articles; JSON lines and whole HTML documents need none.
    const gap = printed > 0 && (options.format === 'text' || options.format === 'markdown') ? '\n' : '';
    io.stdout(gap + formatOutput(result.article, options.format, input.file));
    printed++;
  }
  return failed ? 1 : 0;
}

/** One JSON line per readable input; a "no" is an answer (exit 0), an unreadable input is not (exit 1). */
async function decideAll(inputs: Input[], url: string | null, io: CliIo): Promise<number> {
  const { decideInput } = await import('./decide-input');
  let failed = 0;
  let hinted = false;
  for (const input of inputs) {
    // The bundled sample has its own known address; other files may state theirs (see decideInput).
    const decision = await decideInput(input.path, url ?? (input.url.startsWith('file:') ? null : input.url), input.url, io.stdin);
    if (!decision.ok) {
      io.stderr(`article-cleaner: ${input.label}: ${decision.message}\n`);
      failed++;
      continue;
    }
    const { isArticle, stage, reason } = decision;
    if (reason === 'url:scheme' && !hinted) {
      io.stderr(
        `article-cleaner: ${input.label} states no web address, and a file:// address is never an article; give the page's address with --url\n`,
      );
      hinted = true;
    }
    io.stdout(`${JSON.stringify({ file: input.file, isArticle, stage, reason })}\n`);
  }
  return failed ? 1 : 0;
}

function inputsOf(options: CliOptions): Input[] {
  if (!options.inputs.length) {
    const path = join(packageRoot(), SAMPLE_PATH);
    return [{ file: SAMPLE_PATH, label: `${SAMPLE_PATH} (bundled sample)`, path, url: options.url ?? SAMPLE_URL }];
  }
  return options.inputs.map((file) => ({
    file,
    label: file === '-' ? 'standard input' : file,
    path: file,
    // Standard input has no file of its own: relative links resolve against the working directory.
    url: options.url ?? (file === '-' ? pathToFileURL(resolve('.')).href + '/' : pathToFileURL(resolve(file)).href),
  }));
}
