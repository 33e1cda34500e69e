/* global fetch, setTimeout, FormData, Blob */
// Peak memory of a real server (`node bin/tonghu.js serve`, PGlite) while it refuses hostile uploads:
// a 5.6 MB xlsx zip bomb, one whose zip directory lies, and a CSV of a million bad rows. Reads the server's
// VmHWM (peak RSS) and VmRSS from /proc after each. Run: node bench/upload-cage-rss.mjs (about 3 minutes).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { declaredXlsxBomb, hiddenXlsxBomb } = await import('../src/shared/upload/bombs.ts');

const PORT = 3917;
const PASSWORD = 'Qw7#zLp2Rk9m';
const NEW_PASSWORD = 'Hn4$vB8tXe2q';
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'tonghu-cage-')), 'data');
const env = {
  ...process.env,
  TONGHU_DATA_DIR: dataDir,
  TONGHU_REGION: '445281',
  PORT: String(PORT),
  HOST: '127.0.0.1',
  TONGHU_DAILY_REASSESS: 'off',
};
execFileSync(
  'node',
  [
    'bin/tonghu.js',
    'users',
    'add',
    '--username',
    'cage',
    '--name',
    '测试员',
    '--role',
    'civil_affairs',
  ].concat(['--region', '445281', '--password', PASSWORD]),
  { env, stdio: 'ignore' },
);
const server = spawn('node', ['bin/tonghu.js', 'serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const memory = () => {
  const lines = readFileSync(`/proc/${server.pid}/status`, 'utf8').split('\n');
  const mb = (key) => Math.round(Number(lines.find((l) => l.startsWith(key))?.split(/\s+/)[1]) / 1024);
  return `peak RSS ${mb('VmHWM:')} MB, RSS ${mb('VmRSS:')} MB`;
};
const base = `http://127.0.0.1:${PORT}`;
try {
  for (;;) {
    try {
      await fetch(`${base}/api/health`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  let cookie = '';
  const call = async (method, url, body, headers = {}) => {
    const res = await fetch(base + url, { method, body, headers: { origin: base, cookie, ...headers } });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    return { status: res.status, text: await res.text() };
  };
  const json = { 'content-type': 'application/json' };
  const login = (password) =>
    call('POST', '/api/v1/auth/login', JSON.stringify({ username: 'cage', password }), json);
  await login(PASSWORD);
  await call(
    'POST',
    '/api/v1/auth/password',
    JSON.stringify({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
    json,
  );
  await login(NEW_PASSWORD);
  console.log(`signed in (${(await call('GET', '/api/v1/auth/me')).status}); after start: ${memory()}`);
  const upload = (name, bytes) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return call('POST', '/api/v1/imports/children', form);
  };
  const bomb = declaredXlsxBomb();
  let res = await upload('bomb.xlsx', bomb);
  console.log(
    `xlsx bomb (${bomb.length} bytes): ${res.status} ${JSON.parse(res.text).error.message}; ${memory()}`,
  );
  res = await upload('hidden.xlsx', hiddenXlsxBomb());
  console.log(`hidden xlsx bomb: ${res.status} ${JSON.parse(res.text).error.message}; ${memory()}`);
  const lines = ['姓名,身份证号,村（社区）代码,户籍类型,情形'];
  for (let i = 0; i < 1_000_000; i++) lines.push(`测试${i},12345,445281102201,rural,left_behind`);
  const csv = Buffer.from(lines.join('\n') + '\n');
  const started = Date.now();
  res = await upload('bad.csv', csv);
  const error = JSON.parse(res.text).error;
  console.log(
    `1M-row bad CSV (${csv.length} bytes): ${res.status} in ${Date.now() - started} ms, ${error.message}; ` +
      `${error.details.errors.length} problems listed, ${error.details.omittedErrors} counted, answer ${res.text.length} bytes; ${memory()}`,
  );
  console.log(`health afterwards: ${(await call('GET', '/api/health')).status}`);
} finally {
  server.kill('SIGTERM');
}
