// Every seed's task list (DOMAIN.md §8; issue 19.6) as transcribed: 铁东 001 §四, 松江 002 §二, 普宁 003 §五 with
// the Annex 1/2 submissions of 003 §六, 株洲 004 §二. Each list is checked against its seed text word for word
// where the seed is at hand (../shared/seeds), and nothing of the seed's section is left out.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_TEMPLATES, templateForProfile } from './templates.ts';
import type { PlanTemplate } from './template.ts';

const SEEDS = path.resolve('../shared/seeds');
const FILES: Record<string, string> = {
  jiangning: '000_fb79b7b837c68cdb.txt',
  tiedong: '001_45653746cb9ce869.txt',
  songjiang: '002_72c0396cb13503f1.txt',
  puning: '003_a63d9cbfd8eb9185.txt',
  zhuzhou: '004_c0d5bdc57b07e60b.txt',
};
const squash = (s: string) => s.replace(/\s+/g, '');
const tasksOf = (t: PlanTemplate) => t.actions.flatMap((a) => a.tasks);
const seedText = (id: string) => readFileSync(path.join(SEEDS, FILES[id]!), 'utf8');
const haveSeeds = existsSync(path.join(SEEDS, FILES.puning!));

/** The lines of a seed between two headings, trimmed, empty ones left out. */
function section(id: string, from: string, to: string): string[] {
  const lines = seedText(id).split('\n').map((l) => l.trim());
  const start = lines.indexOf(from);
  const end = lines.indexOf(to, start);
  expect(start, from).toBeGreaterThan(-1);
  expect(end, to).toBeGreaterThan(start);
  return lines.slice(start + 1, end).filter(Boolean);
}

