// `tonghu keys rotate [--batch N]`: seals every ID and phone number again under a new key while the system
// keeps running (db/rotate-keys.ts); `tonghu keys status`: how many values each key holds. Neither prints a key.
import type { Command } from 'commander';
import { keyFilePath, keyring } from '../../crypto/active.ts';
import { keyUsage, rotateKeys } from '../../db/rotate-keys.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('数据加密密钥（TONGHU_KEY_FILE）：轮换与使用情况');
  keys
    .command('rotate')
    .description('生成新密钥并用它重新加密全部身份证号码和电话号码（分批进行，无需停机；旧密钥保留用于读取）')
    .option('--batch <n>', '每批重新加密的行数', '1000')
    .action(
      action('keys rotate', async (options: { batch: string }) => {
        const batch = Number(options.batch);
        if (!Number.isInteger(batch) || batch < 1 || batch > 100_000)
          throw new InputError(`应为 1–100000 的整数，实际 "${options.batch}"`, { field: '--batch' });
        await withDatabase(async (database) => {
          const file = keyFilePath();
          keyring();
          const result = await rotateKeys(database.db, { file, batch });
          const total = Object.values(result.resealed).reduce((a, b) => a + b, 0);
          process.stdout.write(
            `新密钥 ${result.newKeyId} 已启用，重新加密 ${total} 个值；旧密钥 ${result.retainedKeyIds.join('、')} 保留在 ${file} 中用于读取（审计记录不可改写，仍以旧密钥加密）。请重新备份密钥文件。\n`,
          );
          for (const [column, n] of Object.entries(result.resealed))
            if (n) process.stdout.write(`  ${column}\t${n}\n`);
        });
      }),
    );
  keys
    .command('status')
    .description('各密钥加密的值的数量')
    .action(
      action('keys status', async () => {
        await withDatabase(async (database) => {
          printJson({
            file: keyFilePath(),
            active: keyring().activeId,
            keys: keyring().keyIds,
            usage: await keyUsage(database.db),
          });
        });
      }),
    );
}
