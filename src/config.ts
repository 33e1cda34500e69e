// The deployment's settings, from the environment (CONTRACT.md "Set-up and environment").
import { resolve } from 'node:path';
import { isRegionCode } from './domain/region-code.ts';
import { InputError } from './shared/errors.ts';

export interface Config {
  /** postgres://… — use that server; otherwise the embedded database. */
  databaseUrl: string | null;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** The deployment's region (2, 4, 6 or 9 digits); null means not set, and regions load as they are used. */
  region: string | null;
  port: number;
  host: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const region = env.TONGHU_REGION?.trim() || null;
  if (region !== null && !(isRegionCode(region) && region.length < 12))
    throw new InputError(`TONGHU_REGION 应为2、4、6或9位统计用区划代码，实际 "${region}"`, {
      field: 'TONGHU_REGION',
    });
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InputError(`PORT 无效："${env.PORT}"`, { field: 'PORT' });
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(env.TONGHU_DATA_DIR?.trim() || './data'),
    region,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
  };
}
