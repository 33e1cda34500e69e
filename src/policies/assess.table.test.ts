// Table tests of the engine under every profile. Each case names the seed paragraph it checks.
import { describe, expect, it } from 'vitest';
import { assess, derivedLevel, type Assessment } from '../domain/assess.ts';
import { parseFacts } from '../domain/facts.ts';
import { findProfile } from './index.ts';

const AS_OF = '2026-11-23';

type Json = Record<string, unknown>;

const migrant = (months: number, extra: Json = {}): Json => ({
  relation: 'father',
  statuses: ['migrant'],
  migrantMonths: months,
  crossCounty: true,
  coreUrbanBoth: false,
  ...extra,
});
const mother = (statuses: string[], extra: Json = {}): Json => ({ relation: 'mother', statuses, ...extra });
const father = (statuses: string[], extra: Json = {}): Json => ({ relation: 'father', statuses, ...extra });

/** A rural ten-year-old with both parents at home and nothing recorded: not a target child. */
function child(overrides: Json = {}): Json {
  return {
    asOf: AS_OF,
    birthDate: '2016-06-01',
    hukouType: 'rural',
    parents: [father([]), mother([])],
    conditions: [],
    ...overrides,
  };
}

/** Both parents away long enough, across a county line. */
const LEFT_BEHIND: Json = {
  parents: [migrant(8), { ...migrant(8), relation: 'mother' }],
};

interface Case {
  seed: string;
  name: string;
  facts: Json;
  expect: Partial<Assessment>;
}

function run(policy: string, c: Case): Assessment {
  const profile = findProfile(policy);
  if (!profile) throw new Error(`no profile ${policy}`);
  return assess(parseFacts(c.facts, { asOf: AS_OF }), profile);
}

function table(policy: string, cases: Case[]): void {
  describe(policy, () => {
    it.each(cases)('$seed — $name', (c) => {
      expect(run(policy, c)).toMatchObject(c.expect);
    });
  });
}

