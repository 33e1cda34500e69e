// Issue 19 pt 1: each profile as its own seed says. One case per rule of the issue, each naming the seed
// paragraph it checks; facts go through parseFacts as `tonghu assess` reads them.
import { describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../domain/assess.ts';
import { FactsError, parseFacts } from '../domain/facts.ts';
import { requiredDirectors } from '../modules/workforce/coverage.ts';
import { findProfile, PROFILES } from './index.ts';

const AS_OF = '2026-11-23';
type Json = Record<string, unknown>;

const away = (relation: 'father' | 'mother', extra: Json = {}): Json => ({
  relation,
  statuses: ['migrant'],
  migrantMonths: 8,
  crossCounty: true,
  coreUrbanBoth: false,
  ...extra,
});
const at = (relation: 'father' | 'mother', statuses: string[]): Json => ({ relation, statuses });
const BOTH_AWAY = [away('father'), away('mother')];
const AT_HOME = [at('father', []), at('mother', [])];

function run(policy: string, facts: Json): Assessment {
  const profile = findProfile(policy);
  if (!profile) throw new Error(`no profile ${policy}`);
  return assess(
    parseFacts({ asOf: AS_OF, birthDate: '2014-05-01', hukouType: 'rural', ...facts }, { asOf: AS_OF }),
    profile,
  );
}
const sources = (a: Assessment) => a.explanation.target.map((e) => e.source);

describe('铁东 classifies by its own three classes (001 §二(二))', () => {
  it('001 §二(二)1 — father deceased, mother severely ill → 家庭困境, not "not a target"', () => {
    const a = run('tiedong', { parents: [at('father', ['deceased']), at('mother', ['severe_illness'])] });
    expect(a).toMatchObject({ target: true, difficultyTypes: ['family_difficulty'], level: 'green' });
    expect(sources(a)).toContain('001 §二(二)1');
  });
  it('001 §二(二)1 — both parents severely disabled → 家庭困境', () => {
    const a = run('tiedong', {
      parents: [at('father', ['severe_disability']), at('mother', ['severe_disability'])],
    });
    expect(a.difficultyTypes).toEqual(['family_difficulty']);
  });
  it('001 §二(二)1 — 低保 and 特困 → 家庭困境, with its high-risk visits (001 §四.8)', () => {
    const a = run('tiedong', { parents: AT_HOME, guardianship: 'good', conditions: ['assist.tekun'] });
    expect(a).toMatchObject({ difficultyTypes: ['family_difficulty'], schedule: { visitEvery: 'P14D' } });
  });
  it('001 §二(二)3 — father deceased, mother imprisoned → 监护困境', () => {
    const a = run('tiedong', { parents: [at('father', ['deceased']), at('mother', ['imprisoned'])] });
    expect(a).toMatchObject({ target: true, difficultyTypes: ['guardianship_difficulty'] });
    expect(sources(a)).toContain('001 §二(二)3');
  });
  it('001 §二(二)3 — both parents in drug rehabilitation → 监护困境', () => {
    const a = run('tiedong', { parents: [at('father', ['drug_rehab']), at('mother', ['imprisoned'])] });
    expect(a.difficultyTypes).toEqual(['guardianship_difficulty']);
  });
  it('001 §二(二)2 — a certified non-severe disability is recorded and makes 自身困境', () => {
    const a = run('tiedong', { parents: AT_HOME, conditions: ['disability.certified'] });
    expect(a).toMatchObject({ target: true, difficultyTypes: ['own_difficulty'] });
    expect(sources(a)).toContain('001 §二(二)2');
  });
  it('001 §二(二)2 — HIV is 自身困境, not an orphan', () => {
    const a = run('tiedong', { parents: AT_HOME, conditions: ['hiv'] });
    expect(a.difficultyTypes).toEqual(['own_difficulty']);
  });
  it('001 §二(二)2 — severe illness is 自身困境', () => {
    expect(run('tiedong', { parents: AT_HOME, conditions: ['illness.severe'] }).difficultyTypes).toEqual([
      'own_difficulty',
    ]);
  });
  it('001 §二(二)3 — orphan, de facto unsupported (named in two classes, counted once) → 监护困境', () => {
    expect(run('tiedong', { parents: [], conditions: ['orphan'] }).difficultyTypes).toEqual([
      'guardianship_difficulty',
    ]);
    expect(run('tiedong', { parents: [], conditions: ['de_facto_unsupported'] }).difficultyTypes).toEqual([
      'guardianship_difficulty',
    ]);
  });
  it('001 §二(二)3 — suspected accidental injury → 监护困境, grades nothing by itself', () => {
    const a = run('tiedong', { parents: AT_HOME, conditions: ['injury.accidental_suspected'] });
    expect(a).toMatchObject({ difficultyTypes: ['guardianship_difficulty'], level: 'green', reasons: [] });
  });
  it("001 §二(二) — never one of 普宁's six codes", () => {
    const a = run('tiedong', { parents: [], conditions: ['orphan', 'assist.dibao', 'disability.severe'] });
    expect(a.difficultyTypes).toEqual(['family_difficulty', 'own_difficulty', 'guardianship_difficulty']);
  });
});

describe('铁东 001 §四.8 mandatory-report triggers', () => {
  it('a caregiver who has lost capacity → mandatory report citing 001 §四.8', () => {
    const a = run('tiedong', { parents: BOTH_AWAY, conditions: ['guardianship.severely_insufficient'] });
    expect(a).toMatchObject({ level: 'yellow', mandatoryReport: true, mandatoryReportSource: '001 §四.8' });
  });
  it('suspected accidental injury → mandatory report citing 001 §四.8, level unchanged', () => {
    const a = run('tiedong', { parents: BOTH_AWAY, conditions: ['injury.accidental_suspected'] });
    expect(a).toMatchObject({ level: 'green', mandatoryReport: true, mandatoryReportSource: '001 §四.8' });
  });
  it('the trigger holds for a child who is not a target child', () => {
    const a = run('tiedong', { parents: AT_HOME, conditions: ['guardianship.severely_insufficient'] });
    expect(a).toMatchObject({ target: false, mandatoryReport: true, mandatoryReportSource: '001 §四.8' });
  });
  it('injury.accidental_suspected opens no report under 普宁 (not one of its triggers, not red)', () => {
    const a = run('puning', { parents: BOTH_AWAY, conditions: ['injury.accidental_suspected'] });
    expect(a).toMatchObject({ level: 'green', mandatoryReport: false });
    expect(a.mandatoryReportSource).toBeUndefined();
  });
});

describe('mandatory report judged for every minor, with its citation', () => {
  it.each([
    ['puning', '003 §五.6', false],
    ['zhuzhou', '004 §二.7', false],
    ['jiangning', '003 §五.6', true],
    ['songjiang', '003 §五.6', true],
    ['national', '003 §五.6', true],
  ])('%s: red factor → source %s (adopted: %s)', (policy, source, adopted) => {
    const a = run(policy, { parents: BOTH_AWAY, conditions: ['harm.suspected'] });
    expect(a).toMatchObject({ level: 'red', mandatoryReport: true, mandatoryReportSource: source });
    expect(a.explanation.mandatoryReport[0]?.adopted === true).toBe(adopted);
  });
  it('003 §五.6 — a minor who is no target child but self-harms → mandatory report', () => {
    const a = run('puning', { parents: AT_HOME, conditions: ['self_harm'] });
    expect(a).toMatchObject({
      target: false,
      level: null,
      mandatoryReport: true,
      mandatoryReportSource: '003 §五.6',
    });
  });
  it('no report for an adult', () => {
    const a = run('puning', { birthDate: '2008-01-01', parents: AT_HOME, conditions: ['self_harm'] });
    expect(a).toMatchObject({ mandatoryReport: false });
  });
});

describe('type 6 "other" only as 003 §二(二)6 means', () => {
  it('003 §二(二)6 — a 15-year-old suspected dropout with both parents at home is not a target child', () => {
    const a = run('puning', {
      birthDate: '2011-03-01',
      parents: AT_HOME,
      conditions: ['school.dropout_suspected'],
    });
    expect(a).toMatchObject({ target: false, difficultyTypes: [], level: null, mandatoryReport: false });
  });
  it.each(['mental.serious_illness', 'guardianship.insufficient', 'mental.abnormal_behaviour', 'no_hukou'])(
    '003 §二(二)6 — %s alone makes no type',
    (code) => expect(run('puning', { parents: AT_HOME, conditions: [code] }).target).toBe(false),
  );
  it.each([
    [{ parents: AT_HOME, conditions: ['illness.severe'] }],
    [{ parents: [at('father', ['severe_illness']), at('mother', ['severe_disability'])] }],
    [{ parents: [at('father', ['missing']), at('mother', ['severe_illness'])] }],
    [{ parents: [at('father', ['imprisoned']), at('mother', ['drug_rehab'])] }],
    [{ parents: [at('father', ['deceased']), at('mother', ['drug_rehab'])] }],
    [{ parents: AT_HOME, conditions: ['guardianship.absent'] }],
    [{ parents: AT_HOME, conditions: ['unsupervised.wandering_or_missing'] }],
    [{ parents: AT_HOME, conditions: ['difficulty.other'] }],
  ])('003 §二(二)6 — the national classes (国发〔2016〕36号) make "other": %j', (facts) => {
    const a = run('puning', facts);
    expect(a).toMatchObject({ target: true, difficultyTypes: ['other'] });
    expect(a.explanation.target.find((e) => e.code === 'in_difficulty.other')?.text).toContain(
      '国发〔2016〕36号',
    );
  });
  it("003 §二(二) adopted — 江宁 classifies by 普宁's six types, marked adopted", () => {
    const a = run('jiangning', { parents: AT_HOME, conditions: ['assist.dibao'] });
    expect(a.explanation.target).toContainEqual(
      expect.objectContaining({ code: 'in_difficulty.poor_family', source: '003 §二(二)', adopted: true }),
    );
  });
});

describe('single-parent ledger (003 §五 末段, 001 §二 末段, 004 §二.9)', () => {
  it.each(['puning', 'tiedong', 'zhuzhou', 'jiangning', 'songjiang', 'national'])(
    '%s: a rural single-parent child who is neither → target false, watch true',
    (policy) => {
      const a = run(policy, {
        parents: [at('father', ['deceased']), at('mother', [])],
        conditions: ['single_parent_rural'],
      });
      expect(a).toMatchObject({ target: false, watch: true, level: null, schedule: null });
      expect(a.explanation.target.map((e) => e.code)).toContain('single_parent_rural');
    },
  );
  it('003 §五 末段 — a left-behind single-parent child is a target child, not watched', () => {
    const a = run('puning', {
      parents: [away('father'), at('mother', ['imprisoned'])],
      conditions: ['single_parent_rural'],
    });
    expect(a).toMatchObject({ target: true, watch: false, leftBehind: true });
  });
});

describe('citations: each profile cites its own seed or says adopted', () => {
  it('001 §二(一) has no rural condition: 铁东 cites it, national/江宁 cite 003 §二(一) as adopted', () => {
    const t = run('tiedong', { hukouType: 'urban', parents: BOTH_AWAY });
    expect(t.explanation.target[0]).toMatchObject({ code: 'left_behind', source: '001 §二(一)' });
    expect(t.explanation.target[0]?.adopted).toBeUndefined();
    for (const policy of ['national', 'jiangning', 'songjiang']) {
      const a = run(policy, { parents: BOTH_AWAY });
      expect(a.explanation.target[0]).toMatchObject({
        code: 'left_behind',
        source: '003 §二(一)',
        adopted: true,
      });
    }
  });
  it.each(['jiangning', 'songjiang', 'tiedong', 'zhuzhou', 'national'])(
    '%s: grading reasons taken from 003 §三 are marked adopted',
    (policy) => {
      const a = run(policy, { parents: BOTH_AWAY, conditions: ['school.dropout_suspected'] });
      expect(a.reasons).toEqual([expect.objectContaining({ source: '003 §三.2', adopted: true })]);
    },
  );
  it("003 §三.2 — 普宁's own reasons carry no adopted mark", () => {
    const a = run('puning', { parents: BOTH_AWAY, conditions: ['school.dropout_suspected'] });
    expect(a.reasons[0]).not.toHaveProperty('adopted');
  });
  it.each(PROFILES.map((p) => [p.id, p] as const))(
    '%s: every schedule rule from another seed is adopted',
    (_id, p) => {
      for (const rule of p.schedule)
        if (p.seed === null || !rule.source.startsWith(p.seed)) expect(rule.adopted, rule.id).toBe(true);
      for (const f of p.grading.factors)
        if (p.seed === null || !f.source.startsWith(p.seed)) expect(f.adopted, f.code).toBe(true);
      const m = p.mandatoryReport;
      if (p.seed === null || !m.source.startsWith(p.seed)) expect(m.adopted).toBe(true);
    },
  );
});

describe('why a child is not a target child', () => {
  it('003 §二(二) — an orphan who has just turned 18: "已满18周岁", not the left-behind paragraph', () => {
    const a = run('puning', { birthDate: '2008-11-23', parents: [], conditions: ['orphan'] });
    expect(a.target).toBe(false);
    expect(a.explanation.target).toEqual([
      expect.objectContaining({
        code: 'not_target.age',
        source: '003 §二(二)',
        text: expect.stringContaining('已满18周岁'),
      }),
    ]);
  });
  it('003 §二(一) — parents away two months under 普宁: the months rule is named', () => {
    const a = run('puning', { parents: [away('father', { migrantMonths: 2 }), away('mother')] });
    expect(a.explanation.target[0]).toMatchObject({
      code: 'not_target.left_behind',
      source: '003 §二(一)',
      text: expect.stringContaining('3个月'),
    });
  });
  it("001 §二(一) adopted — under 江宁 the six-month rule cites 铁东's paragraph as adopted", () => {
    const a = run('jiangning', { parents: [away('father', { migrantMonths: 5 }), away('mother')] });
    expect(a.explanation.target[0]).toMatchObject({ source: '001 §二(一)', adopted: true });
  });
  it('003 §二(一) — urban registration is named', () => {
    const a = run('puning', { hukouType: 'urban', parents: BOTH_AWAY });
    expect(a.explanation.target[0]?.text).toContain('非农村户籍');
  });
});

describe('松江 002 §二.3: any disability of the child', () => {
  it('a left-behind child with a certified non-severe disability → contact every two weeks, visit monthly', () => {
    const a = run('songjiang', { parents: BOTH_AWAY, conditions: ['disability.certified'] });
    expect(a.schedule).toEqual({ immediate: false, visitEvery: 'P1M', contactEvery: 'P14D' });
  });
});

describe('directors: no ">30 → 2" where the seed sets none', () => {
  it.each([
    ['puning', 2],
    ['jiangning', 2],
    ['tiedong', 1],
    ['songjiang', 1],
    ['zhuzhou', 1],
  ])('%s: 31 target children → %i required', (policy, n) => {
    expect(requiredDirectors(31, findProfile(policy)!.workforce)).toBe(n);
  });
});

describe('contradictory facts are an error naming the conflict', () => {
  const bad = (facts: Json) => () =>
    parseFacts({ asOf: AS_OF, birthDate: '2014-05-01', ...facts }, { asOf: AS_OF });
  it('a parent both migrant and deceased', () => {
    expect(bad({ parents: [{ ...away('father'), statuses: ['migrant', 'deceased'] }] })).toThrow(
      /死亡.*migrant/,
    );
  });
  it('an orphan with a living parent at home', () => {
    expect(bad({ parents: [at('father', ['deceased']), at('mother', [])], conditions: ['orphan'] })).toThrow(
      /孤儿.*parents\[1\]/,
    );
  });
  it('a parent both migrant and imprisoned', () => {
    expect(bad({ parents: [{ ...away('father'), statuses: ['migrant', 'imprisoned'] }] })).toThrow(
      FactsError,
    );
  });
  it('a parent both deceased and declared missing', () => {
    expect(bad({ parents: [at('father', ['deceased', 'missing'])] })).toThrow(/死亡.*宣告失踪/);
  });
  it('guardianship good with guardianship absent', () => {
    expect(bad({ guardianship: 'good', conditions: ['guardianship.absent'] })).toThrow(/guardianship/);
  });
  it('orphan and de facto unsupported at once', () => {
    expect(bad({ parents: [], conditions: ['orphan', 'de_facto_unsupported'] })).toThrow(/事实无人抚养/);
  });
});
