// The care duties of every profile (issue 19.4, DOMAIN.md §7) as their seeds write them: each text a quotation of
// the seed it cites (checked where the seeds are at hand), each from the profile's own seed unless marked
// adopted; their periods; and the rules that keep names and spreadsheets safe.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES, findProfile } from '../../policies/index.ts';
import { CARE_ACTIVITY_KINDS, stigmatisingWordsIn } from './codes.ts';
import { rulePeriod } from './rules.ts';
import { safeCell } from './safe-cell.ts';

const SEEDS = path.resolve('../shared/seeds');
const seedText = (no: string) => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${no}_`))!;
  return readFileSync(path.join(SEEDS, file), 'utf8').replace(/\s+/g, '');
};
const rule = (profile: string, id: string) => findProfile(profile)!.careActivities.find((r) => r.id === id)!;

describe.each(PROFILES.map((p) => [p.id, p] as const))('care duties of %s', (_id, profile) => {
  it('has a duty for each kind the seeds name, each id once, the rate a calendar period or none', () => {
    const ids = profile.careActivities.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(profile.careActivities.map((r) => r.kind))).toEqual(
      new Set(CARE_ACTIVITY_KINDS.filter((k) => k !== 'other')),
    );
    for (const r of profile.careActivities) expect([null, 'P1Y', 'P6M', 'P3M']).toContain(r.every);
  });

  it('cites its own seed, or says the duty is adopted', () => {
    for (const r of profile.careActivities) {
      if (r.adopted) expect(r.source.slice(0, 3)).not.toBe(profile.seed);
      else expect(r.source.slice(0, 3)).toBe(profile.seed);
    }
  });

  it.skipIf(!existsSync(SEEDS))('quotes the seed it cites word for word', () => {
    for (const r of profile.careActivities) expect(seedText(r.source.slice(0, 3)), r.id).toContain(r.text);
  });
});

describe('the duties the seeds set a rate for', () => {
  it('普宁: family-education guidance for every target child’s family at least yearly (003 §五.4)', () => {
    expect(rule('puning', 'family_education')).toMatchObject({ reach: 'target_family', every: 'P1Y' });
  });
  it('普宁, 江宁, 株洲: a safety-knowledge visit to every village at least yearly (003 §五.13, 000 (三)9, 004 §二.14)', () => {
    expect(rule('puning', 'safety_village')).toMatchObject({
      reach: 'village',
      every: 'P1Y',
      source: '003 §五.13',
    });
    expect(rule('jiangning', 'safety_village')).toMatchObject({
      reach: 'village',
      every: 'P1Y',
      source: '000 (三)9',
    });
    expect(rule('zhuzhou', 'safety_village')).toMatchObject({
      reach: 'village',
      every: 'P1Y',
      source: '004 §二.14',
    });
  });
  it('松江: yearly visits to every 居村 and a talk in every street each quarter (002 §二.5)', () => {
    expect(rule('songjiang', 'safety_village')).toMatchObject({
      reach: 'village',
      every: 'P1Y',
      source: '002 §二.5',
    });
    expect(rule('songjiang', 'safety_township')).toMatchObject({
      reach: 'township',
      every: 'P3M',
      source: '002 §二.5',
    });
  });
  it('铁东 sets no rate for safety visits (001 §四.13), nor any seed for psychological screening (003 §五.2, 004 §二.3)', () => {
    expect(rule('tiedong', 'safety_village').every).toBeNull();
    expect(rule('puning', 'psychological').every).toBeNull();
    expect(rule('zhuzhou', 'psychological')).toMatchObject({ every: null, source: '004 §二.3' });
  });
  it('the national baseline adopts 普宁’s yearly duties, marked so', () => {
    expect(rule('national', 'family_education')).toMatchObject({
      every: 'P1Y',
      source: '003 §五.4',
      adopted: true,
    });
  });
});

describe('periods', () => {
  it('a yearly duty counts the calendar year up to the report date', () => {
    expect(rulePeriod({ every: 'P1Y' }, '2026-11-23')).toEqual({
      label: '2026',
      start: '2026-01-01',
      end: '2026-12-31',
      until: '2026-11-23',
    });
  });
  it('a quarterly duty the quarter (002 §二.5), a duty without a rate the year', () => {
    expect(rulePeriod({ every: 'P3M' }, '2026-11-23')).toMatchObject({
      label: '2026-Q4',
      start: '2026-10-01',
    });
    expect(rulePeriod({ every: null }, '2026-02-01')).toMatchObject({
      start: '2026-01-01',
      until: '2026-02-01',
    });
  });
});

describe('safe names and cells', () => {
  it('finds the words that label a child in an activity name (003 §七(四))', () => {
    expect(stigmatisingWordsIn('关爱留守儿童暑期营')).toEqual(['留守']);
    expect(stigmatisingWordsIn('困境儿童与留守儿童')).toEqual(['留守', '困境']);
    expect(stigmatisingWordsIn('童心港湾暑期营')).toEqual([]);
  });
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell('+1')).toBe("'+1");
    expect(safeCell('-2')).toBe("'-2");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('安全讲座')).toBe('安全讲座');
    expect(safeCell(12)).toBe(12);
    expect(safeCell(null)).toBeNull();
  });
});
