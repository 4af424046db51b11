import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS, positionFor, readPositions, withPosition } from '../../../src/core/position/reading-positions';

describe('reading positions', () => {
  it('remembers, updates and finds an article', () => {
    let p = withPosition({}, 'a.example/1', 0.4, 1000);
    expect(positionFor(p, 'a.example/1')).toBe(0.4);
    p = withPosition(p, 'a.example/1', 0.6, 2000);
    expect(p).toEqual({ 'a.example/1': { fraction: 0.6, savedAt: 2000 } });
    expect(positionFor(p, 'a.example/2')).toBeNull();
  });

  it('forgets an article scrolled back to the top', () => {
    const p = withPosition(withPosition({}, 'a', 0.5, 1), 'a', 0.001, 2);
    expect(p).toEqual({});
  });

  it('keeps only the newest articles, dropping the oldest first', () => {
    let p = {};
    for (let i = 0; i < MAX_POSITIONS + 25; i++) p = withPosition(p, `site.example/${i}`, 0.5, 1000 + i);
    expect(Object.keys(p)).toHaveLength(MAX_POSITIONS);
    expect(positionFor(p, 'site.example/0')).toBeNull();
    expect(positionFor(p, 'site.example/24')).toBeNull();
    expect(positionFor(p, 'site.example/25')).toBe(0.5);
    // Reading an old article again makes it new: it is the one kept.
    p = withPosition(p, 'site.example/25', 0.7, 99_999);
    p = withPosition(p, 'site.example/new', 0.2, 100_000);
    expect(positionFor(p, 'site.example/25')).toBe(0.7);
    expect(positionFor(p, 'site.example/26')).toBeNull();
  });

  it('repairs what storage gives back, of any shape, within the bound', () => {
    for (const junk of [undefined, null, 7, 'x', [1, 2]]) expect(readPositions(junk)).toEqual({});
    const stored = {
      good: { fraction: 0.3, savedAt: 5 },
      over: { fraction: 1.5, savedAt: 5 },
      nan: { fraction: Number.NaN, savedAt: 5 },
      text: { fraction: '0.3', savedAt: 5 },
      when: { fraction: 0.3, savedAt: 'yesterday' },
      nothing: null,
    };
    expect(readPositions(stored)).toEqual({ good: { fraction: 0.3, savedAt: 5 } });
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, { fraction: 0.5, savedAt: i }]));
    const read = readPositions(many);
    expect(Object.keys(read)).toHaveLength(MAX_POSITIONS);
    expect(read.k999).toBeDefined();
    expect(read.k0).toBeUndefined();
  });

  it('is not fooled by keys that are Object properties', () => {
    expect(positionFor({}, 'constructor')).toBeNull();
    expect(positionFor({}, '__proto__')).toBeNull();
  });
});
