/**
 * The third-party notices the packages must carry: minification strips the
 * libraries' license comments, so every package whose code (or font) ends up
 * in a bundle is listed with its license text. Which packages those are is
 * read from the bundler's module graph (bundledPackage), not from a list
 * kept by hand that would drift from the imports.
 */
export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** Each license file of the package, as shipped in node_modules. */
  texts: Array<{ file: string; text: string }>;
}

/** The package a bundled module came from (`.../node_modules/@scope/name/...`), or null for our own code. */
export function bundledPackage(moduleId: string): string | null {
  const path = moduleId.replace(/\\/g, '/').replace(/^\0/, '');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const parts = path.slice(at + '/node_modules/'.length).split('/');
  const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : parts[0];
  return name && !name.endsWith('/') ? name : null;
}

export function formatNotices(packages: readonly BundledPackage[]): string {
  const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name));
  const head = [
    'Article Cleaner bundles the following third-party software. Each is',
    'distributed under its own license, reproduced in full below.',
    '',
    ...sorted.map((p) => `- ${p.name} ${p.version} (${p.license})`),
  ];
  const bodies = sorted.map((p) =>
    [
      '='.repeat(78),
      `${p.name} ${p.version} (${p.license})`,
      '='.repeat(78),
      ...p.texts.map((t) => `--- ${t.file} ---\n\n${t.text.trim()}\n`),
    ].join('\n'),
  );
  return `${[...head, '', ...bodies].join('\n')}\n`;
}
