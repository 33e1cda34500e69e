// 儿童主任台账, coverage and trainings (src/modules/workforce): the shapes of /api/v1/workforce, and the import,
// which takes the file itself as the request body.
import { ApiError, withQuery } from './client';

export type WorkerRole = 'director' | 'supervisor';

export interface LedgerItem {
  personId: string;
  postId: string;
  name: string;
  idNumber: string;
  gender: 'male' | 'female' | null;
  phone: string | null;
  role: WorkerRole;
  roleName: string;
  regionCode: string;
  regionName: string | null;
  parentRegionName: string | null;
  startedOn: string | null;
  endedOn: string | null;
  active: boolean;
  backgroundCheckedOn: string | null;
  backgroundCheckResult: 'passed' | 'restricted' | null;
  lastTrainedOn: string | null;
  trainedThisYear: boolean;
  userId: string | null;
  username: string | null;
}

export interface Ledger {
  asOf: string;
  total: number;
  page: number;
  pageSize: number;
  items: LedgerItem[];
}

/** GET /workforce/people/:id/accounts: the server's own type, so that the two cannot drift apart. */
export type { AccountCandidate } from '../../../src/modules/workforce/people.ts';

export interface PersonFile {
  id: string;
  name: string;
  idNumber: string;
  gender: 'male' | 'female' | null;
  phone: string | null;
  note: string | null;
  user: { id: string; username: string | null; displayName: string | null } | null;
  backgroundCheck: {
    checkedOn: string;
    result: 'passed' | 'restricted' | null;
    resultName: string | null;
    note: string | null;
  } | null;
  posts: {
    id: string;
    role: WorkerRole;
    roleName: string;
    regionCode: string;
    regionName: string | null;
    startedOn: string | null;
    endedOn: string | null;
    active: boolean;
  }[];
  trainings: {
    id: string;
    trainedOn: string;
    trainingId: string | null;
    title: string | null;
    kind: string | null;
    kindName: string | null;
    organiserLevel: string | null;
    organiserLevelName: string | null;
    source: string;
    note: string | null;
  }[];
  trainingsByYear: { year: number; count: number }[];
  evaluations: { year: number; result: string; resultName: string; note: string | null }[];
}

export interface CoverageVillage {
  villageCode: string;
  targetChildren: number;
  directors: number;
  required: number;
  shortfall: number;
  untrainedThisYear: number;
  villageName: string | null;
  townshipName: string | null;
}

export interface Coverage {
  region: string;
  asOf: string;
  villages: CoverageVillage[];
  totals: {
    villages: number;
    targetChildren: number;
    directors: number;
    required: number;
    shortfall: number;
    untrainedThisYear: number;
  };
  villagesWithoutDirector: { villageCode: string; villageName: string | null; targetChildren: number }[];
  directorsWithoutBackgroundCheck: { personId: string; name: string; villageCode: string }[];
  directorsWithRestriction: { personId: string; name: string; villageCode: string }[];
}

export interface Training {
  id: string;
  heldOn: string;
  organiserLevel: string;
  organiserLevelName: string;
  kind: string;
  kindName: string;
  title: string;
  regionCode: string;
  note: string | null;
  attendees: number;
}

export interface TrainingCoverage {
  region: string;
  year: number;
  items: {
    countyCode: string;
    countyName: string | null;
    role: WorkerRole;
    roleName: string;
    total: number;
    trained: number;
    untrained: number;
    rate: number | null;
  }[];
}

export interface ImportResult {
  imported: number;
  updated: number;
  rejected: number;
  problems: { line?: number; row?: number; field?: string; message: string }[];
}

/** POST /workforce/import with the file as the body; a refused file rejects with every problem listed. */
export async function importLedger(file: File, skipInvalid: boolean): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(
      withQuery('/api/v1/workforce/import', { fileName: file.name, skipInvalid: skipInvalid || undefined }),
      {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      },
    );
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  const body = (await response.json().catch(() => null)) as
    (ImportResult & { error?: { code?: string; message?: string; field?: string } }) | null;
  if (response.ok && body) return body;
  throw new ApiError(
    response.status,
    body?.error?.code ?? 'error',
    body?.error?.message ?? `服务器返回错误（${response.status}），请稍后再试`,
    body?.error?.field,
  );
}

/** GET /workforce/workload: the server's own type (儿童主任工作量, counts only). */
export type { WorkloadReport, WorkloadRow } from '../../../src/modules/workforce/workload.ts';
