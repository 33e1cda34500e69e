// 数据比对 (src/modules/comparison/schemas.ts): the shapes of /api/v1/comparison, and the upload with its
// progress (fetch cannot report upload progress; XMLHttpRequest can).
import { ApiError, withQuery } from './client';

export type RosterKind = 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
export type FindingStatus = 'open' | 'confirmed' | 'dismissed';

/** The roster kinds of src/modules/comparison/rules, with their titles and the columns each needs. */
export const ROSTER_KINDS: { kind: RosterKind; title: string; columns: string }[] = [
  { kind: 'school_enrolment', title: '学籍名册', columns: '姓名、身份证号、出生日期；学校、年级可选' },
  { kind: 'deaths', title: '死亡人员名单', columns: '姓名、身份证号、出生日期、死亡日期' },
  { kind: 'dibao_roll', title: '低保、特困人员名册', columns: '姓名、身份证号、出生日期、类别（低保/特困）' },
  {
    kind: 'disability_certificates',
    title: '残疾人证持证人员名单',
    columns: '姓名、身份证号、出生日期、残疾等级；三、四级须填残疾类别',
  },
];

export const FINDING_NAMES: Record<string, string> = {
  suspected_dropout: '疑似辍学（学籍库无记录）',
  deceased_still_registered: '已死亡仍在册',
  not_registered: '未登记',
  should_exit: '应退未退（不在低保特困名册）',
  grade_changed: '残疾等级与档案不符',
};

export const STATUS_NAMES: Record<FindingStatus, string> = {
  open: '待核实',
  confirmed: '已核实属实',
  dismissed: '已排除',
};

export interface AmbiguousRow {
  row: number;
  candidates: number;
  idNumber?: string | null;
  name?: string;
}

export interface RunResult {
  roster: string;
  asOf: string;
  rows: number;
  matched: number;
  probable: number;
  findings: {
    finding: string;
    idNumber: string | null;
    childId: string | null;
    match: 'exact' | 'probable';
    row: number | null;
    name: string | null;
    regionCode: string;
  }[];
  ambiguous: AmbiguousRow[];
  newFindings: number;
  region: string;
  runId: string;
  file: { name: string; sha256: string; bytes: number; unit: 'line' | 'row' };
}

export interface ComparisonRun {
  id: string;
  rosterKind: RosterKind;
  rosterTitle: string;
  fileName: string;
  fileHash: string;
  fileBytes: number;
  region: string;
  asOf: string;
  actorName: string;
  startedAt: string;
  finishedAt: string | null;
  rows: number;
  matched: number;
  probable: number;
  ambiguousRows: number;
  findings: number;
  newFindings: number;
  ambiguous: AmbiguousRow[] | null;
}

export interface ComparisonFinding {
  id: string;
  rosterKind: RosterKind;
  rosterTitle: string;
  finding: string;
  findingName: string;
  match: 'exact' | 'probable';
  status: FindingStatus;
  childId: string | null;
  childName: string | null;
  childStatus: string | null;
  name: string | null;
  idNumber: string | null;
  birthDate: string | null;
  regionCode: string;
  villageName: string | null;
  townshipName: string | null;
  row: number | null;
  rowUnit: 'line' | 'row';
  rosterRow: Record<string, unknown> | null;
  fileName: string;
  runId: string;
  lastRunId: string;
  asOf: string;
  createdAt: string;
  verifiedByName: string | null;
  verifiedAt: string | null;
  note: string | null;
  outcome: Record<string, unknown> | null;
}

export interface UploadProgress {
  /** Bytes sent of the whole request, 0–100; once 100 the server is matching. */
  percent: number;
  stage: 'uploading' | 'matching';
}

/**
 * Posts the roster as multipart/form-data (field `file`), reporting upload progress; resolves with the run's
 * result (201) or rejects with the API's error, field and all.
 */
export function uploadRoster(
  query: { kind: RosterKind; asOf?: string; region?: string },
  file: File,
  onProgress: (p: UploadProgress) => void,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery('/api/v1/comparison/runs', query));
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.min(100, Math.round((e.loaded / e.total) * 100));
      onProgress({ percent, stage: percent >= 100 ? 'matching' : 'uploading' });
    };
    xhr.upload.onload = () => onProgress({ percent: 100, stage: 'matching' });
    xhr.onerror = () => reject(new ApiError(0, 'network', '无法连接服务器，请检查网络后重试'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status === 201) return resolve(body as RunResult);
      const error = (
        body as {
          error?: { code?: string; message?: string; field?: string; line?: number; row?: number };
        } | null
      )?.error;
      // A refused roster names where: 第3行 of a CSV or NDJSON file, 第3行 of the spreadsheet.
      const at = error?.line ?? error?.row;
      const message = error?.message ?? `服务器返回错误（${xhr.status}），请稍后再试`;
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? 'error',
          at === undefined ? message : `${file.name}，第${at}行：${message}`,
          error?.field,
        ),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    onProgress({ percent: 0, stage: 'uploading' });
    xhr.send(form);
  });
}
