/**
 * npm run bench:in-page-trace: where the page's own main thread goes while
 * the in-page reader opens, from Chromium's trace (puppeteer page.tracing).
 * On every Nth scrapinghub page served locally (under the CSP of
 * bench:pathological, so nothing of the page runs), the reader is injected
 * and toggled open as the background does it; every task of the tab's main
 * thread over 16 ms from the toggle until 300 ms after the answer is taken
 * apart into its own time by kind: script compile and run (by file: the
 * reader, the snapshot, the tools, the font), style, layout, paint, HTML
 * parsing, garbage collection. Printed per page and summed over the pages,
 * so the biggest stall has a name before it is worked on.
 * Flags: --every N (default 10), --dist DIR (another build's dist/), --pages N (at most N pages).
 */
import { STATIC_PAGE_CSP } from './lib/stall-compare';
import { corpusEntries, readPageHtml } from './lib/load-corpus';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> };

const LONG_TASK_US = 16_000;
const args = process.argv.slice(2);
const at = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const every = Number(at('--every') ?? 10);
const limit = Number(at('--pages') ?? Infinity);

/** The kind of an event's own time: script by file, or the rendering step. */
function kindOf(e: TraceEvent): string {
  const data = (e.args?.data ?? e.args?.beginData ?? {}) as { url?: string; fileName?: string };
  const url = data.url ?? data.fileName ?? '';
  const file = /\/(content\/[\w-]+\.js)/.exec(url)?.[1];
  if (
    /^(EvaluateScript|v8\.compile|v8\.run|FunctionCall|V8\.Execute|v8\.callFunction|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.ParseLazy|V8\.CompileLazy|v8\.produceCache|v8\.compileModule)$/.test(
      e.name,
    )
  )
    return file ? `script ${file}${/compile|Parse/i.test(e.name) ? ' (compile)' : ''}` : 'script (other)';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/.test(e.name)) return 'style';
  if (/^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/.test(e.name)) return 'layout';
  if (/^(Paint|PaintImage|PrePaint|Layerize|CompositeLayers|Commit|RasterTask|UpdateLayer)$/.test(e.name)) return 'paint';
  if (/^(ParseHTML|HTMLDocumentParser)/.test(e.name)) return 'parse HTML';
  if (/GC|Scavenge|MinorMS|MajorMS/.test(e.name)) return 'gc';
  if (/^(Decode|ImageDecode)/.test(e.name)) return 'image decode';
  if (/Font/i.test(e.name)) return 'fonts';
  return 'other';
}

/** Own time by kind inside each long task of one thread. */
function longTasks(events: TraceEvent[], from: number, to: number): Array<{ ms: number; kinds: Map<string, number> }> {
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: Array<{ ms: number; kinds: Map<string, number> }> = [];
  for (let i = 0; i < complete.length; i++) {
    const top = complete[i]!;
    if (top.ts < from || top.ts > to || top.dur! < LONG_TASK_US || !/RunTask|ThreadControllerImpl/.test(top.name)) continue;
    const end = top.ts + top.dur!;
    const inside = [top];
    let j = i + 1;
    for (; j < complete.length && complete[j]!.ts < end; j++) inside.push(complete[j]!);
    // Own time: an event's duration less that of the events directly inside it.
    const kinds = new Map<string, number>();
    const stack: Array<{ e: TraceEvent; kind: string; children: number }> = [];
    const pop = () => {
      const done = stack.pop()!;
      const own = Math.max(0, done.e.dur! - done.children);
      // Inside script, a rendering step is the script forcing it; time with no kind of its own is its parent's.
      const parentKind = stack.at(-1)?.kind;
      const kind = done.kind === 'other' && parentKind ? parentKind : done.kind;
      kinds.set(kind, (kinds.get(kind) ?? 0) + own / 1000);
      if (stack.length) stack.at(-1)!.children += done.e.dur!;
    };
    for (const e of inside) {
      while (stack.length && e.ts >= stack.at(-1)!.e.ts + stack.at(-1)!.e.dur!) pop();
      const own = kindOf(e);
      stack.push({ e, kind: own === 'other' && stack.length ? stack.at(-1)!.kind : own, children: 0 });
    }
    while (stack.length) pop();
    tasks.push({ ms: top.dur! / 1000, kinds });
    i = j - 1;
  }
  return tasks;
}

