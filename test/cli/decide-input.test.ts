import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/cli/decide-input';

describe('canonicalUrl', () => {
  it('reads <link rel=canonical> in any attribute order and quoting, and og:url', () => {
    expect(canonicalUrl('<head><link href="https://a.test/story?x=1&amp;y=2" rel="canonical"></head>')).toBe(
      'https://a.test/story?x=1&y=2',
    );
    expect(canonicalUrl("<link rel='alternate canonical' href='https://a.test/b'>")).toBe('https://a.test/b');
    expect(canonicalUrl('<link rel=canonical href=https://a.test/c>')).toBe('https://a.test/c');
    expect(canonicalUrl('<meta content="https://a.test/og" property="og:url">')).toBe('https://a.test/og');
  });

  it('ignores other links and addresses that are not http(s)', () => {
    expect(canonicalUrl('<link rel="stylesheet" href="https://a.test/s.css"><link rel="canonical" href="/relative">')).toBeNull();
    expect(canonicalUrl('<link rel="canonical" href="javascript:alert(1)">')).toBeNull();
    expect(canonicalUrl('<p>no head</p>')).toBeNull();
  });
});
