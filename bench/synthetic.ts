// Deterministic synthetic children for benchmarks: believable mixes of parents' statuses and conditions.

/** A small, fast, seedable generator (mulberry32) so every run sees the same children. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONDITION_POOL = [
  'assist.dibao', 'assist.dibao_marginal', 'assist.tekun', 'orphan', 'disability.severe', 'school.dropout_suspected',
  'guardianship.insufficient', 'mental.abnormal_behaviour', 'single_parent_rural', 'harm.suspected', 'illness.severe',
]; // prettier-ignore

export function syntheticFacts(i: number): Record<string, unknown> {
  const rnd = random(i + 1);
  const year = 2009 + Math.floor(rnd() * 17);
  const birthDate = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const away = (relation: string) => ({
    relation,
    statuses: ['migrant'],
    migrantMonths: Math.floor(rnd() * 14),
    crossCounty: rnd() < 0.8,
    coreUrbanBoth: rnd() < 0.05,
  });
  const parents =
    rnd() < 0.6
      ? [
          away('father'),
          rnd() < 0.7
            ? away('mother')
            : { relation: 'mother', statuses: rnd() < 0.5 ? ['severe_illness'] : [] },
        ]
      : [];
  const conditions = CONDITION_POOL.filter(() => rnd() < 0.06);
  const guardianship = (['good', 'fair', 'poor'] as const)[Math.floor(rnd() * 3)];
  // Facts that contradict each other are refused (an orphan has no living parent; good guardianship is not
  // insufficient): the generator keeps to consistent ones.
  return {
    birthDate,
    hukouType: rnd() < 0.85 ? 'rural' : 'urban',
    guardianship:
      guardianship === 'good' && conditions.includes('guardianship.insufficient') ? 'fair' : guardianship,
    parents: conditions.includes('orphan') ? [] : parents,
    conditions,
  };
}
