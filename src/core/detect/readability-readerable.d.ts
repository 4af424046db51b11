// Readability ships types for its index only; this is the same signature for
// the small file that holds isProbablyReaderable alone (CommonJS, module.exports = fn).
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export = readerable;
}
