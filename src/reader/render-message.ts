import { h } from './h';

export interface MessageAction {
  label: string;
  run: () => void;
}

/** A state that is not an article: a title, what happened, what to do next. Never a blank page. */
export function renderMessage(kind: 'info' | 'error', title: string, body: string, action?: MessageAction): HTMLElement {
  return h(
    'section',
    { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('h1', { class: 'message-title' }, title),
    h('p', { class: 'message-body' }, body),
    action ? h('button', { type: 'button', class: 'button message-action', onclick: () => action.run() }, action.label) : null,
  );
}

export interface Skeleton {
  element: HTMLElement;
  /** Says what the reader is waiting for, under the spinner. */
  setDetail(text: string): void;
}

/**
 * What shows while the page is read: the shape of an article (so the
 * article replaces it without a jump), and above it a spinner with what is
 * happening, which can say later what it is waiting for.
 */
export function renderSkeleton(label: string): Skeleton {
  const line = (w: number) => h('div', { class: `skeleton-line w${w}`, 'aria-hidden': 'true' });
  const detail = h('span', { class: 'loading-detail' });
  const element = h(
    'div',
    { class: 'skeleton', 'aria-busy': 'true' },
    h(
      'p',
      { class: 'loading-status', role: 'status' },
      h('span', { class: 'spinner', 'aria-hidden': 'true' }),
      h('span', { class: 'loading-label' }, label),
      detail,
    ),
    h('div', { class: 'skeleton-title', 'aria-hidden': 'true' }),
    line(60),
    h('div', { class: 'skeleton-gap' }),
    line(100),
    line(96),
    line(98),
    line(72),
    h('div', { class: 'skeleton-gap' }),
    line(100),
    line(94),
    line(88),
  );
  return {
    element,
    setDetail: (text) => {
      detail.textContent = text;
    },
  };
}
