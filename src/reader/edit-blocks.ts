/**
 * "Remove this block": the reader fixes a wrong guess. In edit mode every
 * block of the article can take focus; Delete (or Backspace, or a click)
 * removes it, Undo (its button, or Ctrl/Cmd+Z) puts it back, and a status
 * line says what happened. A block with a shape of its own (core/rules) is
 * remembered for the site, so the next page of that site leaves it out too;
 * every block of that shape here goes with it, since that is what the rule
 * will do. A block whose shape most of the story shares, or that has none,
 * is removed from this page only, and the status line says so.
 */
import type { Article } from '../core/article';
import { MAX_RULE_SHARE } from '../core/rules/apply-site-rules';
import { isDistinctive, shapeKey, type BlockShape } from '../core/rules/block-shape';
import { blockKeys, readerBlocks } from '../core/rules/reader-blocks';
import { countWords } from '../core/text/normalize-for-compare';
import { h } from './h';

import type { Translate } from '../core/i18n/translate';

/** Fired on the body after a removal or an undo, so what lists the article (key figures) can follow it. */
export const BLOCKS_CHANGED = 'reader-blocks-changed';

export interface RuleKeeper {
  save(shape: BlockShape): Promise<unknown>;
  remove(shape: BlockShape): Promise<unknown>;
}

export interface BlockEditorOptions {
  article: Article;
  /** The rendered body (.reader-body). */
  body: HTMLElement;
  t: Translate;
  /** The site the rules belong to (core/rules/site-rules.ts ruleSiteOf), or null where nothing is remembered. */
  site: string | null;
  rules: RuleKeeper | null;
  /** Where Ctrl/Cmd+Z is heard: the page's document, or the in-page reader's shadow root. */
  keys: Document | ShadowRoot;
}

export interface BlockEditor {
  /** The toolbar's Edit toggle. */
  button: HTMLButtonElement;
  /** The strip above the body while editing: hint, Undo, Done, status. */
  strip: HTMLElement;
}

interface Removal {
  places: Array<{ el: Element; parent: Node; next: Node | null }>;
  remembered: BlockShape | null;
}

