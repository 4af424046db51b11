// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nextTask, runInSlices, type Steps } from '../../src/reader/fill-in-slices';

/** Work of `units` units, one clock tick each; records where each slice began and ended. */
function work(units: number, clock: { t: number }) {
  let done = 0;
  const slices: Array<[number, number]> = [];
  const steps: Steps = {
    step(until, now = () => clock.t) {
      const start = now();
      while (done < units && now() < until) {
        done++;
        clock.t++;
      }
      slices.push([start, now()]);
      return done === units;
    },
  };
  return { steps, slices, done: () => done };
}

describe('runInSlices', () => {
  it('gives the event loop back between slices, each no longer than its budget, until the work is done', async () => {
    const clock = { t: 0 };
    const w = work(100, clock);
    let pauses = 0;
    const finished = await runInSlices(w.steps, { sliceMs: 8, now: () => clock.t, pause: async () => void pauses++ });
    expect(finished).toBe(true);
    expect(w.done()).toBe(100);
    expect(w.slices.every(([a, b]) => b - a <= 8)).toBe(true);
    expect(w.slices.length).toBe(13);
    expect(pauses).toBe(12);
  });

  it('stops when the work is no longer wanted (the reader closed), and never starts a slice after that', async () => {
    const clock = { t: 0 };
    const w = work(100, clock);
    let open = true;
    let pauses = 0;
    const pause = async () => {
      if (++pauses === 3) open = false;
    };
    expect(await runInSlices(w.steps, { sliceMs: 8, now: () => clock.t, pause, wanted: () => open })).toBe(false);
    expect(w.slices.length).toBe(3);
    expect(w.done()).toBe(24);
  });

  it('does small work in one slice, with no pause at all', async () => {
    const clock = { t: 0 };
    const w = work(5, clock);
    let pauses = 0;
    expect(await runInSlices(w.steps, { now: () => clock.t, pause: async () => void pauses++ })).toBe(true);
    expect(pauses).toBe(0);
  });

  it('pauses for a task of the event loop, whether the tab is shown or hidden', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await nextTask();
    await nextTask();
    expect(ran).toBe(true);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await nextTask();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
});
