// /api/docs — the OpenAPI document made browsable (issue 22 pt 5) by a small page of our own that renders
// /api/openapi.json: @fastify/swagger gives the document only, and a UI package would be a heavy dependency
// for one page. Public like the document itself; the page names no data, only the interfaces.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const file = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

export async function apiDocsRoutes(app: FastifyInstance): Promise<void> {
  const assets = {
    html: file('docs.html'),
    js: file('docs.js'),
    css: file('docs.css'),
  };
  const hidden = { hide: true } as const;
  app.get('/api/docs', { config: { permission: 'public' }, schema: hidden }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(assets.html),
  );
  app.get(
    '/api/docs/docs.js',
    { config: { permission: 'public' }, schema: hidden },
    async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(assets.js),
  );
  app.get(
    '/api/docs/docs.css',
    { config: { permission: 'public' }, schema: hidden },
    async (_request, reply) => reply.type('text/css; charset=utf-8').send(assets.css),
  );
}
