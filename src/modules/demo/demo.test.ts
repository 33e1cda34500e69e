// The demo county loaded into a real database: children at every level with valid resident ID numbers in
// the county's real villages, a director in every village (two above 30 target children), visits due
// and overdue, files the register's own validation accepts, and assessment columns exactly as
// reassessChild would write them.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import type { Level } from '../../domain/codes.ts';
import { loadConfig } from '../../config.ts';
import { validateIdNumber } from '../../domain/id-number.ts';
import { buildApp } from '../../server/app.ts';
import { FINDING_AREAS } from '../casework/codes.ts';
import { reassessAll } from '../worklist/reassess-all.ts';
import { coverageReport } from '../workforce/coverage.ts';
import { systemActor } from '../access/actor.ts';
import { login } from '../auth/login.ts';
import { reassessChild } from '../children/reassess.ts';
import { loadChild } from '../children/repository.ts';
import { childInput } from '../children/schemas.ts';
import { inputOf } from '../children/service.ts';
import { checkChild, VillageDirectory } from '../children/validate.ts';
import { readCounty } from './county.ts';
import { loadDemo, type DemoSummary } from './load.ts';
import { planDemo } from './plan.ts';

const TODAY = '2026-11-23';
let database: TestDatabase;
let summary: DemoSummary;

beforeAll(async () => {
  database = await createTestDatabase();
  summary = await loadDemo(database.db, { county: '445281', today: TODAY });
});
afterAll(() => database.destroy());

const db = () => database.db;