table('puning', [
  {
    seed: '003 §二(一), §三.2',
    name: 'the CONTRACT example: left-behind, dropout suspected, on 低保 → yellow',
    facts: {
      birthDate: '2013-04-02',
      hukouType: 'rural',
      guardianship: 'good',
      parents: [migrant(8), mother(['severe_illness'])],
      conditions: ['school.dropout_suspected', 'assist.dibao'],
    },
    expect: {
      policy: 'puning',
      asOf: AS_OF,
      target: true,
      leftBehind: true,
      difficultyTypes: ['poor_family'],
      level: 'yellow',
      reasons: [
        { code: 'school.dropout_suspected', level: 'yellow', text: '（疑似）辍学', source: '003 §三.2' },
      ],
      schedule: { immediate: false, visitEvery: 'P1M', contactEvery: 'P1M' },
      mandatoryReport: false,
    },
  },
  {
    seed: '003 §二(一)',
    name: 'parents away exactly 3 months (连续3个月以上) → left-behind, green',
    facts: child({ parents: [migrant(3), { ...migrant(3), relation: 'mother' }] }),
    expect: { target: true, leftBehind: true, level: 'green', difficultyTypes: [], reasons: [] },
  },
  {
    seed: '003 §二(一)',
    name: 'parents away 2 months → not left-behind',
    facts: child({ parents: [migrant(2), { ...migrant(8), relation: 'mother' }] }),
    expect: { target: false, leftBehind: false, level: null, schedule: null, reasons: [] },
  },
  {
    seed: '003 §二(一)',
    name: '16th birthday on the as-of date (未满十六周岁) → no longer left-behind',
    facts: child({ ...LEFT_BEHIND, birthDate: '2010-11-23' }),
    expect: { target: false, leftBehind: false, level: null },
  },
  {
    seed: '003 §二(一)',
    name: '16th birthday the day after the as-of date → still left-behind',
    facts: child({ ...LEFT_BEHIND, birthDate: '2010-11-24' }),
    expect: { target: true, leftBehind: true, level: 'green' },
  },
  {
    seed: '003 §二(一)',
    name: 'work within the home county (crossCounty false) → not a migrant worker',
    facts: child({ parents: [migrant(8, { crossCounty: false }), { ...migrant(8), relation: 'mother' }] }),
    expect: { target: false, leftBehind: false },
  },
  {
    seed: '003 §二(一)',
    name: 'crossCounty not stated → not counted as cross-county',
    facts: child({
      parents: [migrant(8, { crossCounty: undefined }), { ...migrant(8), relation: 'mother' }],
    }),
    expect: { leftBehind: false },
  },
  {
    seed: '003 §二(一)',
    name: 'work place and registration both in the core urban districts → not counted',
    facts: child({ parents: [migrant(8, { coreUrbanBoth: true }), { ...migrant(8), relation: 'mother' }] }),
    expect: { target: false, leftBehind: false },
  },
  {
    seed: '003 §二(一)',
    name: 'one parent away, the other imprisoned (无监护能力) → left-behind',
    facts: child({ parents: [migrant(5), mother(['imprisoned'])] }),
    expect: { leftBehind: true, target: true },
  },
  {
    seed: '003 §二(一)',
    name: 'one parent away, the other deceased (not in the 无监护能力 list) → not left-behind',
    facts: child({ parents: [migrant(5), mother(['deceased'])] }),
    expect: { leftBehind: false, target: false },
  },
  {
    seed: '003 §二(一)',
    name: 'urban registration → not a rural left-behind child',
    facts: child({ ...LEFT_BEHIND, hukouType: 'urban' }),
    expect: { leftBehind: false, target: false },
  },
  {
    seed: '003 §三.1',
    name: 'suspected harm → red, mandatory report, handled at once',
    facts: child({ conditions: ['harm.suspected'] }),
    expect: {
      target: true,
      level: 'red',
      difficultyTypes: ['other'],
      mandatoryReport: true,
      reasons: [
        {
          code: 'harm.suspected',
          level: 'red',
          text: '（疑似）遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害',
          source: '003 §三.1',
        },
      ],
      schedule: { immediate: true, visitEvery: 'P1M', contactEvery: 'P1M' },
    },
  },
  {
    seed: '003 §三.1–3',
    name: 'highest factor wins; every factor is a reason, highest first',
    facts: child({ parents: [], conditions: ['orphan', 'mental.serious_illness', 'self_harm'] }),
    expect: {
      level: 'red',
      mandatoryReport: true,
      mandatoryReportSource: '003 §五.6',
      difficultyTypes: ['orphan'],
      reasons: [
        { code: 'self_harm', level: 'red', text: '（疑似）有自杀或自残行为', source: '003 §三.1' },
        {
          code: 'mental.serious_illness',
          level: 'yellow',
          text: '（疑似）患有严重心理疾病或心理障碍',
          source: '003 §三.2',
        },
        { code: 'orphan', level: 'blue', text: '孤儿', source: '003 §三.3' },
      ],
    },
  },
  {
    seed: '003 §三.2',
    name: 'both parents severely disabled (derived) → yellow, in difficulty',
    facts: child({ parents: [father(['severe_disability']), mother(['severe_disability'])] }),
    expect: {
      target: true,
      level: 'yellow',
      difficultyTypes: ['other'],
      reasons: [
        {
          code: 'parents.both_severely_disabled',
          level: 'yellow',
          text: '父母双方均重残或精神、智力残疾',
          source: '003 §三.2',
        },
      ],
    },
  },
  {
    seed: '003 §三.2',
    name: 'both parents imprisoned (derived) → yellow',
    facts: child({ parents: [father(['imprisoned']), mother(['imprisoned'])] }),
    expect: { level: 'yellow', reasons: [expect.objectContaining({ code: 'parents.both_imprisoned' })] },
  },
  {
    seed: '003 §三.2',
    name: 'left-behind, both parents with substance abuse (derived) → yellow',
    facts: child({
      parents: [
        migrant(8, { statuses: ['migrant', 'substance_abuse'] }),
        mother(['substance_abuse', 'imprisoned']),
      ],
    }),
    expect: {
      target: true,
      level: 'yellow',
      reasons: [expect.objectContaining({ code: 'parents.both_substance_abuse' })],
    },
  },
  {
    seed: '003 §三.3',
    name: 'left-behind, one parent with substance abuse (derived) → blue',
    facts: child({
      parents: [migrant(8, { statuses: ['migrant', 'substance_abuse'] }), mother(['imprisoned'])],
    }),
    expect: {
      target: true,
      level: 'blue',
      reasons: [expect.objectContaining({ code: 'parents.one_substance_abuse', level: 'blue' })],
    },
  },
  {
    seed: '003 §二(二), §三.2',
    name: 'one parent severely disabled, the other severely ill → in difficulty (other), no derived factor → green',
    facts: child({ parents: [father(['severe_disability']), mother(['severe_illness'])] }),
    expect: { target: true, difficultyTypes: ['other'], level: 'green', reasons: [] },
  },
  {
    seed: '003 §三.3',
    name: 'orphan → blue: visit every 2 months, contact monthly',
    facts: child({ parents: [father(['deceased']), mother(['deceased'])], conditions: ['orphan'] }),
    expect: {
      level: 'blue',
      difficultyTypes: ['orphan'],
      schedule: { immediate: false, visitEvery: 'P2M', contactEvery: 'P1M' },
    },
  },
  {
    seed: '003 §二(二)',
    name: 'a child with HIV is counted with orphans',
    facts: child({ parents: [], conditions: ['hiv'] }),
    expect: { level: 'blue', difficultyTypes: ['orphan'] },
  },
  {
    seed: '003 §二(二), §三.4',
    name: '低保 family → poor family, green: contact monthly, visit every 3 months',
    facts: child({ conditions: ['assist.dibao'] }),
    expect: {
      target: true,
      difficultyTypes: ['poor_family'],
      level: 'green',
      schedule: { immediate: false, visitEvery: 'P3M', contactEvery: 'P1M' },
    },
  },
  {
    seed: '003 §二(二)',
    name: 'the six types in their order',
    facts: child({
      parents: [],
      conditions: [
        'hiv',
        'state_guardianship',
        'disability.severe',
        'assist.tekun',
        'de_facto_unsupported',
        'difficulty.other',
      ],
    }),
    expect: {
      difficultyTypes: [
        'orphan',
        'de_facto_unsupported',
        'poor_family',
        'severe_disability',
        'state_guardianship',
        'other',
      ],
      level: 'blue',
    },
  },
  {
    seed: '003 §五 末段',
    name: 'rural single-parent child, neither left-behind nor in difficulty → watched (ledger), not a target child',
    facts: child({ parents: [father(['deceased'])], conditions: ['single_parent_rural'] }),
    expect: {
      target: false,
      watch: true,
      leftBehind: false,
      difficultyTypes: [],
      level: null,
      schedule: null,
    },
  },
  {
    seed: '003 §五 末段, §二(二)',
    name: 'rural single-parent child on 低保 → a target child (poor family), not watched',
    facts: child({ parents: [father(['deceased'])], conditions: ['single_parent_rural', 'assist.dibao'] }),
    expect: { target: true, watch: false, difficultyTypes: ['poor_family'], level: 'green' },
  },
  {
    seed: '003 §二(二)',
    name: 'a 17-year-old orphan is in difficulty (under 18)',
    facts: child({ birthDate: '2009-01-01', parents: [], conditions: ['orphan'] }),
    expect: { target: true, leftBehind: false, level: 'blue' },
  },
  {
    seed: '003 §二(二)',
    name: 'on the 18th birthday nobody is a child any more',
    facts: child({ birthDate: '2008-11-23', parents: [], conditions: ['orphan', 'harm.suspected'] }),
    expect: { target: false, level: null, mandatoryReport: false, reasons: [] },
  },
  {
    seed: '003 §二',
    name: 'a child at home with nothing recorded is not a target child',
    facts: child(),
    expect: {
      target: false,
      leftBehind: false,
      difficultyTypes: [],
      level: null,
      reasons: [],
      schedule: null,
      mandatoryReport: false,
    },
  },
]);

