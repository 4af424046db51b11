/**
 * Interface text by message key, with at most one substitution: the shape of
 * `browser.i18n.getMessage` that the reader's pure code needs. The reader gets
 * the browser's; the CLI and pages that hide the extension API get
 * `englishMessage`.
 */
export type Translate = (key: string, sub?: string) => string;
