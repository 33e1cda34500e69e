// The first script of every visit (issue 17.7). Someone signed in on this browser: the app starts at once.
// Anyone else — a director's phone on its first visit over a village's 3G — sees a login card drawn here,
// with no framework, within a second of the page (the app itself is ~240 KB and takes a slow link 5 s or
// more). The app is fetched in the background once the page has loaded; when she signs in, the app's login
// page takes over with what she typed and signs her in (second factor, errors and all, as it always did).
import './auth/login.css';
import { handOverLogin, signedInHint } from './auth/first-visit';

const loadApp = () => import('./main');
let started = false;

function startApp(): void {
  if (started) return;
  started = true;
  void loadApp().then(
    (app) => app.startApp(),
    () => {
      started = false;
      showNote('无法载入童护，请检查网络后重试', true);
    },
  );
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let note: HTMLDivElement | null = null;
function showNote(text: string, error: boolean): void {
  if (!note) return;
  note.textContent = text;
  note.className = error ? 'boot-note error' : 'boot-note';
  note.hidden = false;
  note.setAttribute('role', error ? 'alert' : 'status');
}

function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  input.className = 'boot-input';
  input.setAttribute('aria-label', label);
  return element('label', { className: 'login-field' }, element('span', {}, label), input);
}

function drawLogin(): void {
  const params = new URLSearchParams(window.location.search);
  const atLogin = window.location.pathname === '/login';
  const here = `${window.location.pathname}${window.location.search}`;
  const next = atLogin ? params.get('next') : here;
  const query =
    next && next.startsWith('/') && !next.startsWith('/login') ? `?next=${encodeURIComponent(next)}` : '';
  // The address the app would show for the same card, so a reload or the app taking over lands there.
  window.history.replaceState(null, '', `/login${query}`);
  const username = element('input', { type: 'text', autocomplete: 'username', autofocus: true });
  const password = element('input', { type: 'password', autocomplete: 'current-password' });
  const button = element('button', { type: 'submit', className: 'boot-button' }, '登录');
  note = element('div', { hidden: true });
  const form = element(
    'form',
    { className: 'login-card', noValidate: true },
    element(
      'div',
      { className: 'login-brand' },
      element('div', { className: 'login-logo' }, '童'),
      element('h1', {}, '童护'),
      element('div', { className: 'boot-muted' }, '农村留守儿童和困境儿童关爱服务'),
    ),
    note,
    field('用户名', username),
    field('密码', password),
    button,
  );
  if (atLogin && params.get('expired') === '1') showNote('登录已过期，请重新登录', false);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!username.value.trim()) return showNote('请输入用户名', true);
    if (!password.value) return showNote('请输入密码', true);
    handOverLogin({ username: username.value.trim(), password: password.value });
    button.disabled = true;
    button.textContent = '正在登录…';
    startApp();
  });
  document.getElementById('root')!.replaceChildren(element('div', { className: 'login-page' }, form));
  username.focus();
  // Signed in all the same (on this browser before the flag existed, or its storage cleared): the app.
  fetch('/api/v1/auth/me', { credentials: 'same-origin' }).then(
    (answer) => {
      if (!answer.ok || button.disabled) return;
      window.history.replaceState(null, '', here);
      startApp();
    },
    () => undefined,
  );
  // The app comes down the link in the background while she types.
  const prefetch = () => void loadApp().catch(() => undefined);
  if (document.readyState === 'complete') prefetch();
  else window.addEventListener('load', prefetch, { once: true });
}

// Without signal the card could not sign anyone in: the app (kept by the service worker) says what it can.
if (signedInHint() || navigator.onLine === false) startApp();
else drawLogin();

// The service worker (web/sw.js, written by web/pwa.ts) keeps the built app so that it opens without signal,
// and makes the app installable from the first visit. Only in a production build: the development server's
// modules are not a fixed list of files.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
