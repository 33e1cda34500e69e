// The one place ID and phone numbers are sealed and opened. Every query through Kysely passes here:
// values written to a sealed column are sealed (SM4 + HMAC-SM3) and an ID number's blind index is written
// beside it; an equality on an ID number becomes an equality on its blind index; sealed values in results
// are opened. Repositories keep reading and writing plain values, so no caller had to change — and a query
// that would compare a sealed column any other way (a prefix search, an order) fails loudly instead of
// quietly matching nothing. Raw SQL (sql`…`) is not rewritten: the few raw statements that write or match
// these columns (import, data comparison) seal and index their values themselves.
import type { IdentifierNode, ReferenceNode } from 'kysely';
import {
  ColumnNode,
  ColumnUpdateNode,
  OperationNodeTransformer,
  PrimitiveValueListNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type BinaryOperationNode,
  type InsertQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type UpdateQueryNode,
} from 'kysely';
import { blindIndex, open, seal } from '../crypto/active.ts';
import { SEALED, SEALED_PREFIX } from '../crypto/keyring.ts';
import { AppError } from '../shared/errors.ts';

/**
 * Sealed columns by table; an ID number also has its blind index in `<column>_bidx`. A 'secret' (a second
 * factor's key) is sealed like a phone number and never compared. A 'certificate' (残疾人证号, which begins
 * with the holder's whole ID number) is sealed too (0062); nothing finds a child by it, so it has no blind
 * index and, like a phone number, any comparison on it is refused.
 */
export const SEALED_COLUMNS: Record<
  string,
  Partial<Record<string, 'id_number' | 'phone' | 'secret' | 'certificate'>>
> = {
  app_user: { phone: 'phone' },
  user_second_factor: { totp_secret: 'secret' },
  child: { id_number: 'id_number', phone: 'phone', disability_certificate: 'certificate' },
  child_parent: { id_number: 'id_number', phone: 'phone' },
  child_caregiver: { id_number: 'id_number', phone: 'phone' },
  department: { phone: 'phone' },
  workforce_person: { id_number: 'id_number', phone: 'phone' },
  comparison_finding: { id_number: 'id_number' },
};

/**
 * JSON columns that may carry ID or phone numbers inside (an audit record's old and new values, what a
 * referral gave a department): those values are sealed where they stand, by their key.
 */
export const JSON_SEALED: Record<string, readonly string[]> = {
  audit_event: ['changes', 'detail'],
  referral: ['child_data'],
  referral_event: ['detail'],
  comparison_run: ['ambiguous'],
  comparison_finding: ['roster_row', 'outcome'],
};
const SENSITIVE_KEYS = new Set([
  'id_number',
  'idNumber',
  'phone',
  'contactPhone',
  'caregiverPhone',
  'disability_certificate',
  'disabilityCertificate',
]);

/** Seals, at any depth, the string values under a sensitive key and the old/new values of a sensitive field. */
export function sealInJson(value: unknown): unknown {
  // A date is its JSON text, as it would be had the value come as JSON text (sealJsonParameter).
  if (value instanceof Date) return value.toJSON();
  if (Array.isArray(value)) return value.map(sealInJson);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const sensitiveField = typeof record.field === 'string' && SENSITIVE_KEYS.has(record.field);
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(record)) {
    const v = raw instanceof Date ? raw.toJSON() : raw;
    if (typeof v === 'string' && v !== '' && !v.startsWith(SEALED_PREFIX))
      out[key] =
        SENSITIVE_KEYS.has(key) || (sensitiveField && (key === 'old' || key === 'new')) ? seal(v) : v;
    else out[key] = sealInJson(v);
  }
  return out;
}

function sealJsonParameter(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') {
    const parsed: unknown = JSON.parse(value);
    return JSON.stringify(sealInJson(parsed));
  }
  if (typeof value === 'object' && !('kind' in value)) return sealInJson(value);
  throw misuse('JSON 字段写入的不是普通值');
}

/** Column names that hold an ID number with a blind index, in whatever table a query names. */
const INDEXED = new Set(['id_number']);
/** Sealed columns that are never compared: a phone number, a disability certificate. */
const UNCOMPARED = new Set(['phone', 'disability_certificate']);

function misuse(what: string): AppError {
  return new AppError('internal', `加密字段不支持该操作：${what}`);
}

function tableName(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (node.kind === 'TableNode')
    return (node as unknown as { table: { identifier: IdentifierNode } }).table.identifier.name;
  if (node.kind === 'AliasNode') return tableName((node as unknown as { node: OperationNode }).node);
  return null;
}

