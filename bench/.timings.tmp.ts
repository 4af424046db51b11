import { STATIC_PAGE_CSP } from './lib/stall-compare';
import { corpusEntries, readPageHtml } from './lib/load-corpus';
const { launch } = await import('../test/browser/harness/driver');
const { startFixtureServer } = await import('../test/browser/harness/fixture-server');
const { tabIdFor } = await import('../test/browser/support/extension-calls');
const every = Number(process.argv[2] ?? 10), limit = Number(process.argv[3] ?? 3);
const pages: Record<string, string> = {}; const headers: Record<string, Record<string, string>> = {};
corpusEntries('scrapinghub').forEach((e, i) => {
  if (i % every || Object.keys(pages).length >= limit) return;
  const path = `/c${i}${new URL(e.url).pathname.replace(/\/?$/, '/')}`;
  pages[path] = readPageHtml('scrapinghub', e.id); headers[path] = { 'content-security-policy': STATIC_PAGE_CSP };
});
const server = await startFixtureServer(pages, headers);
const driver = await launch('chromium');
for (const path of Object.keys(pages)) {
  const tab = await driver.openTab(server.url(path));
  const tabId = await tabIdFor(driver.control, tab.url());
  await tab.bringToFront();
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const out = await driver.control.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const target = { tabId: ${JSON.stringify(tabId)}, frameIds: [0] };
    const t0 = Date.now();
    await api.scripting.executeScript({ target, files: ['/content/in-page-reader.js'] });
    const [frame] = await api.scripting.executeScript({ target, func: () => globalThis.__articleCleanerReader.toggle() });
    await new Promise((r) => setTimeout(r, 3000));
    const [t] = await api.scripting.executeScript({ target, func: () => ({ t: globalThis.__acT, html: document.documentElement.outerHTML.length }) });
    return JSON.stringify({ state: frame?.result, t: t.result });
  })()`);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }>; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    byName.set(k, (byName.get(k) ?? 0) + (self.get(n.id) ?? 0));
  }
  const top = [...byName].filter(([k]) => !/\(idle\)|\(program\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [k, us] of top) console.log('      prof', (us / 1000).toFixed(1).padStart(7), k);
  const { state, t } = JSON.parse(out as string);
  const rows = t.t as Array<[string, number]>;
  console.log(path.slice(0, 40), state, 'page chars', t.html);
  for (let i = 0; i < rows.length; i++) console.log('   ', rows[i][0].padEnd(16), (rows[i][1] - rows[0][1]).toFixed(1).padStart(8), i ? `+${(rows[i][1] - rows[i - 1][1]).toFixed(1)}` : '');
  await tab.close();
}
await driver.close(); await server.close();
