// Drawing the files to check (档案抽查) so that anyone can draw them again: each file is ranked by a hash of
// the seed and its id, and the sample is the files with the lowest ranks. The same seed over the same
// population gives the same sample whatever order the files come in; a file added or removed moves the
// sample by at most that one file, so a recount can be explained.
import { createHash, randomBytes } from 'node:crypto';

function rank(seed: string, id: string): string {
  return createHash('sha256').update(`${seed}\u0000${id}`).digest('hex');
}

/** The `size` ids of the population that the seed ranks first, in drawing order. */
export function drawSample(population: readonly string[], seed: string, size: number): string[] {
  return [...new Set(population)]
    .map((id) => ({ id, rank: rank(seed, id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, Math.max(0, size))
    .map((r) => r.id);
}

/** A fingerprint of the population (order does not matter), recorded with the check. */
export function populationDigest(population: readonly string[]): string {
  return createHash('sha256')
    .update([...new Set(population)].sort().join('\n'))
    .digest('hex');
}

export function newSeed(): string {
  return randomBytes(8).toString('hex');
}

/**
 * How many files to check when the checker does not say: 5% of the files, at least 10 (all of them
 * when there are fewer). The seeds set how often to check, not how many; this is the project's reading.
 */
export function defaultSampleSize(population: number, percent = 5, minimum = 10): number {
  return Math.min(population, Math.max(minimum, Math.ceil((population * percent) / 100)));
}
