// What a kind of roster is to the matcher. The matcher knows nothing of schools or deaths: it reads the
// columns a rule declares, stages the rows, matches them to children, and asks the rule's clauses which
// matched rows, unmatched rows and registered children absent from the roster make findings. A new roster
// kind (imprisonment, medical insurance, HIV, …) is a new file in rules/ and a line in rules/index.ts.
import type { RawBuilder } from 'kysely';
import type { IsoDate } from '../../domain/dates.ts';
import type { ServiceContext } from '../../shared/service-context.ts';

/** A value read from a cell: the typed value (null when empty), or what is wrong with it. */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

export type StagingType = 'text' | 'date' | 'integer';

export interface RosterField<T = unknown> {
  /** The field's name in NDJSON and in SQL (the staging column is r.<sqlName>). */
  field: string;
  sqlName: string;
  label: string;
  /** Column headers people use for it (normalised with shared/tabular/headers.ts). */
  aliases: readonly string[];
  /** The column must be in the file and, in each row, hold a value. */
  required: boolean;
  type: StagingType;
  parse(value: unknown): Parsed<T>;
}

export interface RowProblem {
  field: string;
  message: string;
}

/** What the SQL of a clause may use besides the aliases r (roster row) and c (child). */
export interface ClauseContext {
  asOf: IsoDate;
}

export interface FindingClause {
  finding: string;
  /**
   * matched: a roster row matched to a registered child (SQL aliases r and c);
   * unmatched: a row that matches no registered child and is not ambiguous (alias r);
   * absent: a registered, active child of the region that no row matches (alias c).
   */
  from: 'matched' | 'unmatched' | 'absent';
  /** The SQL condition that makes the finding; true for every row or child of its kind. */
  when(ctx: ClauseContext): RawBuilder<boolean>;
}

/** What a finding under verification holds, for the rule to act on when it is confirmed. */
export interface FindingForAction {
  id: string;
  finding: string;
  childId: string | null;
  rosterRow: Record<string, unknown>;
  rowNumber: number | null;
  fileName: string;
  asOf: IsoDate;
}

/** What confirming did, kept with the finding: { action, …details }. */
export type Outcome = { action: string } & Record<string, unknown>;

export interface RosterRule {
  kind: string;
  /** 学籍名册, 死亡人员名单, … */
  title: string;
  /** The roster's own columns; idNumber, name, birthDate and villageCode are common to every roster. */
  fields: readonly RosterField[];
  /** Checks across the fields of a row once each has been read (a grade 3 certificate needs a category). */
  checkRow?(row: Record<string, unknown>): RowProblem | null;
  clauses: readonly FindingClause[];
  /** What confirming a finding does to the register, by finding; a finding without one is only recorded. */
  onConfirm?: Partial<
    Record<string, (ctx: ServiceContext, finding: FindingForAction, note: string | null) => Promise<Outcome>>
  >;
  /** Chinese names of the findings, for worklists and messages. */
  findingNames: Record<string, string>;
}
