// Runs the real `tonghu assess` command as a bureau script would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tonghu as run } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-assess-'));

function tonghu(args: string[], input?: string) {
  return run(args, {
    input,
    env: { ...process.env, TONGHU_DATA_DIR: path.join(dir, 'data') },
  });
}

function file(name: string, content: unknown): string {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const CONTRACT_FACTS = {
  asOf: '2026-11-23',
  birthDate: '2013-04-02',
  hukouType: 'rural',
  guardianship: 'good',
  parents: [
    { relation: 'father', statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false },
    { relation: 'mother', statuses: ['severe_illness'] },
  ],
  conditions: ['school.dropout_suspected', 'assist.dibao'],
};

describe('tonghu assess', () => {
  it('prints the CONTRACT example assessment for a file', async () => {
    const { code, stdout } = await tonghu([
      'assess',
      '--policy',
      'puning',
      file('facts.json', CONTRACT_FACTS),
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      policy: 'puning',
      asOf: '2026-11-23',
      target: true,
      leftBehind: true,
      difficultyTypes: ['poor_family'],
      level: 'yellow',
      reasons: [
        { code: 'school.dropout_suspected', level: 'yellow', text: '（疑似）辍学', source: '003 §三.2' },
      ],
      schedule: { immediate: false, visitEvery: 'P1M', contactEvery: 'P1M' },
      mandatoryReport: false,
    });
    expect(Object.keys(out).slice(0, 9)).toEqual([
      'policy', 'asOf', 'target', 'leftBehind', 'difficultyTypes', 'level', 'reasons', 'schedule', 'mandatoryReport',
    ]); // prettier-ignore
  });

  it('reads standard input with - and with no file', async () => {
    for (const args of [
      ['assess', '--policy', 'tiedong', '-'],
      ['assess', '--policy', 'tiedong'],
    ]) {
      const { code, stdout } = await tonghu(args, JSON.stringify({ ...CONTRACT_FACTS, hukouType: 'urban' }));
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ policy: 'tiedong', leftBehind: true, level: 'yellow' });
    }
  });

  it('answers null level and schedule for a child outside the target groups', async () => {
    const { code, stdout } = await tonghu(
      ['assess', '--policy', 'national', '-'],
      JSON.stringify({ asOf: '2026-11-23', birthDate: '2016-01-01', hukouType: 'rural' }),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      target: false,
      level: null,
      schedule: null,
      mandatoryReport: false,
    });
  });

  it.each([
    ['an unknown condition', { ...CONTRACT_FACTS, conditions: ['no.such.code'] }, 'no.such.code'],
    [
      'an unknown parent status',
      { ...CONTRACT_FACTS, parents: [{ relation: 'father', statuses: ['gone_fishing'] }] },
      'gone_fishing',
    ],
    ['a missing birthDate', { asOf: '2026-11-23', hukouType: 'rural' }, 'birthDate'],
    ['malformed JSON', '{"birthDate": ', 'JSON'],
    [
      'a parent both migrant and deceased (contradictory facts, issue 19)',
      { ...CONTRACT_FACTS, parents: [{ relation: 'father', statuses: ['migrant', 'deceased'] }] },
      '矛盾',
    ],
  ])('exits 2 naming the problem for %s', async (_what, content, named) => {
    const { code, stdout, stderr } = await tonghu([
      'assess',
      '--policy',
      'puning',
      file('bad.json', content),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(named);
    expect(stderr).toContain('bad.json');
  });

  it('001 §四.8: under 铁东 a caregiver who lost capacity opens a report with its citation; 003 §五 末段: watch', async () => {
    const { code, stdout } = await tonghu(
      ['assess', '--policy', 'tiedong', '-'],
      JSON.stringify({
        asOf: '2026-11-23',
        birthDate: '2015-03-01',
        hukouType: 'rural',
        parents: [
          { relation: 'father', statuses: ['deceased'] },
          { relation: 'mother', statuses: [] },
        ],
        conditions: ['single_parent_rural', 'guardianship.severely_insufficient'],
      }),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      target: false,
      watch: true,
      level: null,
      mandatoryReport: true,
      mandatoryReportSource: '001 §四.8',
    });
  });

  it('exits 2 for an unknown profile and for a missing file', async () => {
    expect(await tonghu(['assess', '--policy', 'atlantis', file('ok.json', CONTRACT_FACTS)])).toMatchObject({
      code: 2,
    });
    const missing = await tonghu(['assess', '--policy', 'puning', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });
});
