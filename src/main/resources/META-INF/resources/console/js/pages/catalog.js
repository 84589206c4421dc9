import { h, field, table } from '../dom.js';
import { api } from '../api.js';
import { rupiah, t } from '../i18n.js';
import { announce, caughtUp, commandForm, confirmCommand, explain, input, section, select, until } from './common.js';

const CATEGORIES = ['DIGITAL', 'FINANCE_ACCOUNTING', 'BUSINESS_MANAGEMENT', 'FOREIGN_LANGUAGE', 'TECHNICAL'];

function values(form) {
  return {
    title: form.get('title'),
    description: form.get('description'),
    category: form.get('category'),
    platform: form.get('platform'),
    provider: form.get('provider'),
    price: Number(form.get('price')),
    durationHours: Number(form.get('durationHours')),
    delivery: form.get('delivery'),
    modules: form.get('modules').split('\n').map((line) => line.trim()).filter(Boolean),
    certificateType: form.get('certificateType'),
    schedule: form.get('schedule'),
    mentorContact: form.get('mentorContact'),
  };
}

/** The publish form, or the edit form of one training when given one. */
function trainingForm(training) {
  const value = (name, fallback = '') => (training ? training[name] ?? fallback : fallback);
  const form = commandForm({
    id: training ? 'edit-training' : 'publish-training',
    submitLabel: training ? t('catalog.save') : t('catalog.publish'),
    fields: [
      field(t('training.title'), input('title', { required: true, maxlength: 200, value: value('title') })),
      field(t('training.description'), h('textarea', { name: 'description', id: 'in-description', rows: 3, required: true, maxlength: 5000 }, value('description'))),
      field(t('training.category'), select('category', CATEGORIES.map((c) => [c, t(`trainingCategory.${c}`)]))),
      field(t('training.platform'), input('platform', { required: true, maxlength: 50, placeholder: 'TOKOPEDIA', value: value('platform') })),
      field(t('training.provider'), input('provider', { required: true, maxlength: 200, value: value('provider') })),
      field(t('training.price'), input('price', { type: 'number', min: 1, required: true, value: value('price') })),
      field(t('training.hours'), input('durationHours', { type: 'number', min: 1, max: 1000, required: true, value: value('durationHours') })),
      field(t('training.delivery'), select('delivery', [['ONLINE', t('delivery.ONLINE')], ['OFFLINE', t('delivery.OFFLINE')]])),
      field(t('training.modules'), h('textarea', { name: 'modules', id: 'in-modules', rows: 3, required: true }, (value('modules', [])).join('\n'))),
      field(t('training.certificate'), input('certificateType', { required: true, maxlength: 100, value: value('certificateType', 'Sertifikat Penyelesaian') })),
      field(t('training.schedule'), input('schedule', { required: true, maxlength: 500, value: value('schedule', 'Kapan saja') })),
      field(t('training.mentor'), input('mentorContact', { required: true, maxlength: 500, value: value('mentorContact', '') })),
    ],
    action: async (form) => {
      const body = values(form);
      const done = training
        ? await api('PUT', `/api/v1/operator/trainings/${training.trainingId}`, { body, idempotent: true })
        : await api('POST', '/api/v1/operator/trainings', { body, idempotent: true });
      const shown = await until(async () => {
        const listed = (await api('GET', `/api/v1/trainings/${done.trainingId}`)).training;
        return ['title', 'description', 'provider', 'price', 'durationHours'].every((name) => listed[name] === body[name]);
      });
      announce(caughtUp(training ? t('catalog.saved') : t('catalog.publishedOne'), shown));
      return t('done');
    },
  });
  if (training) {
    form.querySelector('[name=category]').value = training.category;
    form.querySelector('[name=delivery]').value = training.delivery;
  }
  return form;
}

async function unpublish(training) {
  const reason = await confirmCommand({ title: t('catalog.unpublish'), message: training.title });
  if (reason === null) return;
  try {
    await api('POST', `/api/v1/operator/trainings/${training.trainingId}/unpublish`, { body: { reason }, idempotent: true });
    const gone = await until(async () => !(await api('GET', '/api/v1/trainings?limit=100')).items.some((i) => i.trainingId === training.trainingId));
    announce(caughtUp(t('catalog.unpublished'), gone));
  } catch (error) {
    announce(explain(error));
  }
}

/** The edit form, filled from everything the editor set (the public catalog leaves the mentor's contact out). */
async function edit(trainingId, editor) {
  try {
    const details = await api('GET', `/api/v1/operator/trainings/${trainingId}`);
    editor.replaceChildren(section(t('catalog.edit'), trainingForm({ ...details, platform: details.platformCode, trainingId })));
    editor.querySelector('input, textarea, select').focus();
  } catch (error) {
    announce(explain(error));
  }
}

export async function catalogPage() {
  const page = await api('GET', '/api/v1/trainings?limit=100');
  const editor = h('div', { id: 'training-editor' });
  const rows = page.items.map((training) => [
    training.title,
    t(`trainingCategory.${training.category}`),
    training.platform,
    rupiah(training.price),
    h('span', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('catalog.edit')}: ${training.title}`, onclick: () => edit(training.trainingId, editor) }, t('catalog.edit')),
      h('button', { type: 'button', class: 'danger', 'aria-label': `${t('catalog.unpublish')}: ${training.title}`, onclick: () => unpublish(training) }, t('catalog.unpublish'))),
  ]);
  return h('div', {},
    h('h1', {}, t('nav.catalog')),
    section(t('catalog.published'), rows.length
      ? table([t('training.title'), t('training.category'), t('training.platform'), t('training.price'), ''], rows)
      : h('p', {}, t('none'))),
    editor,
    section(t('catalog.publish'), trainingForm(null)));
}
