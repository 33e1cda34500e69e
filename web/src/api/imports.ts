// The shapes of the import API (POST /imports/children). Types only.
import type { Level } from './types';

export interface ImportProblem {
  number: number;
  unit: 'line' | 'row';
  field?: string;
  column?: string;
  message: string;
}

export interface ImportPreviewItem {
  number: number;
  unit: 'line' | 'row';
  action: 'create' | 'update' | 'reject';
  child: Record<string, unknown>;
  villageName: string | null;
  level: Level | null;
  target: boolean | null;
  leftBehind: boolean | null;
}

export interface ImportOutcome {
  runId: string | null;
  dryRun: boolean;
  committed: boolean;
  imported: number;
  updated: number;
  rejected: number;
  errors: ImportProblem[];
  preview: ImportPreviewItem[];
  ignoredColumns: string[];
}
