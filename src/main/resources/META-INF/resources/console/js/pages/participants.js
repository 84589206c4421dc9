import { h, field, table } from '../dom.js';
import { api, session } from '../api.js';
import { lang, number, rupiah, t, when } from '../i18n.js';
import { announce, caughtUp, commandForm, confirmCommand, explain, input, section, select, until } from './common.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function link(participantId) {
  return h('a', { href: `#/participants/${participantId}` }, participantId);
}

export function participantsPage() {
  const results = h('div', { id: 'search-results' });
  const form = commandForm({
    id: 'participant-search',
    submitLabel: t('search'),
    fields: [
      field(t('participants.by'), select('key', [['email', t('participants.email')], ['cardNumber', t('participants.card')], ['nik', 'NIK']])),
      field(t('participants.value'), input('value', { required: true, autocomplete: 'off', maxlength: 254 })),
    ],
    action: async (values) => {
      const found = await api('POST', '/api/v1/operator/participant-search', { body: { [values.get('key')]: values.get('value') } });
      results.replaceChildren(found.length
        ? table([t('participant.id'), t('participant.status'), t('participant.card'), t('participant.registered')],
          found.map((m) => [link(m.participantId), t(`status.${m.status}`), m.cardNumber || '—', when(m.registeredAt)]))
        : h('p', {}, t('participants.noneFound')));
      return t('participants.found', { count: found.length });
    },
  });
  return h('div', {}, h('h1', {}, t('nav.participants')), section(t('participants.search'), form, results));
}

async function act(participantId, command, title, body = (reason) => ({ reason })) {
  const reason = await confirmCommand({ title, message: t('participant.confirm', { id: participantId }) });
  if (reason === null) return;
  const buttons = document.querySelectorAll('#participant-actions button');
  buttons.forEach((button) => { button.disabled = true; });
  const status = document.getElementById('actions-status');
  status.textContent = t('working');
  try {
    const done = await api('POST', `/api/v1/operator/participants/${participantId}/${command}`, { body: body(reason), idempotent: true });
    // Read your own write: the overview is shown once it has the command's version.
    const shown = await until(() => api('GET', `/api/v1/participants/${participantId}?minVersion=${done.version}`));
    announce(caughtUp(t('participant.done', { action: title }), shown));
  } catch (error) {
    status.textContent = explain(error);
    buttons.forEach((button) => { button.disabled = false; });
  }
}

function actions(overview) {
  const id = overview.participantId;
  const buttons = [];
  if (session.has('registrar') && overview.status !== 'FROZEN' && overview.status !== 'ERASED') {
    buttons.push(h('button', { type: 'button', id: 'freeze', onclick: () => act(id, 'freeze', t('participant.freeze')) }, t('participant.freeze')));
  }
  if (session.has('registrar') && overview.status === 'FROZEN') {
    buttons.push(h('button', { type: 'button', id: 'unfreeze', onclick: () => act(id, 'unfreeze', t('participant.unfreeze')) }, t('participant.unfreeze')));
  }
  if (session.has('finance') && !['REVOKED', 'ERASED'].includes(overview.status)) {
    buttons.push(h('button', { type: 'button', class: 'danger', id: 'revoke', onclick: () => act(id, 'revoke', t('participant.revoke'), (reason) => ({ reason, ineligible: false })) },
      t('participant.revoke')));
  }
  return h('div', { class: 'actions', id: 'participant-actions' }, buttons,
    h('p', { id: 'actions-status', class: 'form-status', role: 'status', 'aria-live': 'polite' }));
}

export async function participantPage(participantId) {
  if (!UUID.test(participantId)) throw new Error(t('notFound'));
  const [overview, purchases, incentives, timeline] = await Promise.all([
    api('GET', `/api/v1/participants/${participantId}`),
    api('GET', `/api/v1/participants/${participantId}/purchases`),
    api('GET', `/api/v1/participants/${participantId}/incentives`),
    api('GET', `/api/v1/participants/${participantId}/events`),
  ]);
  const certificates = purchases.filter((p) => p.certificateNumber);
  return h('div', { class: 'participant' },
    h('h1', {}, t('participant.title')),
    h('dl', { class: 'facts', id: 'participant-facts' },
      h('dt', {}, t('participant.id')), h('dd', {}, participantId),
      h('dt', {}, t('participant.status')), h('dd', { id: 'participant-status' }, t(`status.${overview.status}`)),
      h('dt', {}, t('participant.card')), h('dd', {}, overview.cardNumber || '—'),
      h('dt', {}, t('participant.balance')), h('dd', {}, rupiah(overview.balance)),
      h('dt', {}, t('participant.registered')), h('dd', {}, when(overview.registeredAt))),
    actions(overview),
    h('div', { class: 'grid' },
      section(t('participant.purchases'), purchases.length
        ? table([t('training.title'), t('training.price'), t('participant.progress'), t('participant.status')],
          purchases.map((p) => [p.title, rupiah(p.price), `${p.modulesCompleted}/${p.moduleCount}${p.examPassed ? ' ✓' : ''}`, p.status]))
        : h('p', {}, t('none'))),
      section(t('participant.certificates'), certificates.length
        ? h('ul', {}, certificates.map((p) => h('li', {}, h('a', { href: `/certificates/${encodeURIComponent(p.certificateNumber)}`, target: '_blank', rel: 'noopener' }, p.certificateNumber), ` — ${p.title}`)))
        : h('p', {}, t('none'))),
      section(t('participant.installments'), incentives.installments.length
        ? table(['#', t('pay.due'), t('pay.amount'), t('participant.status'), t('pay.paidAt')],
          incentives.installments.map((i) => [String(i.installment), when(i.dueAt), rupiah(i.amount), i.status, when(i.paidAt)]))
        : h('p', {}, t('none')))),
    section(t('participant.timeline'), h('ol', { class: 'timeline', id: 'timeline' },
      timeline.map((entry) => h('li', {}, h('time', { datetime: entry.occurredAt }, when(entry.occurredAt)), ' ',
        lang() === 'id' ? entry.summaryId : entry.summaryEn)))),
    h('p', {}, t('participant.events', { count: number(timeline.length) })));
}
