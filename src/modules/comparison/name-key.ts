// The name key of migration 0009 (comparison_name_key), computed in Node for the roster's rows as they are
// read: the same table (read from the database), the same steps in the same order. Keying a million roster
// names in SQL cost seconds of server time; here it costs a fraction of a second (name-key.test.ts checks
// that both give the same key).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

const SEPARATORS = /[ \t\r\n·•‧・.]/g;

export type NameKey = (name: string) => string;

export async function loadNameKey(db: Kysely<DB>): Promise<NameKey> {
  const { rows } = await sql<{
    from_chars: string;
    to_chars: string;
  }>`select from_chars, to_chars from comparison_name_key_map()`.execute(db);
  const from = [...rows[0]!.from_chars];
  const to = [...rows[0]!.to_chars];
  const table = new Map(from.map((c, i) => [c, to[i]!]));
  return (name) => {
    let mapped = name;
    for (const c of name)
      if (table.has(c)) {
        mapped = [...name].map((ch) => table.get(ch) ?? ch).join('');
        break;
      }
    const folded = mapped.normalize('NFKC');
    // Character by character, as the database's lower() does (no final-sigma rule).
    const lower = folded.toLowerCase();
    const cased =
      lower.length === folded.length && !/[Σς]/.test(folded)
        ? lower
        : [...folded].map((c) => c.toLowerCase()).join('');
    return cased.replace(SEPARATORS, '');
  };
}
