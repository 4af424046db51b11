import { h } from './h';

/**
 * Settings most readers never change, folded under a summary so the popup's
 * small "Aa" panel stays short; a native <details>, so it opens with Enter
 * or Space and screen readers say whether it is open.
 */
export function renderSettingGroup(summary: string, ...controls: HTMLElement[]): HTMLElement {
  return h('details', { class: 'setting-group' }, h('summary', {}, summary), h('div', { class: 'setting-group-body' }, ...controls));
}
