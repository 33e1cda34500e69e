// Tells a listener, in this process, that a statement changing or deleting rows of one of the tables it watches
// is about to run and has run (an INSERT changes no row anyone holds a copy of, so it is not told). The session cache (src/modules/auth/session-cache.ts) drops what it holds on hearing it, so that this
// process never answers from a copy older than its own change (other processes hear of it from the database,
// migration 0068). Kysely's own statements are read by their shape; raw SQL (sql`…`) by its text.
import type {
  ColumnNode,
  ColumnUpdateNode,
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** A statement about to run or just run: the table, and the columns an UPDATE sets (null: rows deleted, or raw SQL). */
export type Listener = (table: string, setColumns: readonly string[] | null) => void;

function tableName(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'AliasNode') return tableName((node as unknown as { node: OperationNode }).node);
  if (node.kind === 'TableNode')
    return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  return undefined;
}

function updatedColumn(update: ColumnUpdateNode): string {
  const column = update.column as OperationNode;
  return column.kind === 'ColumnNode' ? (column as ColumnNode).column.name : '?';
}

const RAW_WRITE = /\b(?:update|delete\s+from)\s+(?:only\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)/gi;

/** The tables whose rows a statement changes or deletes (by name), as far as its shape or text tells. */
export function writtenTables(node: RootOperationNode): string[] {
  switch (node.kind) {
    case 'UpdateQueryNode':
      return [tableName(node.table)].filter((t): t is string => !!t);
    case 'DeleteQueryNode':
      return node.from.froms.map(tableName).filter((t): t is string => !!t);
    case 'RawNode':
      return [...node.sqlFragments.join('?').matchAll(RAW_WRITE)].map((m) => (m[1] as string).toLowerCase());
    default:
      return [];
  }
}

export class TableWritesPlugin implements KyselyPlugin {
  readonly #listeners = new Map<Listener, ReadonlySet<string>>();
  readonly #pending = new WeakMap<object, { node: RootOperationNode; tables: string[] }>();

  /** Calls `listener` before and after each statement writing one of `tables`; returns how to stop. */
  watch(tables: readonly string[], listener: Listener): () => void {
    this.#listeners.set(listener, new Set(tables));
    return () => void this.#listeners.delete(listener);
  }

  #tell(node: RootOperationNode, tables: readonly string[]): void {
    const set = node.kind === 'UpdateQueryNode' ? (node.updates ?? []).map(updatedColumn) : null;
    for (const [listener, watched] of this.#listeners)
      for (const table of tables) if (watched.has(table)) listener(table, set);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.#listeners.size > 0) {
      const tables = writtenTables(args.node);
      if (tables.length > 0) {
        this.#tell(args.node, tables);
        this.#pending.set(args.queryId, { node: args.node, tables });
      }
    }
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const pending = this.#pending.get(args.queryId);
    if (pending) {
      this.#pending.delete(args.queryId);
      this.#tell(pending.node, pending.tables);
    }
    return args.result;
  }
}

const plugins = new WeakMap<object, TableWritesPlugin>();

export function registerTableWrites(db: object, plugin: TableWritesPlugin): void {
  plugins.set(db, plugin);
}

/** The plugin watching `db`'s statements (every database opened by src/db/connect.ts has one). */
export function tableWritesOf(db: object): TableWritesPlugin | undefined {
  return plugins.get(db);
}
