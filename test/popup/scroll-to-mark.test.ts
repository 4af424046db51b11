import { describe, expect, it } from 'vitest';
import { centredScrollTop, scrollBehaviourFor } from '../../src/popup/scroll-to-mark';

describe('centredScrollTop', () => {
  const scroller = { top: 50, scrollTop: 1000, clientHeight: 400, scrollHeight: 5000 };
  it('puts the sentence in the middle of the scroller', () => {
    // A 20 px line at 850 px in the window is 800 px below the scroller's top edge.
    expect(centredScrollTop(850, 20, scroller)).toBe(1000 + 800 - 190);
  });
  it('puts a sentence taller than the view at its top, and never past either end', () => {
    expect(centredScrollTop(850, 900, scroller)).toBe(1800);
    expect(centredScrollTop(-2000, 20, scroller)).toBe(0);
    expect(centredScrollTop(9000, 20, scroller)).toBe(4600);
  });
});

describe('scrollBehaviourFor', () => {
  it('glides a short way, jumps a long one or when the reader asked for less motion', () => {
    expect(scrollBehaviourFor(600, 400, false)).toBe('smooth');
    expect(scrollBehaviourFor(-600, 400, false)).toBe('smooth');
    expect(scrollBehaviourFor(1300, 400, false)).toBe('instant');
    expect(scrollBehaviourFor(100, 400, true)).toBe('instant');
  });
});
