import { h } from './h';

export interface MessageAction {
  label: string;
  run: () => void;
}

/** A state that is not an article: a title, what happened, what to do next. Never a blank page. */
export function renderMessage(kind: 'info' | 'error', title: string, body: string, action?: MessageAction): HTMLElement {
  return h('section', { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('h1', { class: 'message-title' }, title),
    h('p', { class: 'message-body' }, body),
    action ? h('button', { type: 'button', class: 'button', onclick: () => action.run() }, action.label) : null,
  );
}

/** What shows while the page is read: the shape of an article, not a bare spinner. */
export function renderSkeleton(label: string): HTMLElement {
  const line = (w: number) => h('div', { class: `skeleton-line w${w}` });
  return h('div', { class: 'skeleton', role: 'status', 'aria-busy': 'true', 'aria-label': label },
    h('div', { class: 'skeleton-title' }), line(60),
    h('div', { class: 'skeleton-gap' }), line(100), line(96), line(98), line(72),
    h('div', { class: 'skeleton-gap' }), line(100), line(94), line(88),
  );
}
