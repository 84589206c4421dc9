import { h, field } from '../dom.js';
import { t } from '../i18n.js';

/**
 * Asks before a consequential command: a modal dialog (focus stays in it, Escape cancels) with the reason the
 * command records, when it takes one. Resolves to the reason, or null when cancelled.
 */
export function confirmCommand({ title, message, withReason = true, confirmLabel }) {
  return new Promise((resolve) => {
    const reason = h('textarea', { id: 'confirm-reason', rows: 3, maxlength: 500, required: withReason });
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'confirm-title' }, title),
        h('p', {}, message),
        withReason ? field(t('reason'), reason) : null,
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', id: 'confirm-cancel', onclick: () => dialog.close('') }, t('cancel')),
          h('button', { type: 'submit', id: 'confirm-ok', value: 'ok' }, confirmLabel || t('confirm')))));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'ok' ? reason.value.trim() : null);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A form whose submission runs action(values) and says how it went in a live region beside it. */
export function commandForm({ id, fields, submitLabel, action }) {
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { id, class: 'command' }, fields, h('div', { class: 'actions' },
    h('button', { type: 'submit' }, submitLabel)), status);
  // Ids scoped by the form, so that two forms on a page (publish and edit) never share one and each label finds its field.
  for (const label of form.querySelectorAll('label[for]')) {
    const control = form.querySelector(`#${CSS.escape(label.htmlFor)}`);
    if (control?.name) {
      control.id = `${id}-${control.name}`;
      label.htmlFor = control.id;
    }
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    status.className = 'form-status';
    status.textContent = t('working');
    try {
      const said = await action(new FormData(form));
      status.textContent = said || t('done');
    } catch (error) {
      status.className = 'form-status error';
      status.textContent = explain(error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export function input(name, attrs = {}) {
  return h('input', { name, id: `in-${name}`, ...attrs });
}

export function select(name, options, attrs = {}) {
  return h('select', { name, id: `in-${name}`, ...attrs },
    options.map(([value, label]) => h('option', { value }, label)));
}

export function section(title, ...content) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...content);
}

/** A WIB wall-clock time from a datetime-local input, as an instant the API reads. */
export function wibInstant(local) {
  return local ? `${local.length === 16 ? `${local}:00` : local}+07:00` : null;
}

/** Polls check() until it holds (the read models follow the log a moment later), for at most about thirty seconds. */
export async function until(check) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if (await check()) return true;
    } catch {
      // not there yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** Shows the page again, read afresh, with a line saying what was done. */
export function announce(text) {
  window.dispatchEvent(new CustomEvent('console-notice', { detail: text }));
}

/** What was done, and, when the display did not catch up in time, that it will. */
export function caughtUp(text, shown) {
  return shown ? text : `${text} ${t('catchingUp')}`;
}

/** What a failed call says, whatever failed. */
export function explain(error) {
  return error && error.explain ? error.explain() : String(error);
}
