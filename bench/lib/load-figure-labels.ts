import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface LabelPerson {
  name: string;
  aliases: string[];
  role: string | null;
  role_accept: string[];
}
export interface LabelFigure {
  text: string;
  accept: string[];
}

/** One labelled article: who is in it and which of its numbers are key, background or noise. */
export interface FigureLabel {
  id: string;
  /** Where the page comes from: a corpus of ../shared/corpus, or "written" (written here, text in the label). */
  corpus: 'scrapinghub' | 'l3s-gn1' | 'written';
  lang: string;
  written_here?: boolean;
  topic?: string;
  title?: string;
  text?: string;
  people: LabelPerson[];
  keyFigures: LabelFigure[];
  background?: LabelFigure[];
  noise?: LabelFigure[];
}

/** A label with the page it describes: the article text scored, the headline, and HTML for Readability's timing. */
export interface LabelledPage {
  label: FigureLabel;
  text: string;
  title: string | undefined;
  html: string;
  url: string;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const LABELS_DIR = resolve(HERE, '../../test/figures/labels');
const SHARED = process.env.ARTICLE_CLEANER_SHARED ?? resolve(HERE, '../../../shared');

interface Truth {
  articleBody: string;
  url: string;
  headline?: string | null;
}
const truths = new Map<string, Record<string, Truth>>();
function truthOf(corpus: string): Record<string, Truth> {
  let truth = truths.get(corpus);
  if (!truth) {
    truth = JSON.parse(readFileSync(resolve(SHARED, 'corpus', corpus, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
    truths.set(corpus, truth);
  }
  return truth;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A written page as a plain news page, so Readability has something of the usual shape to parse. */
function pageHtml(label: FigureLabel, text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${label.lang}"><head><title>${escape(label.title ?? '')}</title></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>${escape(label.title ?? '')}</h1>\n${paragraphs}</article><footer>© News</footer></body></html>`;
}

/** Every label, each with its page; corpus pages from ../shared, written pages from the label file itself. */
export function loadFigureLabels(): LabelledPage[] {
  const files = [
    ...readdirSync(LABELS_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => resolve(LABELS_DIR, f)),
    ...readdirSync(resolve(LABELS_DIR, 'written'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => resolve(LABELS_DIR, 'written', f)),
  ];
  return files.sort().map((file) => {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<FigureLabel> & { id: string };
    const label: FigureLabel = { corpus: 'scrapinghub', lang: 'en', people: [], keyFigures: [], ...raw };
    if (label.corpus === 'written') {
      if (!label.text) throw new Error(`${file}: a written page needs its text`);
      return { label, text: label.text, title: label.title, html: pageHtml(label, label.text), url: `https://news.example/${label.id}` };
    }
    const entry = truthOf(label.corpus)[label.id];
    if (!entry) throw new Error(`${file}: ${label.id} is not in corpus ${label.corpus}`);
    const html = gunzipSync(readFileSync(resolve(SHARED, 'corpus', label.corpus, 'html', `${label.id}.html.gz`))).toString('utf8');
    return { label, text: entry.articleBody, title: entry.headline ?? undefined, html, url: entry.url };
  });
}