table('national', [
  {
    seed: '001 §二(一)',
    name: 'parents away 3 months is below the national 6',
    facts: child({ parents: [migrant(3), { ...migrant(3), relation: 'mother' }] }),
    expect: { leftBehind: false, target: false },
  },
  {
    seed: '001 §二(一), 004 §二.9',
    name: 'parents away exactly 6 months → left-behind; contact monthly, visit quarterly',
    facts: child({ parents: [migrant(6), { ...migrant(6), relation: 'mother' }] }),
    expect: {
      leftBehind: true,
      level: 'green',
      schedule: { immediate: false, visitEvery: 'P3M', contactEvery: 'P1M' },
    },
  },
  {
    seed: '003 §三.1',
    name: 'red is handled at once on top of the baseline',
    facts: child({ ...LEFT_BEHIND, conditions: ['unsupervised.living_alone'] }),
    expect: {
      level: 'red',
      mandatoryReport: true,
      schedule: { immediate: true, visitEvery: 'P3M', contactEvery: 'P1M' },
    },
  },
  {
    seed: '001 §二(一)',
    name: 'urban registration is not counted outside 铁东',
    facts: child({ ...LEFT_BEHIND, hukouType: 'urban' }),
    expect: { leftBehind: false },
  },
]);

table('jiangning', [
  {
    seed: '000 (一)1',
    name: '一月一访: every target child visited monthly, no separate contact rule',
    facts: child({ ...LEFT_BEHIND }),
    expect: {
      leftBehind: true,
      level: 'green',
      schedule: { immediate: false, visitEvery: 'P1M', contactEvery: null },
    },
  },
  {
    seed: '000 (一)1',
    name: 'four-colour per DB32/T 4361-2022: guardianship severely insufficient → yellow',
    facts: child({ ...LEFT_BEHIND, conditions: ['guardianship.severely_insufficient'] }),
    expect: { level: 'yellow', schedule: { immediate: false, visitEvery: 'P1M', contactEvery: null } },
  },
  {
    seed: '000 (一)1, 003 §三.1',
    name: 'red → immediate',
    facts: child({ conditions: ['guardianship.absent'] }),
    expect: {
      level: 'red',
      mandatoryReport: true,
      schedule: { immediate: true, visitEvery: 'P1M', contactEvery: null },
    },
  },
]);

