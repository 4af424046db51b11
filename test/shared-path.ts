import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** ../shared beside the repository: fixtures and corpus, read-only. */
export const SHARED = process.env.ARTICLE_CLEANER_SHARED ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared');
