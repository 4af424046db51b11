/** The host of a web address as people write it ("news.example", without "www."), or null. */
export function hostLabel(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '') || null;
  } catch {
    return null;
  }
}
