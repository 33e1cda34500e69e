// Liveness and readiness (issue 14.5), open to anyone, JSON. live: the process answers. ready: the
// database answers, its schema is the one this code expects, and the server is not shutting down — what a
// load balancer or supervisor asks before sending traffic.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { migrator } from '../db/migrate.ts';
import type { DB } from '../db/schema.ts';
import { databaseTrouble } from './database-errors.ts';

const readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  backend: z.enum(['pglite', 'postgres']),
  database: z.enum(['ok', 'unavailable', 'busy', 'error']),
  migrations: z.enum(['current', 'pending', 'unknown']),
  draining: z.boolean(),
});

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  let migrationsCurrent = false; // once current, current for the life of the process

  r.get(
    '/api/health/live',
    {
      config: { permission: 'public' },
      schema: {
        summary: '存活检查（进程在运行）',
        tags: ['system'],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  r.get(
    '/api/health/ready',
    {
      config: { permission: 'public' },
      schema: {
        summary: '就绪检查（数据库可用、结构为最新、未在停机）',
        tags: ['system'],
        response: { 200: readiness, 503: readiness },
      },
    },
    async (_request, reply) => {
      const { db, backend } = app.ctx.database;
      let database: z.infer<typeof readiness>['database'] = 'ok';
      let migrations: z.infer<typeof readiness>['migrations'] = 'unknown';
      try {
        await sql`select 1`.execute(db);
        if (!migrationsCurrent) migrationsCurrent = await allMigrationsRun(db);
        migrations = migrationsCurrent ? 'current' : 'pending';
      } catch (error) {
        database = databaseTrouble(error) ?? 'error';
      }
      const draining = app.lifecycle.draining;
      const ready = database === 'ok' && migrations === 'current' && !draining;
      return reply
        .code(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'not_ready', backend, database, migrations, draining });
    },
  );
}

async function allMigrationsRun(db: Kysely<DB>): Promise<boolean> {
  const known = await migrator(db).getMigrations();
  return known.every((m) => m.executedAt !== undefined);
}
