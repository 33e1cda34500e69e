import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultKeyFilePath, ensureKeyFile, newSealingKey, readKeyFile, writeKeyFile } from './keyfile.ts';
import { IntegrityError, Keyring } from './keyring.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-crypto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ID = '445281201304021234';

describe('key file', () => {
  it('is created 0600 beside the data folder, with a reminder to back it up that names no key', () => {
    const data = path.join(dir, 'data');
    const file = defaultKeyFilePath(data);
    expect(path.dirname(file)).toBe(dir);
    const warnings: string[] = [];
    const old = process.umask(0o000);
    try {
      const keys = ensureKeyFile(file, { dataDir: data, warn: (m) => warnings.push(m) });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('备份');
      for (const k of keys.keys) expect(warnings[0]).not.toContain(k.sm4);
      expect(warnings[0]).not.toContain(keys.index);
      // The second start reads it, and says nothing.
      expect(ensureKeyFile(file, { dataDir: data, warn: (m) => warnings.push(m) })).toEqual(keys);
      expect(warnings).toHaveLength(1);
    } finally {
      process.umask(old);
    }
  });

  it('may not lie inside the data folder', () => {
    const data = path.join(dir, 'data2');
    expect(() => ensureKeyFile(path.join(data, 'keys.json'), { dataDir: data, warn: () => {} })).toThrow(
      /数据目录/,
    );
  });

  it('is created once when several processes start together: each reads the one key that won', async () => {
    const file = path.join(dir, 'race', 'keys.json');
    const script = `
      import { ensureKeyFile } from ${JSON.stringify(path.resolve('src/crypto/keyfile.ts'))};
      const k = ensureKeyFile(${JSON.stringify(file)}, { warn: () => {} });
      process.stdout.write(k.active + ' ' + k.index);`;
    const runs = Array.from({ length: 6 }, () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]),
    );
    const seen = new Set((await Promise.all(runs)).map((r) => r.stdout));
    expect(seen.size).toBe(1);
    expect([...seen][0]).toBe(`${readKeyFile(file).active} ${readKeyFile(file).index}`);
    expect(readdirSync(path.dirname(file))).toEqual(['keys.json']);
  });

  it('is tightened to 0600 when found readable by others', () => {
    const file = path.join(dir, 'loose.json');
    ensureKeyFile(file, { warn: () => {} });
    writeFileSync(file, readFileSync(file), { mode: 0o644 });
    chmodSync(file, 0o644);
    ensureKeyFile(file, { warn: () => {} });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('sealing', () => {
  const file = path.join(dir, 'ring.json');
  const ring = new Keyring(ensureKeyFile(file, { warn: () => {} }), file);

  it('round-trips, never shows the value, and differs every time (random IV)', () => {
    const a = ring.seal(ID);
    const b = ring.seal(ID);
    expect(a).not.toBe(b);
    expect(a).not.toContain(ID);
    expect(a.startsWith(`sm4.${ring.activeId}.`)).toBe(true);
    expect(ring.open(a)).toBe(ID);
    expect(ring.open(ring.seal(''))).toBe('');
    expect(ring.open(ring.seal('张三 13800000000'))).toBe('张三 13800000000');
  });

  it('refuses a changed ciphertext, IV, MAC or key id (encrypt-then-MAC)', () => {
    const sealed = ring.seal(ID);
    const [prefix, kid, body] = sealed.split('.') as [string, string, string];
    const bytes = Buffer.from(body, 'base64url');
    for (const at of [0, 16, 20, bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[at] = tampered[at]! ^ 1;
      expect(() => ring.open(`${prefix}.${kid}.${tampered.toString('base64url')}`)).toThrow(IntegrityError);
    }
    // Another keyring's seal does not open here: the key id is unknown.
    const other = new Keyring(ensureKeyFile(path.join(dir, 'other.json'), { warn: () => {} }));
    expect(() => ring.open(other.seal(ID))).toThrow(/缺少密钥/);
  });

  it('gives a blind index that is keyed, stable, normalised and kind-separated', () => {
    const other = new Keyring(ensureKeyFile(path.join(dir, 'other2.json'), { warn: () => {} }));
    const bidx = ring.blindIndex('id_number', '44528120130402123x');
    expect(bidx).toBe(ring.blindIndex('id_number', ' 44528120130402123X'));
    expect(bidx).not.toBe(other.blindIndex('id_number', '44528120130402123X'));
    expect(bidx).not.toContain('445281');
    expect(bidx).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(ring.blindIndex('phone', '138-0000-0000')).toBe(ring.blindIndex('phone', '13800000000'));
    expect(ring.blindIndex('phone', '123')).not.toBe(ring.blindIndex('id_number', '123'));
  });

  it('reads values sealed under a key added by another process, and seals under it after a reload', () => {
    const before = ring.seal(ID);
    const data = readKeyFile(file);
    const added = newSealingKey(data.keys);
    writeKeyFile(file, { ...data, active: added.id, keys: [...data.keys, added] });
    const writer = Keyring.fromFile(file);
    const after = writer.seal(ID);
    expect(after.startsWith(`sm4.${added.id}.`)).toBe(true);
    // `ring` has not seen the new key; it re-reads the file when a value names it.
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(ring.open(after)).toBe(ID);
        expect(ring.open(before)).toBe(ID);
        expect(ring.activeId).toBe(added.id);
        resolve();
      }, 1100),
    );
  });
});