function columnName(node: OperationNode): string | null {
  if (node.kind === 'ColumnNode') return (node as ColumnNode).column.name;
  if (node.kind === 'ReferenceNode') {
    const column = (node as ReferenceNode).column;
    return column.kind === 'ColumnNode' ? column.column.name : null;
  }
  return null;
}

function renamed(node: OperationNode, name: string): OperationNode {
  if (node.kind === 'ColumnNode') return ColumnNode.create(name);
  const ref = node as ReferenceNode;
  return { ...ref, column: ColumnNode.create(name) } as ReferenceNode;
}

function sealValue(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value !== 'string') throw misuse('写入的值不是文本');
  return seal(value);
}

function indexValue(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') throw misuse('比较的值不是文本');
  return blindIndex('id_number', value);
}

class SealingTransformer extends OperationNodeTransformer {
  protected override transformInsertQuery(
    node: InsertQueryNode,
    queryId?: Parameters<OperationNodeTransformer['transformNode']>[1],
  ): InsertQueryNode {
    const inserted = super.transformInsertQuery(node, queryId);
    const table = tableName(inserted.into) ?? '';
    if (JSON_SEALED[table]) return sealJsonInsert(inserted, JSON_SEALED[table]);
    const sealed = SEALED_COLUMNS[table];
    if (!sealed || !inserted.columns) return inserted;
    const names = inserted.columns.map((c) => c.column.name);
    const positions = names.map((n, i) => (sealed[n] ? i : -1)).filter((i) => i >= 0);
    if (!positions.length) return inserted;
    if (inserted.onConflict && JSON.stringify(inserted.onConflict).includes('"id_number"'))
      throw misuse('冲突更新中引用了加密字段');
    const indexed = positions.filter((i) => sealed[names[i]!] === 'id_number');
    if (!inserted.values || inserted.values.kind !== 'ValuesNode')
      throw misuse('INSERT … SELECT 写入加密字段');
    const rows = (inserted.values as ValuesNode).values.map((item) => {
      if (item.kind === 'PrimitiveValueListNode') {
        const values = [...item.values];
        const extra = indexed.map((i) => indexValue(values[i]));
        for (const i of positions) values[i] = sealValue(values[i]);
        return PrimitiveValueListNode.create([...values, ...extra]);
      }
      const nodes = [...item.values];
      const plain = (i: number): unknown => {
        const v = nodes[i]!;
        if (v.kind === 'ValueNode') return (v as ValueNode).value;
        if (v.kind === 'DefaultInsertValueNode') return null;
        throw misuse('写入加密字段的不是普通值');
      };
      const extra = indexed.map((i) => ValueNode.create(indexValue(plain(i))));
      for (const i of positions) nodes[i] = ValueNode.create(sealValue(plain(i)));
      return ValueListNode.create([...nodes, ...extra]);
    });
    return {
      ...inserted,
      columns: [...inserted.columns, ...indexed.map((i) => ColumnNode.create(`${names[i]}_bidx`))],
      values: ValuesNode.create(rows),
    };
  }

  protected override transformUpdateQuery(
    node: UpdateQueryNode,
    queryId?: Parameters<OperationNodeTransformer['transformNode']>[1],
  ): UpdateQueryNode {
    const updated = super.transformUpdateQuery(node, queryId);
    const table = tableName(updated.table) ?? '';
    const json = JSON_SEALED[table];
    const sealed = SEALED_COLUMNS[table] ?? {};
    if (!updated.updates || (!json && !SEALED_COLUMNS[table])) return updated;
    const updates: ColumnUpdateNode[] = [];
    for (const u of updated.updates) {
      const name = columnName(u.column);
      if (name && json?.includes(name) && u.value.kind === 'ValueNode') {
        updates.push(
          ColumnUpdateNode.create(
            u.column,
            ValueNode.create(sealJsonParameter((u.value as ValueNode).value)),
          ),
        );
        continue;
      }
      const kind = name ? sealed[name] : undefined;
      if (!kind) {
        updates.push(u);
        continue;
      }
      const plain = plainOf(u.value.kind === 'ValueNode' ? (u.value as ValueNode).value : u.value);
      updates.push(ColumnUpdateNode.create(u.column, ValueNode.create(sealValue(plain))));
      if (kind === 'id_number')
        updates.push(
          ColumnUpdateNode.create(ColumnNode.create(`${name}_bidx`), ValueNode.create(indexValue(plain))),
        );
    }
    return { ...updated, updates };
  }

