import { id } from './texts-id.js';
import { en } from './texts-en.js';

const LANG_KEY = 'prakerja.console.lang';
const texts = { id, en };

export function lang() {
  const chosen = localStorage.getItem(LANG_KEY);
  return chosen === 'en' ? 'en' : 'id';
}

export function setLang(chosen) {
  localStorage.setItem(LANG_KEY, chosen === 'en' ? 'en' : 'id');
  document.documentElement.lang = lang();
}

/** The text for key in the chosen language, {name} replaced from vars; a code the texts lack shows as itself. */
export function t(key, vars = {}) {
  const text = texts[lang()][key] ?? texts.id[key] ?? key.slice(key.indexOf('.') + 1);
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

export function rupiah(amount) {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 })
    .format(amount ?? 0);
}

export function when(instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(lang() === 'id' ? 'id-ID' : 'en-GB',
    { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(instant));
}

export function number(value) {
  return new Intl.NumberFormat(lang() === 'id' ? 'id-ID' : 'en-GB').format(value ?? 0);
}
