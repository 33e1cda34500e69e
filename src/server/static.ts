// Serves the built web app (web/dist) on the API's port. Paths under /api never reach it (an unknown API
// path keeps its JSON 404); a path that names a built file gets that file, pre-compressed when the browser
// accepts it; any other path gets index.html, so the app's own router decides (SPA fallback).
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { WEB_DIST } from './web-build.ts';

export interface WebAppOptions {
  /** The built app; web/dist by default. Nothing is served when it holds no index.html. */
  root?: string;
}

function isFileUnder(root: string, path: string): boolean {
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return false;
  return existsSync(full) && statSync(full).isFile();
}

export async function webApp(app: FastifyInstance, options: WebAppOptions): Promise<void> {
  const root = resolve(options.root ?? WEB_DIST);
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true, cacheControl: false });

  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
    if (path && isFileUnder(root, path)) {
      // Vite puts a content hash in every asset's name: a changed file is a new name.
      reply.header(
        'cache-control',
        path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return reply.sendFile(path);
    }
    // A missing script or image must not be answered with the page itself.
    if (/\.[a-z0-9]+$/i.test(path))
      return reply.code(404).type('text/plain; charset=utf-8').send('找不到文件');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
