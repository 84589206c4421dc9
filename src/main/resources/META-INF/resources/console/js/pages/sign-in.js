import { h, field } from '../dom.js';
import { signIn } from '../api.js';
import { t } from '../i18n.js';
import { explain } from './common.js';

export function signInPage() {
  const email = h('input', { type: 'email', name: 'email', id: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', id: 'password', autocomplete: 'current-password', required: true });
  const status = h('p', { class: 'form-status', role: 'alert' });
  const form = h('form', { id: 'sign-in', class: 'card narrow' },
    h('h1', {}, t('signIn.title')),
    field(t('signIn.email'), email),
    field(t('signIn.password'), password),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('signIn.submit'))),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    try {
      await signIn(email.value, password.value);
      location.hash = '#/dashboard';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      status.className = 'form-status error';
      status.textContent = error.problem?.detail === 'not-operator' ? t('signIn.notOperator') : explain(error);
    }
  });
  return form;
}
