// The browsable API document at /api/docs: renders /api/openapi.json without any library, as plain DOM
// (the page's policy allows scripts from this origin only, so no inline script and no CDN).
/* global document, fetch */
'use strict';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function schemaText(schema) {
  return JSON.stringify(schema, null, 2);
}

function securityLabel(op, doc) {
  const security = op.security || doc.security || [];
  if (!security.length) return el('span', { class: 'lock' }, '无需登录');
  const names = security.flatMap((req) => Object.keys(req));
  const token = names.includes('bearerToken');
  const scopes = op['x-token-scopes'];
  const text = token
    ? `会话 Cookie 或访问令牌${scopes ? '（' + scopes.join(' / ') + '）' : ''}`
    : '会话 Cookie';
  return el('span', { class: token ? 'lock token' : 'lock' }, text);
}

function parametersTable(parameters) {
  if (!parameters || !parameters.length) return null;
  return el(
    'table',
    {},
    el(
      'tr',
      {},
      el('th', {}, '参数'),
      el('th', {}, '位置'),
      el('th', {}, '必填'),
      el('th', {}, '类型 / 取值'),
      el('th', {}, '说明'),
    ),
    parameters.map((p) => {
      const s = p.schema || {};
      const type = s.enum ? s.enum.join(' | ') : s.type || (s.$ref ? s.$ref.split('/').pop() : '');
      return el(
        'tr',
        {},
        el('td', {}, el('code', {}, p.name)),
        el('td', {}, p.in),
        el('td', {}, p.required ? '是' : '否'),
        el('td', {}, type + (s.pattern ? ` (${s.pattern})` : '')),
        el('td', {}, p.description || s.description || ''),
      );
    }),
  );
}

function contentBlocks(content) {
  return Object.entries(content || {}).map(([type, media]) =>
    el(
      'div',
      {},
      el('div', {}, el('code', {}, type)),
      media.schema ? el('pre', {}, schemaText(media.schema)) : null,
    ),
  );
}

function operation(doc, path, method, op) {
  const body = el('div', { class: 'body' });
  if (op.operationId) body.append(el('p', {}, '操作标识：', el('code', {}, op.operationId)));
  if (op.description) body.append(el('p', { class: 'desc' }, op.description));
  const params = parametersTable(op.parameters);
  if (params) body.append(el('h4', {}, '参数'), params);
  if (op.requestBody) body.append(el('h4', {}, '请求体'), ...contentBlocks(op.requestBody.content));
  body.append(el('h4', {}, '应答'));
  for (const [status, response] of Object.entries(op.responses || {})) {
    const resolved = response.$ref
      ? doc.components?.responses?.[response.$ref.split('/').pop()] || response
      : response;
    body.append(
      el('div', {}, el('strong', {}, status), ' ', resolved.description || ''),
      ...contentBlocks(resolved.content),
    );
  }
  const item = el(
    'details',
    {
      class: 'op',
      'data-search': `${method} ${path} ${op.summary || ''} ${(op.tags || []).join(' ')}`.toLowerCase(),
    },
    el(
      'summary',
      {},
      el('span', { class: `method ${method}` }, method),
      el('span', { class: 'path' }, path),
      el('span', { class: 'summary' }, op.summary || ''),
      securityLabel(op, doc),
    ),
    body,
  );
  return item;
}

function render(doc) {
  const content = document.getElementById('content');
  content.replaceChildren();
  const info = doc.info || {};
  content.append(el('p', {}, `${info.title || ''} 版本 ${info.version || ''}。${info.description || ''}`));

  const schemes = doc.components?.securitySchemes || {};
  if (Object.keys(schemes).length) {
    content.append(el('h2', {}, '认证方式'));
    for (const [name, scheme] of Object.entries(schemes))
      content.append(
        el(
          'p',
          {},
          el('strong', {}, name),
          `（${scheme.type}${scheme.scheme ? ' ' + scheme.scheme : ''}${scheme.in ? '，' + scheme.in + '：' + scheme.name : ''}）：`,
          scheme.description || '',
        ),
      );
  }

  const byTag = new Map();
  for (const [path, item] of Object.entries(doc.paths || {}))
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = (op.tags && op.tags[0]) || '其他';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(operation(doc, path, method, op));
    }
  for (const [tag, ops] of [...byTag.entries()].sort((a, b) => a[0].localeCompare(b[0])))
    content.append(el('section', { 'data-tag': tag }, el('h2', {}, tag), ops));

  const named = doc.components?.schemas || {};
  if (Object.keys(named).length) {
    const section = el('section', { 'data-tag': 'schemas' }, el('h2', {}, '命名的数据结构'));
    for (const [name, schema] of Object.entries(named))
      section.append(
        el(
          'details',
          { class: 'op', 'data-search': name.toLowerCase() },
          el('summary', {}, el('span', { class: 'path' }, name)),
          el('div', { class: 'body' }, el('pre', {}, schemaText(schema))),
        ),
      );
    content.append(section);
  }
}

function applyFilter(text) {
  const needle = text.trim().toLowerCase();
  for (const section of document.querySelectorAll('section')) {
    let shown = 0;
    for (const op of section.querySelectorAll('details.op')) {
      const match = !needle || op.dataset.search.includes(needle);
      op.hidden = !match;
      if (match) shown++;
    }
    section.hidden = shown === 0;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  fetch('/api/openapi.json', { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json();
    })
    .then((doc) => {
      render(doc);
      document.getElementById('filter').addEventListener('input', (event) => applyFilter(event.target.value));
    })
    .catch((error) => {
      document.getElementById('content').replaceChildren(el('p', {}, `接口说明加载失败：${error.message}`));
    });
});
