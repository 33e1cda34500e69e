// The JavaScript SM3 and HMAC-SM3 (sm3.mjs) against the standard's examples and against Node's own, and the
// blind index and sealed values built on them against the constructions they replaced (createHmac, and
// createCipheriv('sm4-ctr') for each value).
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  randomBytes,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndexWith } from './blind-index.mjs';
import { Keyring } from './keyring.ts';
import { KEY_FILE_FORMAT, newSealingKey } from './keyfile.ts';
import { HmacSm3, sm3 } from './sm3.mjs';

describe('SM3 in JavaScript', () => {
  it('gives the digests of GB/T 32905-2016’s two examples', () => {
    expect(sm3(Buffer.from('abc')).toString('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
    expect(sm3(Buffer.from('abcd'.repeat(16))).toString('hex')).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
  });

  it('equals node:crypto’s SM3 and HMAC-SM3 for every length up to 300 bytes and keys of every size', () => {
    for (let n = 0; n <= 300; n++) {
      const message = randomBytes(n);
      expect(sm3(message).equals(createHash('sm3').update(message).digest()), `${n} bytes`).toBe(true);
      for (const keyLength of [1, 16, 32, 63, 64, 65, 100]) {
        const key = randomBytes(keyLength);
        const mac = new HmacSm3(key);
        expect(mac.digest(message).equals(createHmac('sm3', key).update(message).digest())).toBe(true);
        // Reused for a second message, and over a prefix of a longer buffer.
        const longer = Buffer.concat([message, randomBytes(7)]);
        expect(mac.digest(longer, n).equals(createHmac('sm3', key).update(message).digest())).toBe(true);
      }
    }
  });
});

describe('the blind index', () => {
  const previous = (
    key: ReturnType<typeof createSecretKey>,
    kind: 'id_number' | 'phone',
    normalised: string,
  ) => createHmac('sm3', key).update(kind).update('\0').update(normalised).digest('base64url').slice(0, 22);

  it('is what createHmac gave, for ID numbers, phones and any text, under several keys', () => {
    for (let k = 0; k < 3; k++) {
      const key = createSecretKey(randomBytes(32));
      for (const [kind, typed, normalised] of [
        ['id_number', ' 44528120100101123x ', '44528120100101123X'],
        ['id_number', '445281201001011234', '445281201001011234'],
        ['id_number', '测试号码Ａ', '测试号码Ａ'],
        ['id_number', 'x'.repeat(200), 'X'.repeat(200)],
        ['phone', '138-0013-8000', '13800138000'],
        ['phone', '', ''],
      ] as const)
        expect(blindIndexWith(key, 22, kind, typed), typed).toBe(previous(key, kind, normalised));
    }
  });
});

describe('a sealed value (SM4-CTR by the block cipher, the MAC by sm3.mjs)', () => {
  const key = newSealingKey();
  const index = randomBytes(32).toString('hex');
  const ring = new Keyring({ format: KEY_FILE_FORMAT, active: key.id, index, keys: [key] });
  const macOf = (iv: Buffer, ct: Buffer) =>
    createHmac('sm3', Buffer.from(key.mac, 'hex'))
      .update('tonghu.sealed.v1\0')
      .update(key.id)
      .update(iv)
      .update(ct)
      .digest();

  it('is what createCipheriv and createHmac gave: values sealed before open, new ones read the same', () => {
    const ivs = [
      randomBytes(16),
      // The counter's carry across bytes, and past the last block number.
      Buffer.concat([randomBytes(8), Buffer.alloc(8, 0xff)]),
      Buffer.alloc(16, 0xff),
    ];
    const plains = ['445281201304021234', '13800138000', '张三的电话 0663-1234567', 'x'.repeat(150)];
    for (const plain of plains)
      for (const iv of ivs) {
        const cipher = createCipheriv('sm4-ctr', Buffer.from(key.sm4, 'hex'), iv);
        const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        const before = `sm4.${key.id}.${Buffer.concat([iv, ct, macOf(iv, ct)]).toString('base64url')}`;
        expect(ring.open(before)).toBe(plain);
        const bytes = Buffer.from(ring.seal(plain).split('.')[2]!, 'base64url');
        const [sealedIv, sealedCt] = [bytes.subarray(0, 16), bytes.subarray(16, bytes.length - 32)];
        expect(bytes.subarray(bytes.length - 32).equals(macOf(sealedIv, sealedCt))).toBe(true);
        const decipher = createDecipheriv('sm4-ctr', Buffer.from(key.sm4, 'hex'), sealedIv);
        expect(Buffer.concat([decipher.update(sealedCt), decipher.final()]).toString('utf8')).toBe(plain);
      }
  });
});
