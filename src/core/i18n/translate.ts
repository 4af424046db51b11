/**
 * Interface text by message key, with its substitutions (one, or a list): the shape of
 * `browser.i18n.getMessage` that the reader's pure code needs. The reader gets
 * the browser's; the CLI and pages that hide the extension API get
 * `englishMessage`.
 */
// eslint-disable-next-line no-restricted-syntax -- this is the one declaration the rule points to
export type Translate = (key: string, sub?: string | string[]) => string;
