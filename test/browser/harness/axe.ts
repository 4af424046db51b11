import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './test-extension';

// AXE_CORE_PATH: a developer's own copy until axe-core is installed; the project's copy otherwise.
const AXE_PATH = process.env.AXE_CORE_PATH ?? join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Like browserAvailable: without axe-core the checks skip on a developer's machine, and fail under CI. */
export function axeAvailable(): boolean {
  const present = existsSync(AXE_PATH);
  if (!present && process.env.CI === 'true') throw new Error(`${AXE_PATH} is missing: axe-core must be a devDependency`);
  return present;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns what it found. Extension pages'
 * CSP ('script-src self') blocks an injected <script>, so the source is
 * evaluated over the automation protocol instead, which the CSP does not
 * govern. WCAG 2.x A and AA rules plus axe's best practices.
 */
export async function runAxe(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  const source = readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(`${source}\n;globalThis.__axeLoaded = typeof axe === 'object';`);
  const json = await page.evaluate(async (excluded: string[]) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [document], exclude: excluded.map((s) => [s]) },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      },
    );
    return JSON.stringify(
      result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
    );
  }, exclude);
  return JSON.parse(json) as AxeViolation[];
}
