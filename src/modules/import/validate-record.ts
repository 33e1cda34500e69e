// One record judged by the API's rules (childInput and checkChild: ID check digit and birth date, village
// real and within the region, codes known) and the import's own: an ID number or, for a child without
// hukou, an external id to find it again; a registered child only updated within one's own region.
import type { z } from 'zod';
import { actorCovers } from '../access/index.ts';
import {
  inputOf,
  childInput,
  interventionInput,
  type InterventionInput,
  checkChild,
  type CheckContext,
  type CheckedChild,
  EXIT_REASON_NAMES,
  type ExitReason,
} from '../children/index.ts';
import { EXAMPLE_ID_NUMBER, EXAMPLE_NAME } from './columns.ts';
import { mergeIncoming } from './merge.ts';
import { pathOf, type FieldNamer, type Path } from './problems.ts';
import { zodMessage } from './zod-messages.ts';
import type { ImportProblem, ReadRecord } from './record.ts';
import type { StoredChild } from './stored.ts';

type Problem = Omit<ImportProblem, 'number' | 'unit'>;

export type Validated =
  | { ok: true; checked: CheckedChild; interventions: InterventionInput[]; merged: Record<string, unknown> }
  | { ok: false; problems: Problem[]; merged: Record<string, unknown> };

export interface RecordContext {
  check: CheckContext;
  namer: FieldNamer;
}

const LOST_DIGITS_HINT =
  '；末三位为000，可能是 Excel 把号码当作数字保存而丢失了末几位，请把该列设为“文本”格式后重新录入';

export async function validateRecord(
  read: ReadRecord,
  stored: StoredChild | null,
  ctx: RecordContext,
): Promise<Validated> {
  const problems: Problem[] = [...read.problems];
  if (read.unreadable) return { ok: false, problems, merged: {} };
  const merged = mergeIncoming(
    stored ? inputOf(stored.row, stored.parents, stored.caregiver) : null,
    read.incoming,
  );
  // A field already found wrong while reading is named once, not again by every later rule.
  const add = (path: Path, message: string) => {
    const named = ctx.namer(path, merged);
    if (problems.some((p) => p.field === named.field)) return;
    problems.push({ ...named, message });
  };
  const addZod = (issues: z.core.$ZodIssue[], prefix: Path = []) => {
    for (const issue of issues) add([...prefix, ...(issue.path as Path)], zodMessage(issue));
  };

  if (stored) {
    if (stored.row.status === 'exited')
      add(
        ['idNumber'],
        `该儿童已于 ${stored.row.exited_on} 退出登记（${EXIT_REASON_NAMES[stored.row.exit_reason as ExitReason] ?? stored.row.exit_reason}），档案不能通过导入修改`,
      );
    else if (!actorCovers(ctx.check.actor, stored.row.village_code))
      add(['idNumber'], '该身份证号码已在您的辖区以外登记，不能通过导入修改');
  }

  let checked: CheckedChild | null = null;
  let parsed = childInput.safeParse(merged);
  if (!parsed.success) {
    addZod(parsed.error.issues);
    // Judge the rest too (ID number, village…) so that one pass names every problem of the record.
    const wrong = new Set(parsed.error.issues.map((i) => i.path[0]));
    parsed = childInput.safeParse(Object.fromEntries(Object.entries(merged).filter(([k]) => !wrong.has(k))));
  }
  if (parsed.success) {
    const result = await checkChild(parsed.data, ctx.check);
    // An ID number that could not be read leaves no birth date to derive: that is one problem, not two.
    const idUnread = read.problems.some((p) => p.field === 'idNumber');
    if ('problems' in result) {
      for (const p of result.problems) {
        if (idUnread && p.field === 'birthDate' && !parsed.data.birthDate) continue;
        const hint = p.field.endsWith('idNumber') && /校验位/.test(p.message) && lostDigits(merged, p.field);
        add(pathOf(p.field), hint ? p.message + LOST_DIGITS_HINT : p.message);
      }
    } else if (!problems.length) checked = result.value;
  }

  if (checked) {
    if (!checked.idNumber && !checked.conditions.includes('no_hukou'))
      add(['idNumber'], '请填写身份证号码（无户籍儿童请在情形中注明“无户籍”，并填写外部编号）');
    else if (!checked.idNumber && !checked.externalId)
      add(['externalId'], '无身份证号码的儿童须填写外部编号，再次导入时按此编号找到同一名儿童');
    if (checked.idNumber === EXAMPLE_ID_NUMBER && checked.name === EXAMPLE_NAME)
      add(['idNumber'], '这是导入模板中的示例行，请删除后再导入');
  }

  const interventions: InterventionInput[] = [];
  read.incoming.interventions.forEach((raw, i) => {
    const iv = interventionInput.safeParse(raw);
    if (!iv.success) return addZod(iv.error.issues, ['interventions', i]);
    if (iv.data.date > ctx.check.today)
      return add(['interventions', i, 'date'], `干预日期 ${iv.data.date} 晚于今天`);
    interventions.push(iv.data);
  });

  if (problems.length || !checked) return { ok: false, problems, merged };
  return { ok: true, checked, interventions, merged };
}

function lostDigits(merged: Record<string, unknown>, field: string): boolean {
  let v: unknown = merged;
  for (const key of pathOf(field)) v = (v as Record<string | number, unknown> | undefined)?.[key];
  return typeof v === 'string' && /^\d{15}000$/.test(v.trim());
}
