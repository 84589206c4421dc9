import { h } from './dom.js';
import { session, signOut } from './api.js';
import { lang, setLang, t } from './i18n.js';
import { signInPage } from './pages/sign-in.js';
import { dashboardPage } from './pages/dashboard.js';
import { participantsPage, participantPage } from './pages/participants.js';
import { batchPage, batchesPage } from './pages/batches.js';
import { catalogPage } from './pages/catalog.js';
import { grievancesPage, ticketPage } from './pages/grievances.js';
import { paymentsPage } from './pages/payments.js';
import { auditPage } from './pages/audit.js';
import { explain } from './pages/common.js';

// Each page names the roles that may open it; the API refuses the rest anyway.
const PAGES = [
  { path: 'dashboard', roles: ['registrar', 'program-manager', 'finance', 'support', 'auditor'], page: dashboardPage },
  { path: 'participants', roles: ['support', 'registrar', 'finance', 'auditor'], page: participantsPage },
  { path: 'batches', roles: ['program-manager', 'auditor'], page: batchesPage },
  { path: 'catalog', roles: ['program-manager'], page: catalogPage },
  { path: 'grievances', roles: ['support', 'registrar'], page: grievancesPage },
  { path: 'payments', roles: ['finance', 'auditor'], page: paymentsPage },
  { path: 'audit', roles: ['auditor'], page: auditPage },
];

const DETAIL = { participants: participantPage, grievances: ticketPage, batches: batchPage };

let notice = null;

function nav(current) {
  return h('nav', { 'aria-label': t('nav.label') },
    h('ul', {}, PAGES.filter((entry) => session.has(...entry.roles)).map((entry) => h('li', {},
      h('a', { href: `#/${entry.path}`, 'aria-current': entry.path === current ? 'page' : null }, t(`nav.${entry.path}`))))));
}

function header(current) {
  const kept = session.get();
  return h('header', { class: 'top' },
    h('a', { class: 'brand', href: '#/dashboard' }, t('brand')),
    kept ? nav(current) : null,
    h('div', { class: 'tools' },
      h('button', { type: 'button', class: 'link', id: 'language', lang: lang() === 'id' ? 'en' : 'id', onclick: () => { setLang(lang() === 'id' ? 'en' : 'id'); render(); } },
        lang() === 'id' ? 'English' : 'Bahasa Indonesia'),
      kept ? h('span', { class: 'who', id: 'who' }, `${kept.email} · ${kept.roles.join(', ')}`) : null,
      kept ? h('button', { type: 'button', id: 'sign-out', onclick: async () => { await signOut(); location.hash = '#/sign-in'; } },
        t('signOut')) : null));
}

export async function render() {
  document.documentElement.lang = lang();
  document.title = t('brand');
  const [path = 'dashboard', id] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  const main = h('main', { id: 'view', tabindex: '-1' });
  const root = document.getElementById('app');
  root.replaceChildren(...[header(path), notice ? h('p', { class: 'notice', role: 'status' }, notice) : null, main]
    .filter(Boolean));
  notice = null;
  if (!session.get()) {
    main.append(signInPage());
    return;
  }
  const entry = PAGES.find((candidate) => candidate.path === path);
  if (!entry || !session.has(...entry.roles)) {
    const first = PAGES.find((candidate) => session.has(...candidate.roles));
    if (first && first.path !== path) {
      location.hash = `#/${first.path}`;
      return;
    }
    main.append(h('h1', {}, t('forbidden')));
    return;
  }
  main.append(h('p', { class: 'loading' }, t('loading')));
  try {
    const view = await (id && DETAIL[path] ? DETAIL[path](id) : entry.page());
    main.replaceChildren(view);
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, explain(error)));
  }
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

// Only '#/…' addresses are pages; another hash (the skip link's #view) is a place on this page.
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/') || location.hash === '') render();
});
window.addEventListener('console-notice', (event) => {
  notice = event.detail;
  render();
});
window.addEventListener('session-ended', () => {
  notice = t('sessionEnded');
  if (location.hash === '#/sign-in') render();
  else location.hash = '#/sign-in';
});
document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('view')?.focus();
});
render();
