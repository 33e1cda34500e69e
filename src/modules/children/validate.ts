// The checks on a child's record that need more than its shape: the resident ID number (and the birth date
// and gender it carries), the village (real, under the deployment's region and the actor's), dates not in
// the future. Shared by the API and the importers, so a row and a form are judged alike.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { factsConflicts } from '../../domain/facts.ts';
import { validateIdNumber } from '../../domain/id-number.ts';
import { isUnder, shortCode } from '../../domain/region-code.ts';
import { actorCovers, type Actor } from '../access/index.ts';
import type { ChildInput } from './schemas.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The villages that exist, loaded once per request or import. */
export class VillageDirectory {
  private villages: Map<string, string> | null = null;

  constructor(
    private readonly db: Kysely<DB> | null,
    private readonly scope: string,
  ) {}

  /** A directory of villages already read (the import's judging thread, which has no database). */
  static known(villages: Iterable<[code: string, name: string]>): VillageDirectory {
    const directory = new VillageDirectory(null, '');
    directory.villages = new Map(villages);
    return directory;
  }

  /** Every village under the scope, by code. */
  async all(): Promise<ReadonlyMap<string, string>> {
    if (!this.villages) {
      const rows = await this.db!.selectFrom('region')
        .select(['code', 'name'])
        .where('level', '=', 'village')
        .where('code', 'like', `${this.scope ? shortCode(this.scope) : ''}%`)
        .execute();
      this.villages = new Map(rows.map((r) => [r.code, r.name]));
    }
    return this.villages;
  }

  async name(code: string): Promise<string | undefined> {
    return (this.villages ?? (await this.all())).get(code);
  }
}

export interface CheckContext {
  actor: Actor;
  /** TONGHU_REGION: imported and registered villages must lie under it. */
  deploymentRegion: string | null;
  today: IsoDate;
  villages: VillageDirectory;
}

/** A child record ready to store: ID number normalised, birth date and gender filled from it. */
export type CheckedChild = ChildInput & { birthDate: IsoDate; registeredOn: IsoDate };

export async function checkChild(
  input: ChildInput,
  ctx: CheckContext,
): Promise<{ value: CheckedChild } | { problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  let { birthDate, gender, idNumber } = input;

  if (idNumber) {
    const id = validateIdNumber(idNumber, { notAfter: ctx.today });
    if (!id.ok) problems.push({ field: 'idNumber', message: id.message });
    else {
      idNumber = id.idNumber;
      if (birthDate && birthDate !== id.birthDate)
        problems.push({
          field: 'birthDate',
          message: `出生日期 ${birthDate} 与身份证号码中的 ${id.birthDate} 不一致`,
        });
      if (gender && gender !== id.gender)
        problems.push({
          field: 'gender',
          message: `性别与身份证号码不一致（号码为${id.gender === 'male' ? '男' : '女'}性）`,
        });
      birthDate = id.birthDate;
      gender = id.gender;
    }
  }
  if (!birthDate && !problems.some((p) => p.field === 'idNumber'))
    problems.push({ field: 'birthDate', message: '缺少出生日期（无身份证号码时必填）' });
  if (birthDate && birthDate > ctx.today)
    problems.push({ field: 'birthDate', message: `出生日期 ${birthDate} 晚于今天` });

  const village = await ctx.villages.name(input.villageCode);
  if (ctx.deploymentRegion && !isUnder(input.villageCode, ctx.deploymentRegion))
    problems.push({
      field: 'villageCode',
      message: `村（社区）代码 ${input.villageCode} 不在本系统辖区 ${ctx.deploymentRegion} 内`,
    });
  else if (!village)
    problems.push({ field: 'villageCode', message: `村（社区）代码 ${input.villageCode} 不存在` });
  else if (!actorCovers(ctx.actor, input.villageCode))
    problems.push({ field: 'villageCode', message: `村（社区）代码 ${input.villageCode} 不在您的辖区内` });

  input.parents.forEach((p, i) => {
    if (!p.idNumber) return;
    const id = validateIdNumber(p.idNumber);
    if (!id.ok) problems.push({ field: `parents[${i}].idNumber`, message: id.message });
  });
  if (input.caregiver?.idNumber) {
    const id = validateIdNumber(input.caregiver.idNumber);
    if (!id.ok) problems.push({ field: 'caregiver.idNumber', message: id.message });
  }
  const registeredOn = input.registeredOn ?? ctx.today;
  if (registeredOn > ctx.today)
    problems.push({ field: 'registeredOn', message: `登记日期 ${registeredOn} 晚于今天` });
  if (input.caregiver?.agreementSignedOn && input.caregiver.agreementSignedOn > ctx.today)
    problems.push({ field: 'caregiver.agreementSignedOn', message: '确认书签订日期晚于今天' });

  for (const c of factsConflicts({
    guardianship: input.guardianship ?? null,
    parents: input.parents,
    conditions: input.conditions,
  }))
    problems.push({ field: c.field, message: `情况相互矛盾：${c.message}` });

  if (problems.length) return { problems };
  return {
    value: {
      ...input,
      idNumber: idNumber ?? null,
      birthDate: birthDate as IsoDate,
      gender: gender ?? null,
      registeredOn,
    },
  };
}
