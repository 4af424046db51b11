/**
 * Keyboard control of read aloud, the keys video players taught everyone:
 * K play/pause, J previous paragraph, L next paragraph; Space plays and
 * pauses too, but only once reading has started, because before that Space
 * scrolls the page, which a reader needs more. Never while typing in a field
 * or with a modifier held (those keys are the browser's and the user's), and
 * only while the reader has focus: the listener sits on the reader's own
 * document or, in the in-page reader, its shadow root.
 */
import type { ReadAloud, ReadAloudStatus } from './read-aloud';

/** What the keys drive: the toolbar's own actions, so a skip by key is announced like a click. */
export type SpeechControls = Pick<ReadAloud, 'toggle' | 'previous' | 'next' | 'state'>;

export type ReadAloudKeyAction = 'toggle' | 'previous' | 'next';

/** Documented in the Listen panel (speechKeys) and set as aria-keyshortcuts on the buttons. */
export const READ_ALOUD_KEYS = { toggle: 'k', previous: 'j', next: 'l' } as const;

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  /** What has focus: an element of the reader (retargeted events are read through composedPath()[0]). */
  target: unknown;
}

const TYPING = /^(input|textarea|select)$/i;

function isTyping(target: unknown): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const el = target as HTMLElement;
  return TYPING.test(el.tagName) || el.isContentEditable === true;
}

/** The action a key press asks for, or null to leave it to the page. */
export function readAloudKey(event: KeyLike, status: ReadAloudStatus): ReadAloudKeyAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === READ_ALOUD_KEYS.toggle) return 'toggle';
  if (key === READ_ALOUD_KEYS.previous) return 'previous';
  if (key === READ_ALOUD_KEYS.next) return 'next';
  if (key === ' ' && (status === 'playing' || status === 'paused')) {
    // Space on a button or link presses it; that is the button's own job.
    const tag = (event.target as HTMLElement | null)?.tagName ?? '';
    return /^(button|a|summary)$/i.test(tag) ? null : 'toggle';
  }
  return null;
}

/** Listens on the reader's document or shadow root; returns a function that stops listening. */
export function bindReadAloudKeys(root: Document | ShadowRoot, readAloud: SpeechControls): () => void {
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    // Only the user's own key presses: a script of the page under the in-page reader cannot start or skip the reading.
    if (!e.isTrusted) return;
    const target = e.composedPath()[0] ?? e.target;
    const action = readAloudKey(
      { key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, defaultPrevented: e.defaultPrevented, target },
      readAloud.state().status,
    );
    if (!action) return;
    e.preventDefault();
    // Handled: the page under the in-page reader must not act on it too (a video site's own K).
    e.stopPropagation();
    readAloud[action]();
  };
  root.addEventListener('keydown', onKey);
  return () => root.removeEventListener('keydown', onKey);
}
