// The blind-index worker (blind-index-worker.mjs) repeats Keyring.blindIndex's construction in plain
// JavaScript: every value must get the same index either way, or a comparison would match nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureKeyFile } from './keyfile.ts';
import { Keyring } from './keyring.ts';
import { stopBlindIndexWorker } from './blind-index-pool.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-bidx-pool-'));
afterAll(async () => {
  await stopBlindIndexWorker();
  rmSync(dir, { recursive: true, force: true });
});

const ring = (name: string) => new Keyring(ensureKeyFile(path.join(dir, name), { warn: () => {} }));

describe('blind indexes of a batch', () => {
  it('are what blindIndex gives one by one, in order, on the worker as on this thread', async () => {
    const keys = ring('a.json');
    const ids = Array.from({ length: 1_500 }, (_, i) => `4452812010010${String(1000 + i).padStart(4, '0')}`);
    // Values the normalisation changes, and missing ones.
    ids[3] = ' 44528120100101123x ';
    ids[7] = '';
    const withGaps: (string | null)[] = [...ids];
    withGaps[11] = null;
    for (const values of [withGaps, withGaps.slice(0, 50)]) {
      const batch = await keys.blindIndexes('id_number', values);
      expect(batch).toHaveLength(values.length);
      expect(batch).toEqual(values.map((v) => (v ? keys.blindIndex('id_number', v) : null)));
    }
    expect((await keys.blindIndexes('id_number', withGaps))[3]).toBe(
      keys.blindIndex('id_number', '44528120100101123X'),
    );

    const phones = Array.from({ length: 400 }, (_, i) => `138-0000-${String(i).padStart(4, '0')}`);
    expect(await keys.blindIndexes('phone', phones)).toEqual(phones.map((p) => keys.blindIndex('phone', p)));
  });

  it('follow the keyring whose key they are asked with', async () => {
    const [a, b] = [ring('b.json'), ring('c.json')];
    const values = Array.from({ length: 300 }, (_, i) => `44528120100101${String(1000 + i)}`);
    const [fromA, fromB] = await Promise.all([
      a.blindIndexes('id_number', values),
      b.blindIndexes('id_number', values),
    ]);
    expect(fromA).toEqual(values.map((v) => a.blindIndex('id_number', v)));
    expect(fromB).toEqual(values.map((v) => b.blindIndex('id_number', v)));
    expect(fromA[0]).not.toBe(fromB[0]);
  });
});
