// 江宁's task list (seed 000) as transcribed: 5 actions, 17 key tasks, their measures and units, checked
// against the seed text itself where the seed is at hand (../shared/seeds).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JIANGNING_TASKS } from './jiangning.ts';

const SEED = path.resolve('../shared/seeds/000_fb79b7b837c68cdb.txt');
const tasks = JIANGNING_TASKS.actions.flatMap((a) => a.tasks);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('江宁 task list', () => {
  it('has 5 actions and 17 key tasks numbered 1 to 17 in order', () => {
    expect(JIANGNING_TASKS.actions.map((a) => a.title)).toEqual([
      '实施精准帮扶行动',
      '实施监护提质行动',
      '实施安全防护行动',
      '实施素质提升行动',
      '实施强基固本行动',
    ]);
    expect(tasks.map((t) => t.no)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(JIANGNING_TASKS.actions.map((a) => a.tasks.length)).toEqual([4, 4, 3, 3, 3]);
  });

  it('gives every task its measures and every measure its units', () => {
    expect(tasks.map((t) => t.measures.length)).toEqual([3, 5, 4, 3, 7, 3, 4, 2, 5, 4, 2, 4, 6, 4, 7, 2, 1]);
    for (const t of tasks)
      for (const m of t.measures) {
        expect(m.units.length).toBeGreaterThan(0);
        for (const u of m.units) expect(u).toMatch(/^(区|团区委|开发区)/);
      }
  });

  it('keeps the entries a reader checks first', () => {
    const task = (no: number) => tasks.find((t) => t.no === no)!;
    expect(task(1).title).toBe('优化精准排查机制');
    expect(task(1).measures[0]?.text).toContain('一年两排');
    expect(task(1).measures[2]?.text).toContain('每年至少开展1次抽查工作');
    expect(task(2).measures.map((m) => m.units.join('、'))).toEqual([
      '区民政局',
      '区医保分局',
      '区民政局',
      '区卫健委',
      '区卫健委、区残联',
    ]);
    expect(task(15).title).toBe('壮大基层工作队伍');
    expect(task(15).measures[0]?.text).toContain('超过30人的村（社区），根据实际需要增配儿童主任');
    expect(task(15).measures.at(-1)?.units).toEqual(['区民政局', '区妇联']);
    // A blank unit cell (merged in the original table) answers to the unit above it.
    expect(task(5).measures[6]?.text).toMatch(/^支持外出务工人员返乡创业就业/);
    expect(task(5).measures[6]?.units).toEqual(['区人社局']);
    expect(task(17).measures[0]?.units).toHaveLength(11);
  });

  it.skipIf(!existsSync(SEED))('matches the seed text word for word', () => {
    const seed = squash(readFileSync(SEED, 'utf8'));
    expect(seed).toContain(squash(JIANGNING_TASKS.title));
    for (const a of JIANGNING_TASKS.actions) expect(seed).toContain(squash(a.title));
    for (const t of tasks) {
      expect(seed).toContain(`${t.no}.${t.title}`);
      for (const m of t.measures) expect(seed).toContain(squash(m.text));
    }
    // Every measure-sized paragraph of the seed is in the list (none left out).
    const paragraphs = readFileSync(SEED, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 40 && /[，。]/.test(l)); // unit lists have no punctuation
    const texts = new Set(tasks.flatMap((t) => t.measures.map((m) => squash(m.text))));
    for (const p of paragraphs) expect(texts.has(squash(p)), p).toBe(true);
  });
});
