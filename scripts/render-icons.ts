// Regenerates icons/icon-{16,32,48,128}.png from the hand-drawn SVGs with the system Chromium.
//   npx tsx scripts/render-icons.ts            writes the PNGs
//   npx tsx scripts/render-icons.ts --preview  also writes enlarged previews on light and dark toolbars to artifacts/
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'icons');
const artifactsDir = path.join(root, 'artifacts');

// 16 px gets its own drawing: the master's detail turns to blur at toolbar size.
const targets = [
  { size: 16, source: 'icon-16.svg' },
  { size: 32, source: 'icon.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
] as const;

const previewBackgrounds = [
  { name: 'light', color: '#ffffff' },
  { name: 'dark', color: '#202124' },
] as const;

const dataUrl = (mime: string, bytes: Uint8Array): string => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

async function launch(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // prettier-ignore
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Page markup is built only from our own data URLs and numbers, so setContent is safe here.
async function screenshot(browser: Browser, html: string, width: number, height: number, transparent: boolean): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    // Nothing is fetched: every image is inline, and anything else is refused outright.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:')) void request.continue();
      else void request.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await Promise.all(Array.from(document.images, (img) => img.decode()));
    });
    return await page.screenshot({ type: 'png', omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
  } finally {
    await page.close();
  }
}

async function renderIcon(browser: Browser, svg: Uint8Array, size: number): Promise<Uint8Array> {
  const html = `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    img { display: block; width: ${size}px; height: ${size}px; }
  </style></head><body><img src="${dataUrl('image/svg+xml', svg)}"></body></html>`;
  return screenshot(browser, html, size, size, true);
}

// Nearest-neighbour enlargement so each real pixel can be judged, beside the icon at its true size.
async function renderPreview(browser: Browser, png: Uint8Array, size: number, background: string): Promise<Uint8Array> {
  const scale = Math.max(2, Math.floor(256 / size));
  const pad = 16;
  const big = size * scale;
  const width = pad * 3 + big + size;
  const height = pad * 2 + big;
  const src = dataUrl('image/png', png);
  const html = `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: ${background}; }
    img { position: absolute; image-rendering: pixelated; }
  </style></head><body>
    <img src="${src}" style="left:${pad}px; top:${pad}px; width:${big}px; height:${big}px">
    <img src="${src}" style="left:${pad * 2 + big}px; top:${pad}px; width:${size}px; height:${size}px">
  </body></html>`;
  return screenshot(browser, html, width, height, false);
}

async function main(): Promise<void> {
  const preview = process.argv.includes('--preview');
  const browser = await launch();
  try {
    if (preview) await mkdir(artifactsDir, { recursive: true });
    for (const { size, source } of targets) {
      const svg = await readFile(path.join(iconsDir, source));
      const png = await renderIcon(browser, svg, size);
      const out = path.join(iconsDir, `icon-${size}.png`);
      await writeFile(out, png);
      console.log(`${path.relative(root, out)}  ${size}x${size}  from ${source}`);
      if (!preview) continue;
      for (const { name, color } of previewBackgrounds) {
        const file = path.join(artifactsDir, `icon-${size}-${name}.png`);
        await writeFile(file, await renderPreview(browser, png, size, color));
        console.log(`  preview ${path.relative(root, file)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
