import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/clean/block-features';
import { evaluate, fitBlockModel, prepare, storyShare, type FitPage } from '../../bench/lib/fit-block-model';
import { tokenize } from '../../bench/lib/shingle-metric';

const shinglesOf = (text: string) => {
  const t = tokenize(text);
  const s = new Set<string>();
  for (let i = 0; i + 4 <= t.length; i++) s.add(t.slice(i, i + 4).join(' '));
  return { s, joined: ` ${t.join(' ')} ` };
};

describe('storyShare', () => {
  const ref = shinglesOf('The council voted on Tuesday to keep the night ferry running through the winter.');
  it('is the share of a block’s tokens inside the reference’s shingles', () => {
    expect(storyShare('The council voted on Tuesday to keep the night ferry', ref.s, ref.joined)).toBe(1);
    expect(storyShare('Share this story on Facebook and Twitter', ref.s, ref.joined)).toBe(0);
    expect(storyShare('The council voted on Tuesday. Share this story now', ref.s, ref.joined)).toBeCloseTo(5 / 9);
  });
  it('reads a block shorter than a shingle as a run of the reference', () => {
    expect(storyShare('night ferry', ref.s, ref.joined)).toBe(1);
    expect(storyShare('Print', ref.s, ref.joined)).toBe(0);
  });
});

describe('fitBlockModel', () => {
  // Pages where furniture is a short linked line after the story: the fit must find it, and lower no corpus.
  const features = (linkShare: number, after: number) =>
    FEATURE_NAMES.map((n) => (n === 'linkShare' ? linkShare : n === 'afterStory' ? after : 0));
  const story = 'The council voted on Tuesday to keep the night ferry running through the winter months';
  const page = (corpus: string, i: number): FitPage => ({
    corpus,
    id: String(i),
    reference: story,
    rb: story,
    ours: `${story}\n\nMore ferry stories here ${i}`,
    blocks: [
      { f: features(0, 0), text: story, removable: true },
      { f: features(1, 1), text: `More ferry stories here ${i}`, removable: true },
    ],
  });
  const pages = prepare(['a', 'b'].flatMap((c) => Array.from({ length: 6 }, (_, i) => page(c, i))));

  it('weighs the discriminating features and picks a threshold that raises F1', () => {
    const model = fitBlockModel(pages);
    expect(model.weights.linkShare).toBeGreaterThan(0);
    expect(Number.isFinite(model.threshold)).toBe(true);
    const off = evaluate(pages, { ...model, threshold: Infinity });
    const on = evaluate(pages, model);
    expect(on.f1).toBeGreaterThan(off.f1);
    expect(on.precision).toBe(1);
  });

  it('switches itself off (infinite threshold) when every threshold would lower a corpus', () => {
    // Here the linked line after the story is the story's last sentence in the reference.
    const hurt = prepare(
      Array.from({ length: 6 }, (_, i) => {
        const p = page('c', i);
        return { ...p, reference: `${story} More ferry stories here ${i}` };
      }),
    );
    expect(fitBlockModel(hurt).threshold).toBe(Infinity);
  });
});
