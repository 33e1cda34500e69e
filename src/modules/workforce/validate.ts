// The checks on a ledger entry that need more than its shape: a valid resident ID number of an adult, a real
// village (for a director) or township (for a supervisor) under the deployment's and the actor's region,
// dates in order and not in the future, a user account that fits. Shared by the API and the importer.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import { validateIdNumber, type Gender } from '../../domain/id-number.ts';
import { fullCode, isUnder, regionLevel, type RegionLevel } from '../../domain/region-code.ts';
import { actorCovers, type Actor } from '../access/index.ts';
import type { FieldProblem } from '../children/index.ts';
import { WORKER_ROLE_NAMES, type WorkerRole } from './codes.ts';
import type { PersonInput } from './schemas.ts';

/** Region levels by code, read one county at a time as codes are asked for. */
export class RegionLookup {
  private readonly counties = new Map<string, Map<string, RegionLevel>>();

  constructor(private readonly db: Kysely<DB>) {}

  async level(code: string): Promise<RegionLevel | undefined> {
    const full = fullCode(code);
    const county = full.slice(0, 6);
    let levels = this.counties.get(county);
    if (!levels) {
      const rows = await this.db
        .selectFrom('region')
        .select(['code', 'level'])
        .where('code', 'like', `${county}%`)
        .execute();
      levels = new Map(rows.map((r) => [r.code, r.level]));
      this.counties.set(county, levels);
    }
    return levels.get(full);
  }
}

export interface PersonCheckContext {
  db: Kysely<DB>;
  actor: Actor;
  deploymentRegion: string | null;
  today: IsoDate;
  regions: RegionLookup;
}

export type CheckedPerson = PersonInput & {
  idNumber: string;
  gender: Gender;
  regionCode: string;
  /** The account named by `username`, found and fitting. */
  userId: string | null;
};

const POST_LEVEL: Record<WorkerRole, RegionLevel> = { director: 'village', supervisor: 'township' };

/** Whether `code` is a real region of the level the role is bound to, under the deployment and the actor. */
export async function checkPostRegion(
  ctx: Omit<PersonCheckContext, 'today'>,
  role: WorkerRole,
  code: string,
  field: string,
): Promise<FieldProblem | null> {
  const wanted = POST_LEVEL[role];
  const noun = wanted === 'village' ? '村（社区）' : '乡镇（街道）';
  const named = code.length === 9 ? 'township' : regionLevel(code);
  if (named !== wanted)
    return { field, message: `${WORKER_ROLE_NAMES[role]}应属${noun}，${code} 不是${noun}代码` };
  if (ctx.deploymentRegion && !isUnder(code, ctx.deploymentRegion))
    return { field, message: `${noun}代码 ${code} 不在本系统辖区 ${ctx.deploymentRegion} 内` };
  if ((await ctx.regions.level(code)) !== wanted) return { field, message: `${noun}代码 ${code} 不存在` };
  if (!actorCovers(ctx.actor, code)) return { field, message: `${noun}代码 ${code} 不在您的辖区内` };
  return null;
}

export async function checkPerson(
  input: PersonInput,
  ctx: PersonCheckContext,
  fields: { regionCode?: string } = {},
): Promise<{ value: CheckedPerson } | { problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const id = validateIdNumber(input.idNumber, { notAfter: ctx.today });
  if (!id.ok) problems.push({ field: 'idNumber', message: id.message });
  else if (ageOn(id.birthDate, ctx.today) < 18)
    problems.push({ field: 'idNumber', message: `身份证号码显示出生于 ${id.birthDate}，未满18周岁` });

  const regionField = fields.regionCode ?? 'regionCode';
  const regionProblem = await checkPostRegion(ctx, input.role, input.regionCode, regionField);
  if (regionProblem) problems.push(regionProblem);

  if (input.startedOn && input.endedOn && input.endedOn < input.startedOn)
    problems.push({ field: 'endedOn', message: `离任日期 ${input.endedOn} 早于任职日期 ${input.startedOn}` });
  input.trainedOn.forEach((d, i) => {
    if (d > ctx.today) problems.push({ field: `trainedOn[${i}]`, message: `培训日期 ${d} 晚于今天` });
  });
  if (input.backgroundCheckedOn && input.backgroundCheckedOn > ctx.today)
    problems.push({
      field: 'backgroundCheckedOn',
      message: `入职查询日期 ${input.backgroundCheckedOn} 晚于今天`,
    });
  if (input.backgroundCheckResult && !input.backgroundCheckedOn)
    problems.push({ field: 'backgroundCheckedOn', message: '填写了查询结果，请同时填写入职查询日期' });

  let userId: string | null = null;
  if (input.username && id.ok) {
    const user = await ctx.db
      .selectFrom('app_user')
      .select(['id', 'role', 'region_code'])
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (!user) problems.push({ field: 'username', message: `账号 ${input.username} 不存在` });
    else if (user.role !== input.role || user.region_code !== fullCode(input.regionCode))
      problems.push({
        field: 'username',
        message: `账号 ${input.username} 的角色或区划与该${WORKER_ROLE_NAMES[input.role]}不符`,
      });
    else {
      const other = await ctx.db
        .selectFrom('workforce_person')
        .select('name')
        .where('user_id', '=', user.id)
        .where('id_number', '<>', id.idNumber)
        .executeTakeFirst();
      if (other) problems.push({ field: 'username', message: `账号 ${input.username} 已关联 ${other.name}` });
      else userId = user.id;
    }
  }

  if (problems.length || !id.ok) return { problems };
  return {
    value: {
      ...input,
      idNumber: id.idNumber,
      gender: id.gender,
      regionCode: fullCode(input.regionCode),
      backgroundCheckResult: input.backgroundCheckedOn ? (input.backgroundCheckResult ?? 'passed') : null,
      trainedOn: [...new Set(input.trainedOn)].sort(),
      userId,
    },
  };
}
