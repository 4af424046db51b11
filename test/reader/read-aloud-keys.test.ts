import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bindReadAloudKeys, readAloudKey, type SpeechControls } from '../../src/reader/read-aloud-keys';
import type { ReadAloudStatus } from '../../src/reader/read-aloud';

const { document } = new JSDOM('<input id="field"><button id="b">b</button><div id="text" tabindex="-1">t</div>').window;
const press = (key: string, target: unknown, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  target,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  ...extra,
});
const text = document.getElementById('text');
const field = document.getElementById('field');
const button = document.getElementById('b');

describe('readAloudKey', () => {
  it('K plays and pauses, J and L skip by paragraph, in either case', () => {
    expect(readAloudKey(press('k', text), 'idle')).toBe('toggle');
    expect(readAloudKey(press('K', text), 'playing')).toBe('toggle');
    expect(readAloudKey(press('j', text), 'playing')).toBe('previous');
    expect(readAloudKey(press('L', text), 'paused')).toBe('next');
  });
  it('Space plays and pauses only once reading has started, and never on a button', () => {
    expect(readAloudKey(press(' ', text), 'idle')).toBeNull();
    expect(readAloudKey(press(' ', text), 'error')).toBeNull();
    expect(readAloudKey(press(' ', text), 'playing')).toBe('toggle');
    expect(readAloudKey(press(' ', text), 'paused')).toBe('toggle');
    expect(readAloudKey(press(' ', button), 'playing')).toBeNull();
  });
  it('leaves typing in a field and the browser’s own shortcuts alone', () => {
    expect(readAloudKey(press('k', field), 'playing')).toBeNull();
    expect(readAloudKey(press('l', text, { ctrlKey: true }), 'playing')).toBeNull();
    expect(readAloudKey(press('k', text, { metaKey: true }), 'playing')).toBeNull();
    expect(readAloudKey(press('j', text, { altKey: true }), 'playing')).toBeNull();
    expect(readAloudKey({ ...press('k', text), defaultPrevented: true }, 'playing')).toBeNull();
    expect(readAloudKey(press('x', text), 'playing')).toBeNull();
    expect(readAloudKey(press('ArrowRight', text), 'playing')).toBeNull();
  });
});

describe('bindReadAloudKeys', () => {
  it('drives the controls from the reader’s document until unbound, and takes the key from the page', () => {
    const calls: string[] = [];
    let status: ReadAloudStatus = 'idle';
    const controls: SpeechControls = {
      toggle: () => calls.push('toggle'),
      previous: () => calls.push('previous'),
      next: () => calls.push('next'),
      state: () => ({ status, index: 0, total: 3 }),
    };
    // A stand-in root: events a test dispatches are untrusted, and the binding ignores those (a page's script could send them).
    let listener: ((e: Event) => void) | null = null;
    const root = {
      addEventListener: (_type: string, fn: (e: Event) => void) => (listener = fn),
      removeEventListener: () => (listener = null),
    } as unknown as Document;
    const unbind = bindReadAloudKeys(root, controls);
    const send = (key: string, on: Element | null, isTrusted = true) => {
      let prevented = false;
      const event = {
        key,
        isTrusted,
        altKey: false,
        ctrlKey: false,
        metaKey: false,
        defaultPrevented: false,
        target: on,
        composedPath: () => [on],
        preventDefault: () => (prevented = true),
        stopPropagation: () => undefined,
      };
      listener?.(event as unknown as Event);
      return prevented;
    };
    expect(send('k', text, false)).toBe(false);
    expect(send('k', text)).toBe(true);
    expect(send(' ', text)).toBe(false);
    status = 'playing';
    expect(send(' ', text)).toBe(true);
    expect(send('l', text)).toBe(true);
    expect(send('l', field)).toBe(false);
    unbind();
    expect(send('j', text)).toBe(false);
    expect(calls).toEqual(['toggle', 'toggle', 'next']);
  });
});
