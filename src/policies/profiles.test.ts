// Every profile is well-formed data: intervals parse, every rule cites a real seed paragraph, every code is known.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITIONS, DERIVED_FACTORS, PARENT_STATUSES } from '../domain/codes.ts';
import { isDuration } from '../domain/duration.ts';
import type { PolicyProfile, Selector } from '../domain/policy.ts';
import { PROFILES, findProfile, profileForRegion } from './index.ts';

const SEEDS_DIR = path.resolve('../shared/seeds');
const seedNumbers = existsSync(SEEDS_DIR)
  ? readdirSync(SEEDS_DIR)
      .filter((f) => /^\d{3}_/.test(f))
      .map((f) => f.slice(0, 3))
  : ['000', '001', '002', '003', '004'];

function sources(profile: PolicyProfile): string[] {
  const cited = [
    profile.leftBehind,
    profile.inDifficulty,
    profile.singleParentRural,
    profile.grading,
    profile.mandatoryReport,
    profile.spotCheck,
    profile.workforce,
    profile.screening,
    profile.dataComparison,
    profile.listSharing,
    profile.progressReport,
    profile.inspection,
    profile.redFollowUp,
  ].filter((r) => r !== undefined);
  return [
    ...cited.map((r) => r.source),
    ...profile.schedule.map((r) => r.source),
    ...profile.grading.factors.map((f) => f.source),
  ];
}

function selectorCodes(s: Selector): string[] {
  switch (s.kind) {
    case 'condition':
    case 'parentStatus':
    case 'factor':
      return s.any;
    case 'anyOf':
      return s.of.flatMap(selectorCodes);
    default:
      return [];
  }
}

describe.each(PROFILES.map((p) => [p.id, p] as const))('profile %s', (_id, profile) => {
  it('cites a seed file and paragraph for every rule', () => {
    for (const source of sources(profile)) {
      expect(source).toMatch(/^\d{3} (§|\()/);
      expect(seedNumbers).toContain(source.slice(0, 3));
    }
  });

  it('uses ISO-8601 durations and known codes only', () => {
    for (const rule of profile.schedule) {
      for (const d of [rule.visitEvery, rule.contactEvery])
        if (d !== undefined) expect(isDuration(d)).toBe(true);
      for (const code of selectorCodes(rule.when))
        expect([...CONDITIONS, ...PARENT_STATUSES, ...DERIVED_FACTORS] as string[]).toContain(code);
    }
    expect(isDuration(profile.spotCheck.every)).toBe(true);
    for (const f of profile.grading.factors)
      expect([...CONDITIONS, ...DERIVED_FACTORS] as string[]).toContain(f.code);
  });

  it('gives every schedule rule a visit, a contact interval or immediate handling', () => {
    for (const rule of profile.schedule)
      expect(rule.immediate || rule.visitEvery || rule.contactEvery).toBeTruthy();
  });
});

describe('region → profile (DOMAIN.md §3)', () => {
  it.each([
    ['320115', 'jiangning'],
    ['320115003001', 'jiangning'],
    ['220303', 'tiedong'],
    ['310117', 'songjiang'],
    ['445281', 'puning'],
    ['445281102201', 'puning'],
    ['4302', 'zhuzhou'],
    ['430281', 'zhuzhou'],
    ['430223100200', 'zhuzhou'],
    ['445222', 'national'],
    ['44', 'national'],
    ['43', 'national'],
    ['110101', 'national'],
  ])('%s → %s', (code, id) => expect(profileForRegion(code).id).toBe(id));

  it('knows the six profiles by id', () => {
    expect(PROFILES.map((p) => p.id)).toEqual([
      'national',
      'jiangning',
      'tiedong',
      'songjiang',
      'puning',
      'zhuzhou',
    ]);
    expect(findProfile('nowhere')).toBeUndefined();
  });
});
