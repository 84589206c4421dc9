import { h, field, table } from '../dom.js';
import { api, session } from '../api.js';
import { t, when } from '../i18n.js';
import { announce, commandForm, explain, input, section, select } from './common.js';

const STATUSES = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_PARTICIPANT', 'ESCALATED', 'RESOLVED', 'CLOSED', 'CANCELLED'];

export async function grievancesPage() {
  const filters = new URLSearchParams(location.hash.split('?')[1] || '');
  const query = new URLSearchParams({ limit: '200' });
  for (const name of ['status', 'category', 'overdue']) {
    if (filters.get(name)) query.set(name, filters.get(name));
  }
  const queue = await api('GET', `/api/v1/operator/grievances?${query}`);
  const filter = h('form', { id: 'queue-filter', class: 'inline' },
    field(t('grievance.status'), select('status', [['', t('all')], ...STATUSES.map((s) => [s, t(`grievanceStatus.${s}`)])])),
    field(t('grievance.overdueOnly'), input('overdue', { type: 'checkbox', value: 'true' })),
    h('button', { type: 'submit', class: 'secondary' }, t('filter')));
  filter.querySelector('#in-status').value = filters.get('status') || '';
  filter.querySelector('#in-overdue').checked = filters.get('overdue') === 'true';
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    const form = new FormData(filter);
    if (form.get('status')) chosen.set('status', form.get('status'));
    if (form.get('overdue')) chosen.set('overdue', 'true');
    location.hash = `#/grievances?${chosen}`;
  });
  const rows = queue.map((g) => [
    h('a', { href: `#/grievances/${g.grievanceId}` }, g.grievanceId.slice(0, 8)),
    t(`category.${g.category}`),
    t(`grievanceStatus.${g.status}`),
    when(g.filedAt),
    h('span', { class: g.overdue ? 'overdue' : '' }, g.overdue ? t('grievance.overdue') : when(g.dueAt)),
  ]);
  return h('div', {},
    h('h1', {}, t('nav.grievances')),
    section(t('grievance.queue'), filter, rows.length
      ? table([t('grievance.ticket'), t('grievance.category'), t('grievance.status'), t('grievance.filed'), t('grievance.due')], rows)
      : h('p', {}, t('none'))));
}

function command(grievanceId, path, body, said) {
  return async (event) => {
    const button = event?.currentTarget instanceof HTMLButtonElement ? event.currentTarget : null;
    if (button) button.disabled = true;
    try {
      await api('POST', `/api/v1/operator/grievances/${grievanceId}/${path}`, { body, idempotent: true });
      announce(said);
      return said;
    } catch (error) {
      if (!button) throw error;
      announce(explain(error));
      return null;
    }
  };
}

export async function ticketPage(grievanceId) {
  const ticket = await api('GET', `/api/v1/operator/grievances/${grievanceId}`);
  const open = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_PARTICIPANT', 'ESCALATED'].includes(ticket.status);
  const mine = ticket.assignedTo === session.get().accountId;
  const work = [];
  if (open && !mine) {
    work.push(h('button', { type: 'button', id: 'assign', onclick: command(grievanceId, 'assignment', {}, t('grievance.assigned')) }, t('grievance.assign')));
  }
  if (open) {
    work.push(commandForm({
      id: 'reply',
      submitLabel: t('grievance.reply'),
      fields: [
        field(t('grievance.replyText'), h('textarea', { name: 'text', id: 'in-text', rows: 3, required: true, maxlength: 4000 })),
        field(t('grievance.awaitParticipant'), input('awaitParticipant', { type: 'checkbox', value: 'true' })),
      ],
      action: (form) => command(grievanceId, 'replies',
        { text: form.get('text'), awaitParticipant: form.get('awaitParticipant') === 'true' }, t('grievance.replied'))(),
    }));
    work.push(commandForm({
      id: 'resolve',
      submitLabel: t('grievance.resolve'),
      fields: [field(t('grievance.resolution'), h('textarea', { name: 'resolution', id: 'in-resolution', rows: 2, required: true, maxlength: 4000 }))],
      action: (form) => command(grievanceId, 'resolution', { resolution: form.get('resolution') }, t('grievance.resolved'))(),
    }));
  }
  if (ticket.status === 'RESOLVED') {
    work.push(h('button', { type: 'button', id: 'close', onclick: command(grievanceId, 'closure', undefined, t('grievance.closed')) }, t('grievance.close')));
  }
  return h('div', { class: 'ticket' },
    h('h1', {}, t('grievance.ticketTitle', { category: t(`category.${ticket.category}`) })),
    h('dl', { class: 'facts' },
      h('dt', {}, t('grievance.status')), h('dd', { id: 'ticket-status' }, t(`grievanceStatus.${ticket.status}`)),
      h('dt', {}, t('grievance.filed')), h('dd', {}, when(ticket.filedAt)),
      h('dt', {}, t('grievance.due')), h('dd', {}, when(ticket.dueAt)),
      h('dt', {}, t('participant.title')), h('dd', {}, ticket.participantId
        ? h('a', { href: `#/participants/${ticket.participantId}` }, ticket.participantId) : t('grievance.anonymous'))),
    section(t('grievance.conversation'), h('ol', { class: 'conversation', id: 'conversation' },
      ticket.messages.map((m) => h('li', { class: `from-${m.author.toLowerCase()}` },
        h('p', { class: 'meta' }, `${t(`author.${m.author}`)} · ${when(m.at)}`),
        h('p', {}, m.text ?? t('erased'))))),
    ticket.resolution ? h('p', { class: 'resolution' }, `${t('grievance.resolution')}: ${ticket.resolution}`) : null),
    work.length ? section(t('grievance.work'), h('div', { class: 'stack' }, work)) : null);
}
