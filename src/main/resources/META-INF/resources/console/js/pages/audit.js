import { h, field, table } from '../dom.js';
import { api } from '../api.js';
import { t, when } from '../i18n.js';
import { commandForm, input, section } from './common.js';

function rows(entries) {
  return entries.map((e) => [when(e.recordedAt), e.actor.replace('operator:', ''), e.actorRoles.join(', '), e.action,
    e.participantId ? h('a', { href: `#/participants/${e.participantId}` }, e.participantId.slice(0, 8)) : `${e.category} ${e.entityId.slice(0, 8)}`,
    e.reason || '']);
}

export async function auditPage() {
  const results = h('div', { id: 'audit-results' });
  let last = null;
  const more = h('button', { type: 'button', class: 'secondary', id: 'audit-more', hidden: true }, t('audit.older'));
  const headers = [t('audit.when'), t('audit.actor'), t('audit.roles'), t('audit.action'), t('audit.subject'), t('reason')];
  const load = async (before) => {
    const query = new URLSearchParams({ limit: '50' });
    for (const [name, value] of last.entries()) {
      if (value) query.set(name, value);
    }
    if (before) query.set('before', before);
    const page = await api('GET', `/api/v1/operator/audit?${query}`);
    const shown = table(headers, rows(page.entries));
    if (before) results.querySelector('tbody').append(...shown.querySelectorAll('tbody tr'));
    else results.replaceChildren(page.entries.length ? shown : h('p', {}, t('none')));
    more.hidden = !page.nextBefore;
    more.onclick = () => load(page.nextBefore);
    return t('audit.shown', { count: page.entries.length });
  };
  const form = commandForm({
    id: 'audit-filter',
    submitLabel: t('filter'),
    fields: [
      field(t('audit.actor'), input('actor', { maxlength: 36 })),
      field(t('participant.id'), input('participant', { maxlength: 36 })),
      field(t('audit.from'), input('from', { type: 'date' })),
      field(t('audit.to'), input('to', { type: 'date' })),
    ],
    action: (values) => {
      last = new URLSearchParams([...values.entries()].map(([name, value]) => [name, String(value)]));
      return load(null);
    },
  });
  last = new URLSearchParams();
  await load(null);
  return h('div', {}, h('h1', {}, t('nav.audit')), section(t('audit.trail'), form, results, more));
}