const { launch } = await import('../test/browser/harness/driver');
const { testExtensionDir } = await import('../test/browser/harness/test-extension');
const { startFixtureServer } = await import('../test/browser/harness/fixture-server');
const { tabIdFor } = await import('../test/browser/support/extension-calls');

const pages: Record<string, string> = {};
const headers: Record<string, Record<string, string>> = {};
corpusEntries('scrapinghub').forEach((e, i) => {
  if (i % every || Object.keys(pages).length >= limit) return;
  const path = `/c${i}${new URL(e.url).pathname.replace(/\/?$/, '/')}`;
  pages[path] = readPageHtml('scrapinghub', e.id);
  headers[path] = { 'content-security-policy': STATIC_PAGE_CSP };
});
const server = await startFixtureServer(pages, headers);
const dist = at('--dist');
const driver = await launch('chromium', dist ? { extensionDir: testExtensionDir('chrome', dist) } : {});
const total = new Map<string, number>();
let longest: number[] = [];
try {
  for (const path of Object.keys(pages)) {
    const tab = await driver.openTab(server.url(path));
    const tabId = await tabIdFor(driver.control, tab.url());
    await tab.bringToFront();
    await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'toplevel'] });
    const state = String(
      await driver.control.evaluate(`(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const target = { tabId: ${JSON.stringify(tabId)}, frameIds: [0] };
      await api.scripting.executeScript({ target, files: ['/content/in-page-reader.js'] });
      const [frame] = await api.scripting.executeScript({ target, func: () => globalThis.__articleCleanerReader.toggle() });
      return String(frame?.result);
    })()`),
    );
    await new Promise((r) => setTimeout(r, 1500));
    const buffer = await tab.tracing.stop();
    await tab.close();
    const trace = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    // The tab's main thread: the renderer thread that ran our script.
    const threads = new Map<string, TraceEvent[]>();
    for (const e of events) {
      const key = `${e.pid}:${e.tid}`;
      if (!threads.has(key)) threads.set(key, []);
      threads.get(key)!.push(e);
    }
    const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain');
    let best: Array<{ ms: number; kinds: Map<string, number> }> = [];
    for (const n of names) {
      const list = threads.get(`${n.pid}:${n.tid}`) ?? [];
      if (!list.some((e) => JSON.stringify(e.args ?? {}).includes('in-page-reader.js'))) continue;
      const tasks = longTasks(list, 0, Infinity);
      if (tasks.reduce((s, t) => s + t.ms, 0) > best.reduce((s, t) => s + t.ms, 0)) best = tasks;
    }
    const max = Math.max(0, ...best.map((t) => t.ms));
    longest.push(max);
    const line = best
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((t) => {
        const parts = [...t.kinds].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1);
        return `${t.ms.toFixed(0)} ms [${parts.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}]`;
      });
    for (const t of best) for (const [k, ms] of t.kinds) total.set(k, (total.get(k) ?? 0) + ms);
    console.log(`${path.slice(0, 40).padEnd(40)} ${state.padEnd(11)} longest ${max.toFixed(0).padStart(4)} ms; ${line.join(' | ')}`);
  }
} finally {
  await driver.close();
  await server.close();
}
longest = longest.sort((a, b) => a - b);
console.log(`\nlongest task: median ${longest[Math.floor(longest.length / 2)]?.toFixed(0)} ms over ${longest.length} pages`);
console.log('own time in tasks over 16 ms, all pages, by kind:');
const sum = [...total.values()].reduce((a, b) => a + b, 0);
for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]))
  console.log(`  ${k.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / sum).toFixed(0).padStart(3)} %`);
