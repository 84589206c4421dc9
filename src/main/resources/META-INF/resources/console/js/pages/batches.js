import { h, field, table } from '../dom.js';
import { api, session } from '../api.js';
import { number, t, when } from '../i18n.js';
import { announce, caughtUp, commandForm, confirmCommand, explain, input, section, until, wibInstant } from './common.js';

async function select(batch, status) {
  const confirmed = await confirmCommand({
    title: t('batch.select'),
    message: t('batch.confirmSelect', { name: batch.name, quota: batch.quota, applicants: batch.applicants }),
    withReason: false,
    confirmLabel: t('batch.select'),
  });
  if (confirmed === null) return;
  try {
    const selection = await api('POST', `/api/v1/operator/batches/${batch.batchId}/selection`, { body: {}, idempotent: true });
    const shown = await until(async () => (await api('GET', `/api/v1/operator/batches/${batch.batchId}`)).status === 'SELECTED');
    announce(caughtUp(t('batch.selected', { name: batch.name, selected: selection.selected, notSelected: selection.notSelected }), shown));
  } catch (error) {
    status.textContent = explain(error);
  }
}

export async function batchesPage() {
  const batches = await api('GET', '/api/v1/operator/batches?limit=100');
  const status = h('p', { id: 'batch-status', class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const manager = session.has('program-manager');
  const rows = batches.map((batch) => [
    h('a', { href: `#/batches/${batch.batchId}` }, batch.name),
    t(`batchStatus.${batch.status}`),
    number(batch.quota),
    number(batch.applicants),
    number(batch.selected),
    `${when(batch.opensAt)} – ${when(batch.closesAt)}`,
    manager && batch.status !== 'SELECTED'
      ? h('button', { type: 'button', class: 'select-batch', 'data-batch': batch.name, 'aria-label': `${t('batch.select')}: ${batch.name}`, onclick: () => select(batch, status) }, t('batch.select'))
      : '',
  ]);
  const open = manager ? section(t('batch.open'), commandForm({
    id: 'open-batch',
    submitLabel: t('batch.open'),
    fields: [
      field(t('batch.name'), input('name', { required: true, maxlength: 100 })),
      field(t('batch.quota'), input('quota', { type: 'number', min: 1, required: true })),
      field(t('batch.opensAt'), input('opensAt', { type: 'datetime-local', required: true })),
      field(t('batch.closesAt'), input('closesAt', { type: 'datetime-local', required: true })),
    ],
    action: async (values) => {
      const opened = await api('POST', '/api/v1/operator/batches', {
        idempotent: true,
        body: {
          name: values.get('name'),
          quota: Number(values.get('quota')),
          opensAt: wibInstant(values.get('opensAt')),
          closesAt: wibInstant(values.get('closesAt')),
        },
      });
      const shown = await until(() => api('GET', `/api/v1/operator/batches/${opened.batchId}`));
      announce(caughtUp(t('batch.opened'), shown));
      return t('batch.opened');
    },
  })) : null;
  return h('div', {},
    h('h1', {}, t('nav.batches')),
    section(t('batch.list'), status, batches.length
      ? table([t('batch.name'), t('participant.status'), t('batch.quota'), t('batch.applicants'), t('batch.selectedCount'), t('batch.window'), ''], rows)
      : h('p', {}, t('none')), h('p', { class: 'hint' }, t('batch.why'))),
    open);
}

/** Who applied, in the selection's order, with what that order rests on. */
export async function batchPage(batchId) {
  const view = await api('GET', `/api/v1/operator/batches/${batchId}/selection`);
  return h('div', {},
    h('h1', {}, view.name),
    h('p', {}, t('batch.quotaOf', { quota: number(view.quota), applicants: number(view.applicants.length) })),
    section(view.selectionMade ? t('batch.ranking') : t('batch.applicantsList'),
      view.applicants.length
        ? table(['#', t('participant.id'), t('batch.priority'), t('batch.appliedAt'), t('batch.outcome')],
          view.applicants.map((a) => [
            a.rank ? String(a.rank) : '—',
            session.has('support', 'registrar', 'finance', 'auditor')
              ? h('a', { href: `#/participants/${a.participantId}` }, a.participantId) : a.participantId,
            t(`priority.${a.priorityGroup}`),
            when(a.appliedAt),
            view.selectionMade ? t(a.selected ? 'batch.isSelected' : 'batch.notSelected') : '—',
          ]))
        : h('p', {}, t('none')),
      h('p', { class: 'hint' }, t('batch.why'))));
}