describe('the demo county', { timeout: 180_000 }, () => {
  it('holds about 3,000 children, at every level: mostly green and blue, some yellow, a few red', async () => {
    const rows = await db()
      .selectFrom('child')
      .select(['level', 'status', 'target'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy(['level', 'status', 'target'])
      .execute();
    const total = rows.reduce((n, r) => n + Number(r.n), 0);
    expect(total).toBe(3000);
    expect(summary.children).toBe(3000);
    const at = (level: Level) =>
      rows.filter((r) => r.level === level && r.status === 'active').reduce((n, r) => n + Number(r.n), 0);
    expect(at('red')).toBeGreaterThan(0);
    expect(at('red')).toBeLessThan(at('yellow'));
    expect(at('yellow')).toBeLessThan(at('blue'));
    expect(at('blue')).toBeLessThan(at('green'));
    expect(at('green') + at('blue')).toBeGreaterThan(total * 0.75);
    // Not target children: those the rules say no to, and the rural single-parent children who are
    // neither left-behind nor in difficulty (watched, in the director's ledger, DOMAIN.md §1).
    const outside = await db()
      .selectFrom('child')
      .select((eb) =>
        eb.fn
          .countAll<number>()
          .filterWhere(sql<boolean>`'single_parent_rural' = any(conditions)`)
          .as('watched'),
      )
      .select((eb) => eb.fn.countAll<number>().as('all'))
      .where('status', '=', 'active')
      .where('target', '=', false)
      .executeTakeFirstOrThrow();
    const watched = Number(outside.watched);
    const notTarget = Number(outside.all) - watched;
    expect(watched).toBeGreaterThan(0);
    expect(watched).toBeLessThan(total * 0.1);
    expect(notTarget).toBeGreaterThan(0);
    expect(notTarget).toBeLessThan(total * 0.1);
    expect(rows.some((r) => r.status === 'exited')).toBe(true);
    expect({ red: at('red'), yellow: at('yellow'), blue: at('blue'), green: at('green') }).toEqual(
      summary.levels,
    );
  });

  it('covers every population: left-behind, each type in difficulty, rural single-parent', async () => {
    const active = await db()
      .selectFrom('child')
      .select(['left_behind', 'difficulty_types', 'conditions'])
      .where('status', '=', 'active')
      .execute();
    expect(active.filter((c) => c.left_behind).length).toBeGreaterThan(1000);
    for (const type of [
      'orphan',
      'de_facto_unsupported',
      'poor_family',
      'severe_disability',
      'state_guardianship',
      'other',
    ] as const)
      expect(
        active.some((c) => c.difficulty_types.includes(type)),
        type,
      ).toBe(true);
    for (const code of [
      'assist.dibao',
      'assist.dibao_marginal',
      'assist.expenditure_hardship',
      'assist.tekun',
      'single_parent_rural',
    ] as const)
      expect(
        active.some((c) => c.conditions.includes(code)),
        code,
      ).toBe(true);
  });

  it('gives every child a valid resident ID number of the county, matching its birth date and gender', async () => {
    const children = await db().selectFrom('child').select(['id_number', 'birth_date', 'gender']).execute();
    const seen = new Set<string>();
    for (const c of children) {
      const id = validateIdNumber(c.id_number!, { notAfter: TODAY });
      expect(id.ok, c.id_number!).toBe(true);
      if (!id.ok) continue;
      expect(c.id_number!.slice(0, 6)).toBe('445281');
      expect(id.birthDate).toBe(c.birth_date);
      expect(id.gender).toBe(c.gender);
      seen.add(c.id_number!);
    }
    expect(seen.size).toBe(children.length);
  });

  it('places children only in real villages of the county', async () => {
    const outside = await db()
      .selectFrom('child')
      .leftJoin('region', 'region.code', 'child.village_code')
      .select(['child.village_code', 'region.level'])
      .where((eb) =>
        eb.or([
          eb('region.level', 'is', null),
          eb('region.level', '<>', 'village'),
          eb('child.county_code', '<>', '445281'),
        ]),
      )
      .execute();
    expect(outside).toEqual([]);
    const villages = await db().selectFrom('child').select('village_code').distinct().execute();
    expect(villages.length).toBeGreaterThan(400);
  });

  it('has a director in every village, two where target children exceed 30, a supervisor per township', async () => {
    const directors = await db()
      .selectFrom('app_user')
      .select(['region_code'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'director')
      .groupBy('region_code')
      .execute();
    const perVillage = new Map(directors.map((d) => [d.region_code, Number(d.n)]));
    const targets = await db()
      .selectFrom('child')
      .select('village_code')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'active')
      .where('target', '=', true)
      .groupBy('village_code')
      .execute();
    const withChildren = await db().selectFrom('child').select('village_code').distinct().execute();
    for (const v of withChildren)
      expect(perVillage.get(v.village_code) ?? 0, v.village_code).toBeGreaterThanOrEqual(1);
    const big = targets.filter((t) => Number(t.n) > 30);
    expect(big.length).toBeGreaterThan(0);
    for (const v of big) expect(perVillage.get(v.village_code)).toBe(2);
    for (const v of targets.filter((t) => Number(t.n) <= 30)) expect(perVillage.get(v.village_code)).toBe(1);
    // Every village and community where families live; the farms' 虚拟生活区 have none.
    const allVillages = await db()
      .selectFrom('region')
      .select(['code', 'name'])
      .where('code', 'like', '445281%')
      .where('level', '=', 'village')
      .execute();
    const lived = allVillages.filter((v) => !v.name.includes('虚拟'));
    expect(lived.length).toBeGreaterThan(500);
    expect(lived.filter((v) => (perVillage.get(v.code) ?? 0) < 1)).toEqual([]);
    expect(allVillages.filter((v) => v.name.includes('虚拟') && perVillage.has(v.code))).toEqual([]);

    // A supervisor for every township with villages where families live.
    const townships = [...new Set(lived.map((v) => `${v.code.slice(0, 9)}000`))].map((code) => ({ code }));
    const supervisors = await db()
      .selectFrom('app_user')
      .select('region_code')
      .where('role', '=', 'supervisor')
      .execute();
    expect(supervisors.map((s) => s.region_code).sort()).toEqual(townships.map((t) => t.code).sort());
    const county = await db()
      .selectFrom('app_user')
      .select(['username', 'role'])
      .where('region_code', '=', '445281000000')
      .orderBy('username')
      .execute();
    expect(county).toEqual([
      { username: 'admin-445281', role: 'admin' },
      { username: 'staff-445281', role: 'civil_affairs' },
    ]);
  });

  it('prints working logins: the passwords sign in, are stored only as hashes, and must be changed', async () => {
    expect(summary.accounts.length).toBeGreaterThan(600);
    const admin = summary.accounts.find((a) => a.role === 'admin')!;
    const director = summary.accounts.find((a) => a.role === 'director')!;
    for (const a of [admin, director]) {
      const input = { username: a.username, password: a.password, address: '127.0.0.1' };
      const { user } = await login(db(), input, new Date());
      expect(user.role).toBe(a.role);
      expect(user.must_change_password).toBe(true);
    }
    const rows = await db()
      .selectFrom('app_user')
      .select(['password_hash', 'must_change_password'])
      .execute();
    expect(rows.every((h) => h.password_hash.startsWith('$argon2id$'))).toBe(true);
    // Printed on the console: every one of them is to be changed at the first sign-in.
    expect(rows.every((h) => h.must_change_password)).toBe(true);
  });

  it('has visits due and overdue, never-visited children, and red cases to handle at once', async () => {
    const active = await db()
      .selectFrom('child')
      .selectAll()
      .where('status', '=', 'active')
      .where('target', '=', true)
      .execute();
    const overdue = active.filter((c) => c.next_due !== null && c.next_due < TODAY);
    const dueLater = active.filter((c) => c.next_due !== null && c.next_due >= TODAY);
    expect(overdue.length).toBeGreaterThan(active.length * 0.03);
    expect(overdue.length).toBeLessThan(active.length * 0.3);
    expect(dueLater.length).toBeGreaterThan(active.length * 0.6);
    expect(active.some((c) => c.next_visit_due !== null && c.next_visit_due < TODAY)).toBe(true);
    expect(active.filter((c) => c.last_visit_on === null).length).toBeGreaterThan(0);
    const red = active.filter((c) => c.level === 'red');
    expect(red.every((c) => c.immediate && c.immediate_since !== null)).toBe(true);
    expect(red.some((c) => c.next_visit_due === c.immediate_since && c.immediate_since! < TODAY)).toBe(true);
    // A red factor opens a mandatory report for any minor, target child or not (DOMAIN.md §2).
    const redFactor = await db()
      .selectFrom('child')
      .select('id')
      .where('status', '=', 'active')
      .where('factor_level', '=', 'red')
      .execute();
    expect(red.every((c) => redFactor.some((r) => r.id === c.id))).toBe(true);
    const reports = await db().selectFrom('mandatory_report').select('child_id').execute();
    expect(new Set(reports.map((r) => r.child_id))).toEqual(new Set(redFactor.map((c) => c.id)));
  });

  it('keeps a year of casework consistent with the children: dates, workers, last visit and contact', async () => {
    const stats = await sql<{
      contacts: number;
      visits: number;
      bad_dates: number;
      wrong_last: number;
      foreign_worker: number;
    }>`
      with c as (
        select contact.*, child.registered_on, child.village_code, child.last_visit_on, child.last_contact_on
        from contact join child on child.id = contact.child_id)
      select
        count(*)::int as contacts,
        count(*) filter (where kind = 'visit')::int as visits,
        count(*) filter (where occurred_on > ${TODAY}::date or occurred_on < registered_on)::int as bad_dates,
        (select count(*)::int from child where
           last_visit_on is distinct from (select max(occurred_on) from contact where child_id = child.id and kind = 'visit')
           or last_contact_on is distinct from (select max(occurred_on) from contact where child_id = child.id)) as wrong_last,
        count(*) filter (where not exists (
          select 1 from app_user u where u.id = c.recorded_by
            and (u.region_code = c.village_code or u.region_code = left(c.village_code, 9) || '000'))) ::int as foreign_worker
      from c`.execute(db());
    const s = stats.rows[0]!;
    expect(s.contacts).toBeGreaterThan(20_000);
    expect(s.visits).toBeGreaterThan(5_000);
    expect(s).toMatchObject({ bad_dates: 0, wrong_last: 0, foreign_worker: 0 });
    const counts = await sql<{ logs: number; interventions: number }>`
      select (select count(*)::int from work_log) as logs, (select count(*)::int from intervention) as interventions`.execute(
      db(),
    );
    expect(counts.rows[0]!.logs).toBeGreaterThan(500);
    expect(counts.rows[0]!.interventions).toBeGreaterThan(500);
  });

  it('leaves something for reports to find: left-behind children without a signed agreement', async () => {
    const leftBehind = await db()
      .selectFrom('child')
      .leftJoin('child_caregiver', 'child_caregiver.child_id', 'child.id')
      .select(['child_caregiver.name', 'child_caregiver.agreement_signed_on'])
      .where('child.left_behind', '=', true)
      .where('child.status', '=', 'active')
      .execute();
    expect(leftBehind.every((c) => c.name !== null)).toBe(true);
    const unsigned = leftBehind.filter((c) => c.agreement_signed_on === null).length;
    expect(unsigned).toBeGreaterThan(0);
    expect(unsigned).toBeLessThan(leftBehind.length * 0.25);
  });

  it('writes a demo.loaded audit record and an assessment for every child', async () => {
    const missing = await sql<{ n: number }>`
      select count(*)::int as n from child c
      where not exists (select 1 from audit_event a where a.child_id = c.id and a.action = 'demo.loaded')
         or not exists (select 1 from assessment s where s.child_id = c.id)`.execute(db());
    expect(missing.rows[0]!.n).toBe(0);
  });

  it('stores files the register’s own validation accepts', async () => {
    const ids = await db().selectFrom('child').select('id').orderBy('id').execute();
    const villages = new VillageDirectory(db(), '445281');
    const problems: string[] = [];
    for (const { id } of ids) {
      const loaded = (await loadChild(db(), id))!;
      const parsed = childInput.safeParse(inputOf(loaded.child, loaded.parents, loaded.caregiver));
      if (!parsed.success) {
        problems.push(`${id}: ${parsed.error.message}`);
        continue;
      }
      const checked = await checkChild(parsed.data, {
        actor: systemActor('测试'),
        deploymentRegion: '445281',
        today: TODAY,
        villages,
      });
      if ('problems' in checked) problems.push(`${id}: ${JSON.stringify(checked.problems)}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('stores exactly what reassessChild would: re-assessing changes nothing and opens nothing', async () => {
    const columns = [
      'policy', 'target', 'watch', 'left_behind', 'difficulty_types', 'derived_level', 'level', 'immediate', 'immediate_since',
      'visit_every', 'contact_every', 'next_visit_due', 'next_contact_due', 'next_due', 'factors', 'factor_level',
      'left_behind_until', 'target_until', 'difficulty_types_any_age', 'confirmed_by', 'reassess_on',
    ] as const; // prettier-ignore
    // Every red, yellow, exited and hand-graded child, and every seventh of the rest.
    const sample = await db()
      .selectFrom('child')
      .select(columns)
      .select('id')
      .where((eb) =>
        eb.or([
          eb('level', 'in', ['red', 'yellow']),
          eb('status', '=', 'exited'),
          eb('manual_level', 'is not', null),
          sql<boolean>`abs(hashtext(child.id::text)) % 7 = 0`,
        ]),
      )
      .execute();
    expect(sample.length).toBeGreaterThan(400);
    const before = async () => ({
      assessments: Number(
        (
          await db()
            .selectFrom('assessment')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      reports: Number(
        (
          await db()
            .selectFrom('mandatory_report')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      levelChanges: Number(
        (
          await db()
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('action', '=', 'child.level_changed')
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const counts = await before();
    await db()
      .transaction()
      .execute(async (trx) => {
        for (const child of sample)
          await reassessChild(trx, child.id, { actor: systemActor('测试'), asOf: TODAY, trigger: 'daily' });
      });
    const after = await db()
      .selectFrom('child')
      .select(columns)
      .select('id')
      .where(
        'id',
        'in',
        sample.map((c) => c.id),
      )
      .execute();
    const byId = new Map(after.map((c) => [c.id, c]));
    const differing = sample.filter((c) => JSON.stringify(byId.get(c.id)) !== JSON.stringify(c));
    expect(differing.slice(0, 3)).toEqual([]);
    expect(await before()).toEqual(counts);
  });

  it('puts the same directors in the workforce ledger: no shortfall, some untrained or unchecked', async () => {
    const report = await coverageReport(db(), '445281', TODAY);
    const directors = summary.accounts.filter((a) => a.role === 'director').length;
    expect(report.totals.directors).toBe(directors);
    expect(report.totals.shortfall).toBe(0);
    expect(report.villages.filter((v) => v.targetChildren > 30).every((v) => v.directors === 2)).toBe(true);
    expect(report.totals.untrainedThisYear).toBeGreaterThan(0);
    expect(report.totals.untrainedThisYear).toBeLessThan(directors * 0.3);
    expect(report.directorsWithoutBackgroundCheck.length).toBeGreaterThan(0);
    expect(report.directorsWithoutBackgroundCheck.length).toBeLessThan(directors * 0.15);
    // Only the farms' and parks' 虚拟生活区, where no families live, are without a director.
    expect(report.villagesWithoutDirector.every((v) => v.villageName.includes('虚拟'))).toBe(true);
    const linked = await db()
      .selectFrom('workforce_person')
      .innerJoin('app_user', 'app_user.id', 'workforce_person.user_id')
      .select(['workforce_person.id_number', 'workforce_person.name', 'app_user.display_name'])
      .execute();
    expect(linked.length).toBe(directors + summary.accounts.filter((a) => a.role === 'supervisor').length);
    expect(linked.every((p) => p.name === p.display_name && validateIdNumber(p.id_number).ok)).toBe(true);
  });

  it('gives the nightly re-assessment nothing to change on the day it was loaded', async () => {
    const result = await reassessAll(db(), { asOf: TODAY });
    expect(result.checked).toBeGreaterThan(2900);
    expect(result).toMatchObject({ updated: 0, levelChanges: {}, leftTarget: 0, becameTarget: 0 });
  });

  it('refuses to load into a database that holds children, unless forced, and forced adds no duplicates', async () => {
    await expect(loadDemo(db(), { county: '445281', today: TODAY })).rejects.toThrow(/已有 3000 名儿童/);
    const forced = await loadDemo(db(), { county: '445281', today: TODAY, force: true });
    expect(forced).toMatchObject({ children: 0, skippedChildren: 3000, accounts: [] });
    const original = new Set(summary.accounts.map((a) => a.username));
    expect(forced.reusedAccounts.length).toBeGreaterThan(600);
    expect(forced.reusedAccounts.every((u) => original.has(u))).toBe(true);
    const n = await db()
      .selectFrom('child')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3000);
  });

  it('refuses a code that is not a county, and a county outside the deployment region', async () => {
    await expect(loadDemo(db(), { county: '4452', today: TODAY, force: true })).rejects.toThrow(/6位县级/);
    await expect(loadDemo(db(), { county: '445200', today: TODAY, force: true })).rejects.toThrow(/6位县级/);
    await expect(
      loadDemo(db(), { county: '320115', today: TODAY, force: true, deploymentRegion: '44' }),
    ).rejects.toThrow(/TONGHU_REGION/);
  });
});

describe('the demo through the API', { timeout: 180_000 }, () => {
  async function signIn(app: Awaited<ReturnType<typeof buildApp>>, username: string) {
    const account = summary.accounts.find((a) => a.username === username)!;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: account.password },
    });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'tonghu_session')!;
    const cookie = `${c.name}=${c.value}`;
    // The printed password is replaced first, as the demo's users must (once; later sign-ins use the new one).
    if (res.json().mustChangePassword) {
      const changed = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie },
        payload: { currentPassword: account.password, newPassword: `${account.password}Xy` },
      });
      expect(changed.statusCode).toBe(204);
      account.password = `${account.password}Xy`;
    }
    return { cookie };
  }

  it('serves the county’s worklist, a director’s children and their visits, and the red cases’ reports', async () => {
    const app = await buildApp(
      {
        database,
        config: loadConfig({}),
        clock: () => new Date(`${TODAY}T02:00:00Z`),
      },
      { logger: false },
    );
    try {
      // The county's civil-affairs staff: the system administrator reads no child's file (三员分立).
      const admin = await signIn(app, 'staff-445281');
      const summaryRes = await app.inject({ method: 'GET', url: '/api/v1/worklist/summary', headers: admin });
      expect(summaryRes.statusCode).toBe(200);
      expect(JSON.stringify(summaryRes.json())).toContain('赤岗镇');

      // Annex 1 counts every level, with some children intervened and some not (其中已干预).
      const annex = await app.inject({
        method: 'GET',
        url: `/api/v1/reports/annex1?region=445281&asOf=${TODAY}`,
        headers: admin,
      });
      expect(annex.statusCode).toBe(200);
      const levels = annex.json().levels as Record<Level, { subtotal: number; subtotalIntervened: number }>;
      for (const level of ['red', 'yellow', 'blue', 'green'] as const) {
        expect(levels[level].subtotal, level).toBe(summary.levels[level]);
        expect(levels[level].subtotalIntervened, level).toBeGreaterThan(0);
        expect(levels[level].subtotalIntervened, level).toBeLessThan(levels[level].subtotal);
      }

      const alerts = await app.inject({
        method: 'GET',
        url: '/api/v1/mandatory-reports/alerts',
        headers: admin,
      });
      expect(alerts.statusCode).toBe(200);
      const reports = await db().selectFrom('mandatory_report').selectAll().execute();
      expect(reports.some((r) => r.status === 'reported')).toBe(true);
      expect(reports.some((r) => r.status === 'open')).toBe(true);
      for (const r of reports.filter((x) => x.status === 'reported')) {
        expect(new Date(r.reported_at!).getTime()).toBeGreaterThan(new Date(r.discovered_at!).getTime());
        expect(r.police_unit).toMatch(/派出所$/);
      }

      const busiest = await db()
        .selectFrom('child')
        .select('village_code')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .groupBy('village_code')
        .orderBy('n', 'desc')
        .executeTakeFirstOrThrow();
      const director = await signIn(app, `dir-${busiest.village_code}`);
      const worklist = await app.inject({
        method: 'GET',
        url: '/api/v1/worklist?pageSize=50',
        headers: director,
      });
      expect(worklist.statusCode).toBe(200);
      const items = worklist.json().items as { childId?: string; id?: string }[];
      expect(items.length).toBeGreaterThan(20);
      const childId = items[0]!.childId ?? items[0]!.id;
      const contacts = await app.inject({
        method: 'GET',
        url: `/api/v1/children/${childId}/contacts`,
        headers: director,
      });
      expect(contacts.statusCode).toBe(200);
      const list = contacts.json();
      const first = (Array.isArray(list) ? list : list.items)[0];
      expect(Object.keys(first.findings).sort()).toEqual([...FINDING_AREAS].sort());
    } finally {
      await app.close();
    }
  });
});

describe('planning', { timeout: 120_000 }, () => {
  it('is deterministic: the same seed and date give the same children, another seed others', async () => {
    const county = await readCounty(db(), '445281', null);
    const options = { today: TODAY, seed: 7, children: 400, actor: systemActor('测试') };
    const facts = (plan: ReturnType<typeof planDemo>) =>
      plan.records.map((r) => [
        r.child.row.name,
        r.child.row.id_number,
        r.child.row.village_code,
        r.columns.level,
        r.history.contacts.length,
      ]);
    const a = facts(planDemo(county, options));
    expect(facts(planDemo(county, options))).toEqual(a);
    expect(facts(planDemo(county, { ...options, seed: 8 }))).not.toEqual(a);
  });
});
