// The profiles this deployment knows and the region → profile mapping (DOMAIN.md §3). A new county is a
// new file in this folder and a line below; the engine does not change.
import type { PolicyProfile } from '../domain/policy.ts';
import { shortCode } from '../domain/region-code.ts';
import jiangning from './jiangning.ts';
import national from './national.ts';
import puning from './puning.ts';
import songjiang from './songjiang.ts';
import tiedong from './tiedong.ts';
import zhuzhou from './zhuzhou.ts';

export const PROFILES: readonly PolicyProfile[] = [national, jiangning, tiedong, songjiang, puning, zhuzhou];

export const DEFAULT_PROFILE = national;

export function profileIds(): string[] {
  return PROFILES.map((p) => p.id);
}

export function findProfile(id: string): PolicyProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** The profile of the most specific region prefix that covers `code`; national where none does. */
export function profileForRegion(code: string): PolicyProfile {
  const short = shortCode(code);
  let best: PolicyProfile = DEFAULT_PROFILE;
  let bestLength = 0;
  for (const profile of PROFILES)
    for (const prefix of profile.regions)
      if (short.startsWith(prefix) && prefix.length > bestLength) {
        best = profile;
        bestLength = prefix.length;
      }
  return best;
}