describe('the task lists of every seed', () => {
  it('holds one list per seed, each keyed by its profile', () => {
    expect(Object.keys(PLAN_TEMPLATES).sort()).toEqual(['jiangning', 'puning', 'songjiang', 'tiedong', 'zhuzhou']);
    for (const [id, t] of Object.entries(PLAN_TEMPLATES)) {
      expect(t.id).toBe(id);
      expect(templateForProfile(id)).toBe(t);
    }
    expect(templateForProfile('national')).toBeUndefined();
  });

  it.each([
    // id, seed, tasks per action, the citation of the first and last task
    ['tiedong', '001', [3, 4, 5, 3, 3], '001 §四.1', '001 §四.18'],
    ['songjiang', '002', [6], '002 §二.1', '002 §二.6'],
    ['puning', '003', [3, 4, 5, 3, 3, 2], '003 §五.1', '003 §六(四)'],
    ['zhuzhou', '004', [4, 3, 6, 3, 4], '004 §二.1', '004 §二.20'],
    ['jiangning', '000', [4, 4, 3, 3, 3], '000 (一)1', '000 (五)17'],
  ])('%s (seed %s): tasks numbered in order, each citing its paragraph', (id, seed, perAction, first, last) => {
    const t = PLAN_TEMPLATES[id]!;
    expect(t.source).toBe(seed);
    expect(t.actions.map((a) => a.tasks.length)).toEqual(perAction);
    const tasks = tasksOf(t);
    expect(tasks.map((x) => x.no)).toEqual(tasks.map((_, i) => i + 1));
    expect(tasks[0]?.source).toBe(first);
    expect(tasks.at(-1)?.source).toBe(last);
    expect(new Set(tasks.map((x) => x.source)).size).toBe(tasks.length);
    for (const task of tasks) {
      expect(task.source.startsWith(`${seed} `)).toBe(true);
      expect(task.measures.length).toBeGreaterThan(0);
      for (const m of task.measures) expect(m.units.length).toBeGreaterThan(0);
    }
  });

  it('gives each task the units its paragraph ends with (001 §四.18, 003 §五.7, 004 §二.15)', () => {
    const task = (id: string, no: number) => tasksOf(PLAN_TEMPLATES[id]!).find((x) => x.no === no)!;
    expect(task('tiedong', 18).measures[0]?.units).toEqual([
      '区法院',
      '区检察院',
      '区教育局',
      '区公安局',
      '区民政局',
      '区司法局',
      '区卫健局',
      '区政务服务局',
      '区残联',
    ]);
    expect(task('tiedong', 7).measures[0]?.units).toEqual(['区民政局', '区统战部']);
    expect(task('puning', 7).measures[0]?.units).toHaveLength(7);
    expect(task('puning', 16)).toMatchObject({ title: '加强儿童主任队伍建设', source: '003 §五.16' });
    expect(task('zhuzhou', 15).measures[0]?.units).toContain('市消防救援支队');
    expect(task('zhuzhou', 9).measures[0]?.text).toMatch(/^县级民政部门要指导儿童督导员/);
    // 002 names no unit per task: its addressees answer for every measure.
    for (const x of tasksOf(PLAN_TEMPLATES.songjiang!))
      for (const m of x.measures) expect(m.units).toEqual(['各街镇', '各相关单位']);
  });

  it('carries 普宁’s Annex 1/2 submission deadlines, 2024-07-22 and 2026-10-16 (003 §六(二), §六(四))', () => {
    const part = PLAN_TEMPLATES.puning!.actions.at(-1)!;
    expect(part.title).toBe('摸排数据报送');
    expect(part.tasks.map((x) => [x.no, x.dueOn, x.source, x.measures[0]?.units])).toEqual([
      [19, '2024-07-22', '003 §六(二)', ['各乡镇场（街道）']],
      [20, '2026-10-16', '003 §六(四)', ['各乡镇场（街道）']],
    ]);
    for (const x of part.tasks) expect(x.measures[0]?.text).toContain('（附件1）');
    // No other task of any list carries a date of its own: the seeds set none.
    for (const t of Object.values(PLAN_TEMPLATES))
      for (const x of tasksOf(t)) if (x.dueOn) expect(x.source).toMatch(/^003 §六/);
  });

  it.skipIf(!haveSeeds).each(Object.keys(FILES))('%s matches its seed word for word', (id) => {
    const seed = squash(seedText(id));
    const t = PLAN_TEMPLATES[id]!;
    expect(seed).toContain(squash(t.title));
    for (const a of t.actions) if (a.title !== '工作任务' && a.title !== '摸排数据报送') expect(seed).toContain(a.title);
    for (const task of tasksOf(t)) {
      if (!task.dueOn) expect(seed).toMatch(new RegExp(`${task.no}[.、]${task.title}`));
      for (const m of task.measures) expect(seed).toContain(squash(m.text));
    }
  });

  it.skipIf(!haveSeeds)('leaves nothing of the task sections out (001 §四, 002 §二, 003 §五, 004 §二)', () => {
    const cases: [string, string, string][] = [
      ['tiedong', '四、任务举措', '五、阶段安排'],
      ['songjiang', '二、工作任务', '三、工作要求'],
      ['puning', '五、完成重点任务', '六、阶段安排'],
      ['zhuzhou', '二、重点任务', '三、阶段安排'],
    ];
    for (const [id, from, to] of cases) {
      const listed = squash(
        tasksOf(PLAN_TEMPLATES[id]!)
          .map((x) => `${x.title}${x.measures.map((m) => m.text + m.units.join('')).join('')}`)
          .join(''),
      );
      for (const line of section(id, from, to)) {
        // Action headings, and 普宁's closing paragraph on rural single-parent children (no task: see puning.ts).
        if (/^(（[一二三四五0-9]）|\([一二三四五]\))\s*实施/.test(line) || line.startsWith('各地要将农村单亲家庭儿童'))
          continue;
        const words = squash(line)
          .replace(/^\d+[.、]/, '')
          .replace(/^(.+?)。/, (_m, title: string) => title) // "1.加强思想道德建设。" keeps the title
          .replace(/按照职责分工负责|负责）$|[（）、。]/g, '');
        for (const piece of words.split(/[，；：]/).filter((p) => p.length > 6))
          expect(listed.replace(/[（）、。]/g, ''), `${id}: ${line.slice(0, 30)}`).toContain(piece);
      }
    }
  });
});
