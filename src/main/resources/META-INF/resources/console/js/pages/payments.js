import { h, field, table } from '../dom.js';
import { api, session } from '../api.js';
import { number, rupiah, t } from '../i18n.js';
import { figure, groupedBars } from '../charts.js';
import { commandForm, input, section, until } from './common.js';

function report(statement) {
  return h('div', { id: 'reconciliation' },
    h('p', { id: 'reconciliation-summary' }, t('pay.summary', {
      lines: number(statement.lines), matched: number(statement.matched), mismatches: number(statement.mismatches.length),
    })),
    statement.mismatches.length
      ? table([t('pay.line'), t('pay.finding'), t('pay.disbursement'), t('pay.reported'), t('pay.recorded')],
        statement.mismatches.map((line) => [
          String(line.lineNo),
          t(`finding.${line.finding}`),
          line.disbursementId,
          `${rupiah(line.reportedAmount)} ${line.reportedStatus}`,
          line.recordedStatus ? `${rupiah(line.expectedAmount)} ${line.recordedStatus}` : '—',
        ]))
      : null);
}

async function show(statementId, target) {
  target.replaceChildren(report(await api('GET', `/api/v1/operator/disbursements/statements/${statementId}`)));
}

/** Requested, paid, failed and reversed per due day, as bars and, for a screen reader, a table. */
export function disbursementFigure(envelopes) {
  const legend = [t('pay.requested'), t('pay.paid'), t('pay.failed'), t('pay.reversed')];
  return figure(groupedBars(t('dashboard.disbursements'), envelopes.map((e) => ({
    label: e.dueOn, values: [e.requestedAmount, e.paidAmount, e.failedAmount, e.reversedAmount],
  })), legend, rupiah), [t('pay.due'), ...legend], envelopes.map((e) => [e.dueOn, rupiah(e.requestedAmount),
    rupiah(e.paidAmount), rupiah(e.failedAmount), rupiah(e.reversedAmount)]));
}

export async function paymentsPage() {
  const envelopes = await api('GET', '/api/v1/operator/disbursements/batches');
  const result = h('div', { id: 'statement-report' });
  const importer = session.has('finance') ? section(t('pay.import'), commandForm({
    id: 'statement-import',
    submitLabel: t('pay.importSubmit'),
    fields: [field(t('pay.file'), input('statement', { type: 'file', accept: '.csv,text/csv', required: true }))],
    action: async (form) => {
      const file = form.get('statement');
      const imported = await api('POST', '/api/v1/operator/disbursements/statements',
        { body: await file.text(), contentType: 'text/csv', idempotent: true });
      // The report reads the statement's lines once they are projected, a moment after the import.
      await until(() => show(imported.statementId, result).then(() => true));
      return t('pay.imported', { lines: imported.lines, id: imported.statementId });
    },
  }), h('p', { class: 'hint' }, t('pay.format'))) : null;
  const lookup = commandForm({
    id: 'statement-lookup',
    submitLabel: t('pay.open'),
    fields: [field(t('pay.statementId'), input('statementId', { required: true, pattern: '[0-9a-fA-F-]{36}' }))],
    action: async (form) => {
      await show(form.get('statementId'), result);
      return '';
    },
  });
  return h('div', {},
    h('h1', {}, t('nav.payments')),
    section(t('dashboard.disbursements'),
      envelopes.length ? disbursementFigure(envelopes.slice(-8)) : null,
      envelopes.length
        ? table([t('pay.due'), t('pay.installments'), t('pay.requested'), t('pay.sent'), t('pay.paid'), t('pay.failed'), t('pay.reversed')],
          envelopes.map((e) => [e.dueOn, number(e.installments), rupiah(e.requestedAmount), rupiah(e.sentAmount),
            rupiah(e.paidAmount), rupiah(e.failedAmount), rupiah(e.reversedAmount)]))
        : h('p', {}, t('none'))),
    importer,
    section(t('pay.reconciliation'), lookup, result));
}
