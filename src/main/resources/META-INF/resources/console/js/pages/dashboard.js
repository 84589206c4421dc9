import { h, table } from '../dom.js';
import { api, session } from '../api.js';
import { number, t, when } from '../i18n.js';
import { bars, figure } from '../charts.js';
import { disbursementFigure } from './payments.js';
import { explain, section, select } from './common.js';

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
  let latest = 0;
  const draw = async (batchId) => {
    const asked = ++latest;
    let report;
    try {
      report = await api('GET', `/api/v1/operator/reports/funnel${batchId ? `?batchId=${batchId}` : ''}`);
    } catch (error) {
      chart.replaceChildren(h('p', { class: 'error', role: 'alert' }, explain(error)));
      return;
    }
    if (asked !== latest) return; // a later choice's answer is the one to show
    const shown = steps(report).map(([step, value]) => ({ label: t(`funnel.${step}`), value }));
    chart.replaceChildren(figure(bars(t('dashboard.funnel'), shown, number),
      [t('dashboard.step'), t('dashboard.participants')], shown.map((step) => [step.label, number(step.value)])));
  };
  const chooser = select('funnel-batch', [['', t('dashboard.allBatches')], ...batches.map((batch) => [batch.batchId, batch.name])],
    { 'aria-label': t('dashboard.batch'), onchange: (event) => draw(event.target.value) });
  await draw('');
  return section(t('dashboard.funnel'), batches.length ? chooser : null, chart);
}

async function disbursements() {
  // The eight latest due days up to today: days still to come have nothing paid yet.
  const today = new Date().toISOString().slice(0, 10);
  const envelopes = await api('GET', `/api/v1/operator/disbursements/batches?to=${today}T23:59:59Z`);
  const recent = envelopes.filter((e) => e.dueOn <= today).slice(-8);
  return section(t('dashboard.disbursements'), recent.length ? disbursementFigure(recent) : h('p', {}, t('none')));
}

async function grievances() {
  // The report counts every open grievance per category, however many closed ones there are.
  const report = await api('GET', '/api/v1/operator/grievances/report?from=2000-01-01');
  const rows = report.categories.filter((c) => c.open > 0)
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open);
  return section(t('dashboard.grievances'),
    rows.length
      ? table([t('grievance.category'), t('grievance.overdue'), t('grievance.open')],
        rows.map((c) => [t(`category.${c.category}`), number(c.overdue), number(c.open)]))
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