table('tiedong', [
  {
    seed: '001 §二(一)',
    name: 'urban children count as left-behind (留守儿童, not only rural)',
    facts: child({ ...LEFT_BEHIND, hukouType: 'urban', guardianship: 'good' }),
    expect: { leftBehind: true, target: true, level: 'green' },
  },
  {
    seed: '001 §二(一)',
    name: 'threshold 6 months: 5 months is not enough',
    facts: child({ parents: [migrant(5), { ...migrant(5), relation: 'mother' }] }),
    expect: { leftBehind: false },
  },
  {
    seed: '001 §四.8',
    name: 'guardianship good → visit every 3 months',
    facts: child({ ...LEFT_BEHIND, guardianship: 'good' }),
    expect: { schedule: { immediate: false, visitEvery: 'P3M', contactEvery: null } },
  },
  {
    seed: '001 §四.8',
    name: 'guardianship fair → visit monthly',
    facts: child({ ...LEFT_BEHIND, guardianship: 'fair' }),
    expect: { schedule: { immediate: false, visitEvery: 'P1M', contactEvery: null } },
  },
  {
    seed: '001 §四.8',
    name: 'guardianship not yet assessed → treated as fair (monthly)',
    facts: child({ ...LEFT_BEHIND }),
    expect: { schedule: { immediate: false, visitEvery: 'P1M', contactEvery: null } },
  },
  {
    seed: '001 §四.8',
    name: 'guardianship poor (监护风险较大) → more often than monthly',
    facts: child({ ...LEFT_BEHIND, guardianship: 'poor' }),
    expect: { schedule: { immediate: false, visitEvery: 'P14D', contactEvery: null } },
  },
  {
    seed: '001 §四.8',
    name: 'good guardianship but a poor family → high-risk group, more often than monthly',
    facts: child({ guardianship: 'good', conditions: ['assist.dibao'] }),
    expect: { level: 'green', schedule: { immediate: false, visitEvery: 'P14D', contactEvery: null } },
  },
  {
    seed: '001 §四.8',
    name: 'a child of an imprisoned parent (服刑人员子女) → high-risk group',
    facts: child({ guardianship: 'good', parents: [migrant(8), mother(['imprisoned'])] }),
    expect: { leftBehind: true, schedule: { immediate: false, visitEvery: 'P14D', contactEvery: null } },
  },
  {
    seed: '001 §四.8',
    name: 'no hukou alone does not make a target child',
    facts: child({ guardianship: 'good', conditions: ['no_hukou'] }),
    expect: { target: false, schedule: null },
  },
  {
    seed: '001 §四.8',
    name: 'living alone → red, reported to the police at once',
    facts: child({ ...LEFT_BEHIND, guardianship: 'good', conditions: ['unsupervised.living_alone'] }),
    expect: {
      level: 'red',
      mandatoryReport: true,
      mandatoryReportSource: '001 §四.8',
      schedule: { immediate: true, visitEvery: 'P3M', contactEvery: null },
    },
  },
]);

