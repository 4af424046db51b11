/** --explain: the article on standard output as without it, and on standard error what each cleaning pass removed and why. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { SHARED } from '../shared-path';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: (async function* () {})() });
  return { code, stdout, stderr };
}
const SEED = `${SHARED}/fixtures/seed-site.html`;
const URL = 'https://worldaffairs.example/2022/04/20/us-secretary-of-defense-chinese-colleague/';

describe('--explain', () => {
  it('names each pass that acted, why, and the blocks it removed', async () => {
    const { code, stderr } = await run([SEED, '--url', URL, '--format', 'json', '--explain']);
    expect(code).toBe(0);
    expect(stderr).toContain("what the cleaning passes took out of Readability's article");
    expect(stderr).toMatch(/^ {2}headlines: 1 removed \(14 words\) — the headline printed again in the body/m);
    expect(stderr).toMatch(/^ {4}- removed <p> 14 words "The US Secretary of Defense speaks/m);
    expect(stderr).toMatch(/^ {2}boilerplate: \d+ removed .*\n(?: {4}- .*\n)*? {4}- removed.*"Leave a Reply/m);
  });

  it('leaves the article on standard output exactly as without it', async () => {
    const plain = await run([SEED, '--url', URL, '--format', 'json']);
    const explained = await run([SEED, '--url', URL, '--format', 'json', '--explain']);
    expect(explained.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
  });
});
