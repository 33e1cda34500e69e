// Reproducible sampling of files for archive spot checks: the same seed over the same population gives the
// same sample, a different seed a different one.
import { describe, expect, it } from 'vitest';
import { defaultSampleSize, drawSample, newSeed, populationDigest } from './sample.ts';

const population = Array.from({ length: 500 }, (_, i) => `child-${String(i).padStart(4, '0')}`);

describe('drawing a sample', () => {
  it('gives the same sample for the same seed, whatever order the files come in', () => {
    const a = drawSample(population, '2026-普宁-1', 25);
    const b = drawSample([...population].reverse(), '2026-普宁-1', 25);
    expect(a).toHaveLength(25);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(25);
    for (const id of a) expect(population).toContain(id);
  });

  it('gives a different sample for a different seed', () => {
    const a = drawSample(population, 'seed-a', 25);
    const b = drawSample(population, 'seed-b', 25);
    expect(b).not.toEqual(a);
    expect(b.filter((id) => a.includes(id)).length).toBeLessThan(10);
  });

  it('moves by at most one file when one file joins the population', () => {
    const a = drawSample(population, 'seed-a', 25);
    const b = drawSample([...population, 'child-new'], 'seed-a', 25);
    expect(b.filter((id) => !a.includes(id)).length).toBeLessThanOrEqual(1);
  });

  it('takes the whole population when asked for more, nothing when asked for none', () => {
    expect(drawSample(population.slice(0, 3), 's', 10).sort()).toEqual(population.slice(0, 3));
    expect(drawSample(population, 's', 0)).toEqual([]);
    expect(drawSample([], 's', 5)).toEqual([]);
  });

  it('spreads over the population rather than favouring its start', () => {
    const sample = drawSample(population, newSeed(), 100);
    const firstHalf = sample.filter((id) => Number(id.slice(6)) < 250).length;
    expect(firstHalf).toBeGreaterThan(25);
    expect(firstHalf).toBeLessThan(75);
  });
});

describe('population fingerprint and default size', () => {
  it('fingerprints the set of files, not their order', () => {
    expect(populationDigest([...population].reverse())).toBe(populationDigest(population));
    expect(populationDigest(population.slice(1))).not.toBe(populationDigest(population));
  });

  it.each([
    [0, 0],
    [7, 7],
    [100, 10],
    [500, 25],
    [1001, 51],
  ])('checks %i files → %i', (files, size) => {
    expect(defaultSampleSize(files)).toBe(size);
  });

  it('makes a fresh seed each time one is not given', () => {
    expect(newSeed()).toMatch(/^[0-9a-f]{16}$/);
    expect(newSeed()).not.toBe(newSeed());
  });
});
