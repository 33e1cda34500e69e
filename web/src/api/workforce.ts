// 儿童主任台账, coverage and trainings (src/modules/workforce): the shapes of /api/v1/workforce, and the import,
// which takes the file itself as the request body.
import { ApiError, apiUrl, withQuery, type ApiAnswer } from './client';

export type Ledger = ApiAnswer<'/workforce/ledger'>;
export type LedgerItem = Ledger['items'][number];
export type WorkerRole = LedgerItem['role'];

/** GET /workforce/people/:id/accounts. */
export type AccountCandidate = ApiAnswer<'/workforce/people/{id}/accounts'>['items'][number];

export type PersonFile = ApiAnswer<'/workforce/people/{id}'>;

export type Coverage = ApiAnswer<'/workforce/coverage'>;
export type CoverageVillage = Coverage['villages'][number];

export type Training = ApiAnswer<'/workforce/trainings'>['items'][number];
export type TrainingCoverage = ApiAnswer<'/workforce/training-coverage'>;

export type ImportResult = ApiAnswer<'/workforce/import', 'post'>;

/** POST /workforce/import with the file as the body; a refused file rejects with every problem listed. */
export async function importLedger(file: File, skipInvalid: boolean): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(
      withQuery(apiUrl('/workforce/import'), { fileName: file.name, skipInvalid: skipInvalid || undefined }),
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

/** GET /workforce/workload (儿童主任工作量, counts only). */
export type WorkloadReport = ApiAnswer<'/workforce/workload'>;
export type WorkloadRow = WorkloadReport['directors'][number];
