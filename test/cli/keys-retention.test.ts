// The real `tonghu keys status|rotate` and `tonghu retention --dry-run` on an embedded database in a temporary
// folder, with a key file of their own beside it.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useKeyring } from '../../src/crypto/active.ts';
import { ensureKeyFile } from '../../src/crypto/keyfile.ts';
import { Keyring } from '../../src/crypto/keyring.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import { createChild, exitChild } from '../../src/modules/children/service.ts';
import { idNumberOf } from '../helpers/import-files.ts';
import { tonghu as run } from '../helpers/cli.ts';
import { pgliteTemplate, TEST_SHARED_BUFFERS } from '../helpers/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-keys-cli-'));
const dataDir = path.join(dir, 'data');
const keyFile = path.join(dir, 'data.keys.json');
const ID = idNumberOf('2012-02-02', 77);

function tonghu(...args: string[]) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    TONGHU_DATA_DIR: dataDir,
    DATABASE_URL: '',
    TONGHU_REGION: '',
  };
  delete env.TONGHU_KEY_FILE; // the default: beside the data folder
  return run(args, {
    env: env as NodeJS.ProcessEnv,
  });
}

beforeAll(async () => {
  if (!inject('pgliteTemplate')) return;
  useKeyring(new Keyring(ensureKeyFile(keyFile, { dataDir, warn: () => {} }), keyFile));
  const database = await openDatabase({
    dataDir,
    loadDataDir: pgliteTemplate(),
    sharedBuffers: TEST_SHARED_BUFFERS,
  });
  const ctx = { db: database.db, actor: systemActor('测试'), today: '2026-11-23', deploymentRegion: null };
  const { id } = await createChild(ctx, {
    name: '张三',
    idNumber: ID,
    villageCode: '445281102201',
    phone: '13912340000',
    registeredOn: '2019-01-01',
    parents: [],
    conditions: [],
  } as never);
  await exitChild(ctx, id, { reason: 'moved_away', exitedOn: '2020-03-01', version: 1 });
  await database.close();
});
afterAll(() => {
  useKeyring(null);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!inject('pgliteTemplate'))('tonghu keys and retention', { timeout: 240_000 }, () => {
  it('rotates the key while keeping the old one, and prints no key', async () => {
    const before = JSON.parse(readFileSync(keyFile, 'utf8')) as { active: string; keys: { sm4: string }[] };
    const res = await tonghu('keys', 'rotate', '--batch', '1');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const after = JSON.parse(readFileSync(keyFile, 'utf8')) as {
      active: string;
      index: string;
      keys: { id: string; sm4: string }[];
    };
    expect(after.active).not.toBe(before.active);
    expect(after.keys.map((k) => k.id)).toContain(before.active);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    for (const k of after.keys) expect(res.stdout).not.toContain(k.sm4);
    expect(res.stdout).toContain(after.active);
    const status = await tonghu('keys', 'status');
    expect(status.code).toBe(0);
    const usage = JSON.parse(status.stdout) as {
      active: string;
      usage: Record<string, Record<string, number>>;
    };
    expect(usage.usage['child.id_number']).toEqual({ [after.active]: 1 });
  });

  it('lists on a dry run the file closed over three years ago, without its name or numbers, and changes nothing', async () => {
    const dry = await tonghu('retention', '--dry-run', '--as-of', '2026-11-23', '--format', 'json');
    expect(dry.code).toBe(0);
    const result = JSON.parse(dry.stdout) as { children: { exitedOn: string }[]; dryRun: boolean };
    expect(result.dryRun).toBe(true);
    expect(result.children.map((c) => c.exitedOn)).toEqual(['2020-03-01']);
    expect(dry.stdout).not.toContain('张三');
    expect(dry.stdout).not.toContain(ID);
    // Still due: nothing was changed.
    expect(
      JSON.parse((await tonghu('retention', '--dry-run', '--as-of', '2026-11-23', '--format', 'json')).stdout)
        .children,
    ).toHaveLength(1);
    expect((await tonghu('retention', '--years', 'x')).code).toBe(2);
  });
});
