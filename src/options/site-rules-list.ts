/**
 * The options page's list of the reader's own fixes: every block shape
 * removed with Edit in the reader, by site, each with Forget. The list
 * lives in storage.local (site-rules-store.ts); it follows changes made in
 * a reader open meanwhile.
 */
import type { BlockShape, ShapePart } from '../core/rules/block-shape';
import type { SiteRules } from '../core/rules/site-rules';
import { SITE_RULES_KEY } from '../core/rules/site-rules';
import { browserApi } from '../platform/browser-global';
import { deleteSiteRule, loadSiteRules } from '../platform/site-rules-store';
import { h } from '../reader/h';

import type { Translate } from '../core/i18n/translate';

/** A shape as a reader can recognise it: the block, then where it sits ("aside.related in div.story"). */
export function describeShape(shape: BlockShape): string {
  const part = (p: ShapePart) => `${p.tag}${p.id ? `#${p.id}` : ''}${p.classes.map((c) => `.${c}`).join('')}`;
  return shape.parts.map(part).join(' ‹ ');
}

export async function renderSiteRules(section: HTMLElement, t: Translate): Promise<void> {
  const status = h('p', { class: 'rules-status', role: 'status' });
  const list = h('div', { class: 'rules-list' });
  section.replaceChildren(
    h('h2', { id: 'rules-heading' }, t('rulesTitle')),
    h('p', { class: 'rules-intro' }, t('rulesIntro')),
    list,
    status,
  );
  section.setAttribute('aria-labelledby', 'rules-heading');
  const draw = (rules: SiteRules) => {
    const sites = Object.keys(rules).sort();
    if (!sites.length) {
      list.replaceChildren(h('p', { class: 'rules-empty' }, t('rulesEmpty')));
      return;
    }
    list.replaceChildren(
      ...sites.map((site) =>
        h(
          'section',
          { class: 'rules-site', 'data-site': site },
          h('h3', {}, site),
          h(
            'ul',
            {},
            ...(rules[site] ?? []).map((rule) => {
              const what = describeShape(rule.shape);
              const forget = h(
                'button',
                { type: 'button', class: 'button rules-forget', 'aria-label': t('rulesForgetLabel', [what, site]) },
                t('rulesForget'),
              );
              forget.addEventListener('click', () => {
                forget.disabled = true;
                void deleteSiteRule(site, rule.shape).then(
                  (next) => {
                    draw(next);
                    status.textContent = t('rulesForgotten', site);
                  },
                  () => {
                    forget.disabled = false;
                    status.textContent = t('rulesFailed');
                  },
                );
              });
              return h('li', { class: 'rules-rule' }, h('code', {}, what), ' ', forget);
            }),
          ),
        ),
      ),
    );
  };
  draw(await loadSiteRules());
  // A block removed in a reader open meanwhile shows here at once.
  browserApi().storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SITE_RULES_KEY in changes) void loadSiteRules().then(draw);
  });
}