export function createBlockEditor(o: BlockEditorOptions): BlockEditor {
  const { t, body } = o;
  const blocks = readerBlocks(body);
  const keys = blockKeys(blocks);
  const shapes = new Map((o.article.blocks ?? []).map((b) => [b.key, b.shape]));
  const shapeOfBlock = new Map<Element, BlockShape>();
  blocks.forEach((b, i) => {
    const shape = shapes.get(keys[i]!);
    if (shape) shapeOfBlock.set(b, shape);
  });
  const undoStack: Removal[] = [];
  let editing = false;

  const hint = h('p', { class: 'edit-hint', id: 'edit-hint' }, t('editHint'));
  const status = h('p', { class: 'edit-status', role: 'status' });
  const undoButton = h('button', { type: 'button', class: 'button edit-undo', disabled: true, onclick: () => undo() }, t('editUndo'));
  const doneButton = h('button', { type: 'button', class: 'button edit-done', onclick: () => setEditing(false) }, t('editDone'));
  const strip = h(
    'div',
    { class: 'edit-strip', role: 'region', 'aria-label': t('editStripLabel'), hidden: true },
    hint,
    h('span', { class: 'edit-actions' }, undoButton, doneButton),
    status,
  );
  body.before(strip);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button toolbar-button toolbar-edit',
      'aria-pressed': 'false',
      title: t('editToggleLabel'),
      onclick: () => setEditing(!editing),
    },
    t('editToggle'),
  );

  function live(): Element[] {
    return blocks.filter((b) => body.contains(b));
  }

  function setEditing(on: boolean): void {
    editing = on;
    button.setAttribute('aria-pressed', String(on));
    strip.hidden = !on;
    body.classList.toggle('editing', on);
    for (const b of live()) markEditable(b, on);
    if (on) (live()[0] as HTMLElement | undefined)?.focus();
    else button.focus();
  }

  function markEditable(b: Element, on: boolean): void {
    b.classList.toggle('editable-block', on);
    if (on) {
      b.setAttribute('tabindex', '0');
      b.setAttribute('aria-describedby', hint.id);
    } else {
      b.removeAttribute('tabindex');
      b.removeAttribute('aria-describedby');
    }
  }

  function remove(block: Element): void {
    const now = live();
    const shape = shapeOfBlock.get(block) ?? null;
    let group = [block];
    let outcome: 'remember' | 'here' | 'too-much' = 'here';
    if (shape && isDistinctive(shape) && o.site && o.rules) {
      const key = shapeKey(shape);
      const same = now.filter((b) => {
        const s = shapeOfBlock.get(b);
        return s !== undefined && shapeKey(s) === key;
      });
      const words = same.reduce((sum, b) => sum + countWords(b.textContent ?? ''), 0);
      if (words > countWords(body.textContent ?? '') * MAX_RULE_SHARE) outcome = 'too-much';
      else {
        group = same;
        outcome = 'remember';
      }
    }
    // Focus goes on to the next block left (or the one before), so the keyboard carries on where it was.
    const at = now.indexOf(block);
    const next =
      now.slice(at + 1).find((b) => !group.includes(b)) ??
      now
        .slice(0, at)
        .reverse()
        .find((b) => !group.includes(b));
    const removal: Removal = { places: group.map((el) => ({ el, parent: el.parentNode!, next: el.nextSibling })), remembered: null };
    for (const el of group) el.remove();
    body.dispatchEvent(new Event(BLOCKS_CHANGED));
    undoStack.push(removal);
    undoButton.disabled = false;
    (next as HTMLElement | undefined)?.focus();
    if (outcome === 'here') return say(t(shape && !isDistinctive(shape) ? 'editRemovedPlain' : 'editRemovedHere'));
    if (outcome === 'too-much') return say(t('editRemovedTooMuch'));
    removal.remembered = shape;
    void o.rules!.save(shape!).then(
      () => say(t('editRemovedRemembered', [String(group.length), o.site!])),
      () => {
        removal.remembered = null;
        say(t('editRemovedNotSaved'));
      },
    );
  }

  function undo(): void {
    const last = undoStack.pop();
    undoButton.disabled = undoStack.length === 0;
    if (!last) return;
    // Back in reverse order, each before the node that followed it.
    for (const p of [...last.places].reverse()) {
      p.parent.insertBefore(p.el, p.next && p.next.parentNode === p.parent ? p.next : null);
      markEditable(p.el, editing);
    }
    body.dispatchEvent(new Event(BLOCKS_CHANGED));
    if (last.remembered) void o.rules?.remove(last.remembered).catch(() => undefined);
    say(t(last.remembered ? 'editUndoneForgotten' : 'editUndone'));
    if (editing) (last.places[0]?.el as HTMLElement | undefined)?.focus();
  }

  function say(text: string): void {
    status.textContent = text;
  }

  const blockOf = (target: EventTarget | null): Element | null => {
    for (let n = target instanceof Element ? target : null; n && n !== body; n = n.parentElement) if (blocks.includes(n)) return n;
    return null;
  };
  // Capture: in edit mode a click on a link removes its block rather than following it.
  body.addEventListener(
    'click',
    (event) => {
      if (!editing) return;
      const block = blockOf(event.target);
      if (!block) return;
      event.preventDefault();
      event.stopPropagation();
      remove(block);
    },
    true,
  );
  // Esc ends editing (and only that: the in-page reader leaves Esc to an open strip, as to an open panel).
  strip.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && editing) setEditing(false);
  });
  body.addEventListener('keydown', (event) => {
    if (editing && event.key === 'Escape') {
      setEditing(false);
      return;
    }
    if (!editing || (event.key !== 'Delete' && event.key !== 'Backspace')) return;
    const block = blockOf(event.target);
    if (!block || block !== event.target) return;
    event.preventDefault();
    remove(block);
  });
  o.keys.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z' || !undoStack.length) return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.localName))) return;
    e.preventDefault();
    undo();
  });
  return { button, strip };
}