  protected override transformBinaryOperation(
    node: BinaryOperationNode,
    queryId?: Parameters<OperationNodeTransformer['transformNode']>[1],
  ): BinaryOperationNode {
    const op = super.transformBinaryOperation(node, queryId);
    const left = columnName(op.leftOperand);
    const right = columnName(op.rightOperand);
    const leftSealed = left !== null && (INDEXED.has(left) || UNCOMPARED.has(left));
    const rightSealed = right !== null && (INDEXED.has(right) || UNCOMPARED.has(right));
    if (!leftSealed && !rightSealed) return op;
    const operator = (op.operator as unknown as { operator?: string }).operator ?? '';
    if (operator === 'is' || operator === 'is not') return op;
    if ((left && UNCOMPARED.has(left)) || (right && UNCOMPARED.has(right)))
      throw misuse(`按${left === 'phone' || right === 'phone' ? '电话号码' : '残疾人证号'}比较`);
    if (!['=', '<>', '!=', 'in', 'not in'].includes(operator))
      throw misuse(`身份证号码只能精确比较（${operator}）`);
    // Both sides columns: an ID number against an ID number, compared by their blind indexes.
    if (leftSealed && rightSealed)
      return {
        ...op,
        leftOperand: renamed(op.leftOperand, `${left}_bidx`),
        rightOperand: renamed(op.rightOperand, `${right}_bidx`),
      };
    if (!leftSealed) throw misuse('身份证号码应在比较的左侧');
    return {
      ...op,
      leftOperand: renamed(op.leftOperand, `${left}_bidx`),
      rightOperand: indexedOperand(op.rightOperand),
    };
  }
}

function sealJsonInsert(node: InsertQueryNode, columns: readonly string[]): InsertQueryNode {
  if (!node.columns || !node.values || node.values.kind !== 'ValuesNode') return node;
  const positions = node.columns
    .map((c, i) => (columns.includes(c.column.name) ? i : -1))
    .filter((i) => i >= 0);
  if (!positions.length) return node;
  const rows = (node.values as ValuesNode).values.map((item) => {
    if (item.kind === 'PrimitiveValueListNode') {
      const values = [...item.values];
      for (const i of positions) values[i] = sealJsonParameter(values[i]);
      return PrimitiveValueListNode.create(values);
    }
    const nodes = [...item.values];
    for (const i of positions)
      if (nodes[i]!.kind === 'ValueNode')
        nodes[i] = ValueNode.create(sealJsonParameter((nodes[i] as ValueNode).value));
    return ValueListNode.create(nodes);
  });
  return { ...node, values: ValuesNode.create(rows) };
}

function plainOf(value: unknown): unknown {
  if (value && typeof value === 'object' && 'kind' in value) throw misuse('写入加密字段的不是普通值');
  return value;
}

function indexedOperand(node: OperationNode): OperationNode {
  if (node.kind === 'ValueNode') return ValueNode.create(indexValue((node as ValueNode).value));
  if (node.kind === 'PrimitiveValueListNode')
    return PrimitiveValueListNode.create((node as PrimitiveValueListNode).values.map(indexValue));
  if (node.kind === 'ValueListNode')
    return ValueListNode.create(
      (node as ValueListNode).values.map((v) => {
        if (v.kind !== 'ValueNode') throw misuse('比较的值不是普通值');
        return ValueNode.create(indexValue((v as ValueNode).value));
      }),
    );
  throw misuse('身份证号码只能与给定的值比较');
}

/** Opens every sealed value in a result, at any depth (JSON columns and arrays included). */
export function openSealed(value: unknown): unknown {
  if (typeof value === 'string')
    return value.startsWith(SEALED_PREFIX) && SEALED.test(value) ? open(value) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = openSealed(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = openSealed(record[key]);
  }
  return value;
}

export class SealedColumnsPlugin implements KyselyPlugin {
  private readonly transformer = new SealingTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    for (const row of args.result.rows) openSealed(row);
    return args.result;
  }
}

/**
 * A row as it is stored, for the raw bulk writers that bypass the plugin (jsonb_to_recordset, COPY): its
 * sealed columns sealed, an ID number's blind index beside it, ID and phone numbers inside JSON sealed.
 */
export function sealRow(table: string, row: Record<string, unknown>): Record<string, unknown> {
  const sealed = SEALED_COLUMNS[table];
  const json = JSON_SEALED[table];
  if (!sealed && !json) return row;
  const out: Record<string, unknown> = { ...row };
  for (const [column, kind] of Object.entries(sealed ?? {})) {
    if (!(column in row)) continue;
    const plain = row[column];
    out[column] = sealValue(plain);
    if (kind === 'id_number') out[`${column}_bidx`] = indexValue(plain);
  }
  for (const column of json ?? []) if (column in row) out[column] = sealJsonParameter(row[column]);
  return out;
}