table('songjiang', [
  {
    seed: '002 §二.3',
    name: 'contact monthly, visit every two months',
    facts: child({ ...LEFT_BEHIND }),
    expect: { schedule: { immediate: false, visitEvery: 'P2M', contactEvery: 'P1M' } },
  },
  {
    seed: '002 §二.3',
    name: 'one parent with a severe disability → contact every two weeks, visit monthly',
    facts: child({ parents: [migrant(8), mother(['severe_disability'])] }),
    expect: { leftBehind: true, schedule: { immediate: false, visitEvery: 'P1M', contactEvery: 'P14D' } },
  },
  {
    seed: '002 §二.3',
    name: 'a disabled child → contact every two weeks, visit monthly',
    facts: child({ conditions: ['disability.severe'] }),
    expect: { level: 'blue', schedule: { immediate: false, visitEvery: 'P1M', contactEvery: 'P14D' } },
  },
  {
    seed: '002 §二.3',
    name: 'psychological or behavioural abnormality → contact every two weeks',
    facts: child({ ...LEFT_BEHIND, conditions: ['mental.abnormal_behaviour'] }),
    expect: { level: 'blue', schedule: { immediate: false, visitEvery: 'P1M', contactEvery: 'P14D' } },
  },
  {
    seed: '002 §二.3',
    name: 'a poor family without disability stays on the baseline',
    facts: child({ conditions: ['assist.dibao_marginal'] }),
    expect: {
      difficultyTypes: ['poor_family'],
      schedule: { immediate: false, visitEvery: 'P2M', contactEvery: 'P1M' },
    },
  },
]);

table('zhuzhou', [
  {
    seed: '004 §二.9',
    name: 'contact monthly, visit quarterly',
    facts: child({ ...LEFT_BEHIND }),
    expect: { schedule: { immediate: false, visitEvery: 'P3M', contactEvery: 'P1M' } },
  },
  {
    seed: '004 §二.9',
    name: 'a target child of a rural single-parent family (低保) → visited more often (monthly)',
    facts: child({ parents: [father(['deceased'])], conditions: ['single_parent_rural', 'assist.dibao'] }),
    expect: {
      target: true,
      level: 'green',
      schedule: { immediate: false, visitEvery: 'P1M', contactEvery: 'P1M' },
    },
  },
  {
    seed: '004 §二.9',
    name: 'a parent with a severe disability → visited more often',
    facts: child({ parents: [migrant(8), mother(['severe_disability'])] }),
    expect: { leftBehind: true, schedule: { immediate: false, visitEvery: 'P1M', contactEvery: 'P1M' } },
  },
  {
    seed: '004 §二.7',
    name: 'suspected harm → immediate and a mandatory report',
    facts: child({ conditions: ['harm.suspected'] }),
    expect: {
      level: 'red',
      mandatoryReport: true,
      schedule: { immediate: true, visitEvery: 'P3M', contactEvery: 'P1M' },
    },
  },
]);

describe('explanations', () => {
  it('cites the rule behind the target decision and each schedule rule', () => {
    const result = run('songjiang', {
      seed: '002 §二.3',
      name: '',
      facts: child({ conditions: ['disability.severe'] }),
      expect: {},
    });
    expect(result.explanation.target).toEqual([
      expect.objectContaining({ code: 'in_difficulty.severe_disability', source: '003 §二(二)' }),
    ]);
    expect(result.explanation.schedule.map((r) => r.source)).toEqual(['002 §二.3', '002 §二.3']);
  });
});

describe('a level raised by hand', () => {
  const profile = findProfile('puning')!;
  const facts = parseFacts(child({ conditions: ['assist.dibao'] }), { asOf: AS_OF });

  it('raises the level, leads the reasons and moves the schedule with it', () => {
    const a = assess(facts, profile, { level: 'yellow', reason: '家中无人照料，乡镇评估确认' });
    expect(a.level).toBe('yellow');
    expect(a.reasons[0]).toEqual({
      code: 'manual',
      level: 'yellow',
      text: '人工调高等级：家中无人照料，乡镇评估确认',
      source: '人工评估',
    });
    expect(a.schedule).toEqual({ immediate: false, visitEvery: 'P1M', contactEvery: 'P1M' });
    expect(derivedLevel(a)).toBe('green');
  });

  it('opens a mandatory report when raised to red', () => {
    expect(assess(facts, profile, { level: 'red', reason: '疑似遭受暴力' }).mandatoryReport).toBe(true);
  });

  it('changes nothing at or below the derived level', () => {
    const red = parseFacts(child({ conditions: ['self_harm'] }), { asOf: AS_OF });
    expect(assess(red, profile, { level: 'blue', reason: 'x' })).toEqual(assess(red, profile));
  });
});
