// The nightly job of `tonghu serve` (issue 14.2, 14.6), run as a function (the timer only calls it): it
// writes a 0600 backup named by its time into TONGHU_BACKUP_DIR, keeps the newest N of its own files (and
// leaves other files alone), records the backup on the audit trail, and logs the integrity check.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { backupFileName, nightlySettings, runNightly, DEFAULT_KEEP } from './nightly.ts';
import { InputError } from '../shared/errors.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
}, 180_000);

afterAll(async () => {
  await database?.destroy();
});

describe('nightly backup', () => {
  it('reads its settings from the environment', () => {
    expect(nightlySettings({})).toBeNull();
    expect(nightlySettings({ TONGHU_BACKUP_DIR: '/srv/backup' })).toEqual({
      dir: '/srv/backup',
      keep: DEFAULT_KEEP,
    });
    expect(nightlySettings({ TONGHU_BACKUP_DIR: 'b', TONGHU_BACKUP_KEEP: '3' })?.keep).toBe(3);
    expect(() => nightlySettings({ TONGHU_BACKUP_DIR: 'b', TONGHU_BACKUP_KEEP: '0' })).toThrow(InputError);
    expect(() => nightlySettings({ TONGHU_BACKUP_DIR: 'b', TONGHU_BACKUP_KEEP: 'x' })).toThrow(
      /TONGHU_BACKUP_KEEP/,
    );
  });

  it('writes a backup, prunes its own older ones to the newest N, audits it and logs the check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-nightly-'));
    // Five earlier nights and a file of the operator's own.
    const earlier = [1, 2, 3, 4, 5].map((d) => backupFileName(new Date(Date.UTC(2026, 10, d, 18, 30))));
    for (const name of earlier) writeFileSync(path.join(dir, name), 'old');
    writeFileSync(path.join(dir, 'notes.txt'), 'keep me');

    const lines: string[] = [];
    const now = new Date(Date.UTC(2026, 10, 23, 18, 30));
    const result = await runNightly({ database, dir, keep: 3, now, log: (l) => lines.push(l) });

    expect(path.basename(result.file)).toBe('tonghu-20261123-183000Z.backup');
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
    expect(statSync(result.file).size).toBeGreaterThan(1000);
    // Encrypted under the key file, like every backup (issue 16.2): the clear first line names only the key.
    expect(readFileSync(result.file).subarray(0, 40).toString('latin1')).toContain(
      '"format":"tonghu-backup-sm4"',
    );
    expect(result.pruned).toEqual(earlier.slice(0, 3));
    expect(readdirSync(dir).sort()).toEqual(
      [...earlier.slice(3), path.basename(result.file), 'notes.txt'].sort(),
    );
    expect(result.check.problems).toEqual([]);
    expect(lines[0]).toContain('定时备份完成');
    expect(lines.at(-1)).toMatch(/数据库完整性检查：.*全部正常/);

    const audit = await database.db
      .selectFrom('audit_event')
      .select(['action', 'entity', 'actor_name'])
      .where('action', '=', 'backup')
      .execute();
    expect(audit).toEqual([{ action: 'backup', entity: 'database', actor_name: '定时备份' }]);
  }, 180_000);
});
