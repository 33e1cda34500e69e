// The migrations are listed by hand in migrations/index.ts (so that they are bundled with the CLI); a file
// added without its line, or a line left after its file went, would silently skip or break a migration.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATION_FILE, MIGRATIONS_DIR } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

describe('the list of migrations', () => {
  it('names every migration file in the folder, in order, and nothing else', () => {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => MIGRATION_FILE.test(f))
      .sort()
      .map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(MIGRATIONS)).toEqual(files);
    for (const name of files) expect(typeof MIGRATIONS[name]?.up, name).toBe('function');
  });
});
