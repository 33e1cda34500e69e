// The people who work the demo county (DOMAIN.md §5): a child director in every village, a second where
// target children exceed the profile's threshold (普宁 §五.16: more than 30), a supervisor in every
// township, and at the county an administrator and a member of staff. Passwords are random, not seeded:
// a demo reachable on a network must not open with a password anyone can compute.
import { randomUUID } from 'node:crypto';
import type { Role } from '../access/index.ts';
import { generatePassword } from '../auth/index.ts';
import { profileForRegion } from '../../policies/index.ts';
import { shortCode } from '../../domain/region-code.ts';
import { personName } from './names.ts';
import type { Village } from './population.ts';
import type { Random } from './random.ts';

export interface DemoAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  gender: 'male' | 'female';
  /** Where the account works, as people say it: 赤岗镇五福屿村委会. */
  regionLabel: string;
  password: string;
}

export interface Township {
  code: string;
  name: string;
}

/** How many directors a village needs for its number of target children. */
export function directorsRequired(villageCode: string, targetChildren: number): number {
  const rule = profileForRegion(villageCode).workforce;
  return rule.moreDirectorsAbove !== null && targetChildren > rule.moreDirectorsAbove
    ? rule.directorsAbove
    : rule.directorsPerVillage;
}

export function planAccounts(
  rng: Random,
  county: { code: string; name: string },
  townships: readonly Township[],
  villages: readonly Village[],
  targetByVillage: ReadonlyMap<string, number>,
): DemoAccount[] {
  const account = (
    username: string,
    role: Role,
    regionCode: string,
    regionLabel: string,
    womanShare: number,
  ): DemoAccount => {
    const gender = rng.chance(womanShare) ? 'female' : 'male';
    return {
      id: randomUUID(),
      username,
      displayName: personName(rng, gender === 'female' ? 'woman' : 'man'),
      role,
      regionCode,
      gender,
      regionLabel,
      password: generatePassword(),
    };
  };
  const countyShort = shortCode(county.code);
  const accounts: DemoAccount[] = [
    account(`admin-${countyShort}`, 'admin', county.code, county.name, 0),
    account(`staff-${countyShort}`, 'civil_affairs', county.code, county.name, 1),
  ];
  for (const t of townships)
    accounts.push(account(`sup-${shortCode(t.code)}`, 'supervisor', t.code, t.name, 0.6));
  for (const v of villages) {
    const needed = directorsRequired(v.code, targetByVillage.get(v.code) ?? 0);
    for (let i = 1; i <= needed; i++)
      accounts.push(
        account(
          i === 1 ? `dir-${v.code}` : `dir-${v.code}-${i}`,
          'director',
          v.code,
          v.name.startsWith(v.townshipName) ? v.name : `${v.townshipName}${v.name}`,
          // Most village child directors are women, often the women's-federation cadre of the village.
          0.75,
        ),
      );
  }
  return accounts;
}
