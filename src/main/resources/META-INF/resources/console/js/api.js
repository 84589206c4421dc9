// The console is a client of the documented API and nothing else: the API's rules are the only rules.
import { lang } from './i18n.js';

const SESSION_KEY = 'prakerja.console.session';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** What the API said was wrong, each violation on its own line. */
  explain() {
    const violations = (this.problem.violations || [])
      .map((v) => [v.field || v.rule, v.message].filter(Boolean).join(': '));
    return [this.message, ...violations].join('\n');
  }
}

function claims(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(part), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
  return JSON.parse(json);
}

/** The sign-in of this browser tab: kept in sessionStorage, so it ends with the tab and is never sent as a cookie. */
export const session = {
  get() {
    try {
      return JSON.parse(sessionStorage.getItem(SESSION_KEY));
    } catch {
      return null;
    }
  },
  keep(tokens, email = this.get()?.email) {
    const kept = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      accountId: tokens.accountId,
      email,
      roles: claims(tokens.accessToken).groups || [],
    };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(kept));
    return kept;
  },
  clear() {
    sessionStorage.removeItem(SESSION_KEY);
  },
  has(...roles) {
    const kept = this.get();
    return !!kept && roles.some((role) => kept.roles.includes(role) || kept.roles.includes('admin'));
  },
};

async function send(method, path, { body, contentType, idempotent } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': lang() };
  const kept = session.get();
  if (kept) headers.Authorization = `Bearer ${kept.accessToken}`;
  if (idempotent) headers['Idempotency-Key'] = crypto.randomUUID();
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType || 'application/json';
    payload = contentType ? body : JSON.stringify(body);
  }
  return fetch(path, { method, headers, body: payload, credentials: 'omit', cache: 'no-store' });
}

let refreshing = null;

/**
 * Spends the refresh token once however many calls found the access token expired: a refresh token used twice ends
 * the whole sign-in, so concurrent calls share one refresh.
 */
function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      const kept = session.get();
      if (!kept) return false;
      const response = await send('POST', '/api/v1/auth/refresh', { body: { refreshToken: kept.refreshToken } });
      if (!response.ok) return false;
      session.keep(await response.json());
      return true;
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

/** Calls the API; an expired access token is refreshed once, and a sign-in that cannot be refreshed has ended. */
export async function api(method, path, options = {}) {
  const sentWith = session.get()?.accessToken;
  let response = await send(method, path, options);
  if (response.status === 401 && session.get() && !path.startsWith('/api/v1/auth/refresh')) {
    // Another call may have refreshed meanwhile: then only this one is sent again.
    const renewed = session.get().accessToken !== sentWith || (await refresh());
    if (renewed) {
      response = await send(method, path, options);
    } else {
      session.clear();
      window.dispatchEvent(new CustomEvent('session-ended'));
    }
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export async function signIn(email, password) {
  session.clear();
  const tokens = await api('POST', '/api/v1/auth/login', { body: { email, password } });
  const kept = session.keep(tokens, email);
  if (tokens.participantId || kept.roles.length === 0) {
    await signOut();
    throw new ApiError(403, { detail: 'not-operator' });
  }
  return kept;
}

/** Ends the sign-in on the server too: through api(), so that an expired access token is refreshed for it first. */
export async function signOut() {
  const kept = session.get();
  if (kept) {
    await api('POST', '/api/v1/auth/logout', { body: { refreshToken: session.get().refreshToken } }).catch(() => {});
  }
  session.clear();
}
