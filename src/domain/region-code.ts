// Statistical division codes (统计用区划代码): province 2 digits, city 4, county 6, township 9,
// village 12. Stored everywhere as the full 12 digits; short forms are accepted at the edges.

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'township', 'village'];

const PREFIX_LENGTH: Record<RegionLevel, number> = {
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
};

export const REGION_LEVEL_NAMES: Record<RegionLevel, string> = {
  province: '省级',
  city: '地级',
  county: '县级',
  township: '乡级',
  village: '村级',
};

export function prefixLength(level: RegionLevel): number {
  return PREFIX_LENGTH[level];
}

/** Accepts 2, 4, 6, 9 or 12 digits; returns null for anything else. */
export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/.test(value);
}

/** The level named by a code: by its length when short, by its trailing zeros when 12 digits long. */
export function regionLevel(code: string): RegionLevel {
  if (!isRegionCode(code)) throw new RangeError(`not a statistical division code: ${code}`);
  switch (code.length) {
    case 2:
      return 'province';
    case 4:
      return 'city';
    case 6:
      return 'county';
    case 9:
      return 'township';
  }
  if (code.slice(9) !== '000') return 'village';
  if (code.slice(6, 9) !== '000') return 'township';
  if (code.slice(4, 6) !== '00') return 'county';
  if (code.slice(2, 4) !== '00') return 'city';
  return 'province';
}

/** The significant prefix: 445281000000 → 445281. */
export function shortCode(code: string): string {
  return code.slice(0, PREFIX_LENGTH[regionLevel(code)]);
}

/** 445281 → 445281000000. */
export function fullCode(code: string): string {
  return shortCode(code).padEnd(12, '0');
}

/** Codes of the ancestors, outermost first, as short codes: 445281100201 → [44, 4452, 445281, 445281100]. */
export function ancestorCodes(code: string): string[] {
  const level = regionLevel(code);
  const short = shortCode(code);
  return REGION_LEVELS.slice(0, REGION_LEVELS.indexOf(level)).map((l) => short.slice(0, PREFIX_LENGTH[l]));
}

export function parentCode(code: string): string | null {
  const chain = ancestorCodes(code);
  return chain.length ? (chain[chain.length - 1] as string) : null;
}

/** True when `code` is `ancestor` itself or lies under it. */
export function isUnder(code: string, ancestor: string): boolean {
  return shortCode(code).startsWith(shortCode(ancestor));
}

/**
 * The county a region prefix (a short code, or a code's first digits) lies in — its first six digits — or null
 * for a prefix above a county (a city, a province, '' for all). County-scoped queries name it, so that an index
 * led by county_code serves them (and, distributed, one node does).
 */
export function countyOfPrefix(prefix: string): string | null {
  return prefix.length >= 6 ? prefix.slice(0, 6) : null;
}
