import { h, table } from '../dom.js';
import { api, session } from '../api.js';
import { number, rupiah, t, when } from '../i18n.js';
import { bars, groupedBars } from '../charts.js';
import { section, select } from './common.js';

/** registered → verified → card → purchased → certified → paid, from the report's counts per status. */
function steps(report) {
  const atStatus = report.atStatus || {};
  const reached = report.reached || {};
  const total = Object.values(atStatus).reduce((sum, count) => sum + count, 0);
  return [
    ['registered', total],
    ['verified', total - (atStatus.REGISTERED || 0)],
    ['card', reached.CARD_ISSUED || 0],
    ['purchased', reached.TRAINING_PURCHASED || 0],
    ['certified', reached.CERTIFIED || 0],
    ['paid', reached.INCENTIVE_IN_PROGRESS || 0],
  ];
}

async function funnel() {
  const batches = session.has('program-manager', 'auditor') ? await api('GET', '/api/v1/operator/batches?limit=50') : [];
  const chart = h('div', { id: 'funnel-chart' });
  const draw = async (batchId) => {
    const report = await api('GET', `/api/v1/operator/reports/funnel${batchId ? `?batchId=${batchId}` : ''}`);
    chart.replaceChildren(bars(t('dashboard.funnel'),
      steps(report).map(([step, value]) => ({ label: t(`funnel.${step}`), value })), number));
  };
  const chooser = select('funnel-batch', [['', t('dashboard.allBatches')], ...batches.map((batch) => [batch.batchId, batch.name])],
    { 'aria-label': t('dashboard.batch'), onchange: (event) => draw(event.target.value) });
  await draw('');
  return section(t('dashboard.funnel'), batches.length ? chooser : null, chart);
}

async function disbursements() {
  const envelopes = await api('GET', '/api/v1/operator/disbursements/batches');
  const recent = envelopes.slice(-8);
  const legend = [t('pay.requested'), t('pay.paid'), t('pay.failed'), t('pay.reversed')];
  return section(t('dashboard.disbursements'),
    recent.length
      ? groupedBars(t('dashboard.disbursements'), recent.map((e) => ({
        label: e.dueOn, values: [e.requestedAmount, e.paidAmount, e.failedAmount, e.reversedAmount ?? 0],
      })), legend, rupiah)
      : h('p', {}, t('none')));
}

async function grievances() {
  const queue = await api('GET', '/api/v1/operator/grievances?limit=500');
  const open = new Map();
  for (const row of queue.filter((g) => !['RESOLVED', 'CLOSED', 'CANCELLED'].includes(g.status))) {
    const figures = open.get(row.category) || { open: 0, overdue: 0 };
    figures.open += 1;
    figures.overdue += row.overdue ? 1 : 0;
    open.set(row.category, figures);
  }
  const rows = [...open.entries()].sort((a, b) => b[1].overdue - a[1].overdue || b[1].open - a[1].open);
  return section(t('dashboard.grievances'),
    rows.length
      ? table([t('grievance.category'), t('grievance.overdue'), t('grievance.open')],
        rows.map(([category, figures]) => [t(`category.${category}`), number(figures.overdue), number(figures.open)]))
      : h('p', {}, t('none')));
}

async function health() {
  const subscriptions = await api('GET', '/api/v1/operator/projections');
  return section(t('dashboard.health'), table(
    [t('health.name'), t('health.kind'), t('health.lag'), t('health.parked'), t('health.updated')],
    subscriptions.map((s) => [s.name, s.kind, number(s.lag), number(s.parked), s.stoppedReason || when(s.updatedAt)])));
}

export async function dashboardPage() {
  const parts = [];
  if (session.has('program-manager', 'finance', 'auditor')) parts.push(funnel());
  if (session.has('finance', 'auditor')) parts.push(disbursements());
  if (session.has('support', 'registrar')) parts.push(grievances());
  if (session.has('admin', 'auditor')) parts.push(health());
  return h('div', { class: 'dashboard' }, h('h1', {}, t('nav.dashboard')), h('div', { class: 'grid' }, await Promise.all(parts)));
}
