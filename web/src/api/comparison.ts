// 数据比对 (src/modules/comparison/schemas.ts): the shapes of /api/v1/comparison, and the upload with its
// progress (fetch cannot report upload progress; XMLHttpRequest can).
import { ApiError, apiUrl, withQuery, type ApiAnswer, type ApiQuery } from './client';

export type RosterKind = NonNullable<ApiQuery<'/comparison/runs', 'post'>>['kind'];
export type FindingStatus = NonNullable<ApiQuery<'/comparison/findings'>>['status'] &
  ComparisonFinding['status'];

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

export type RunResult = ApiAnswer<'/comparison/runs', 'post'>;
export type AmbiguousRow = RunResult['ambiguous'][number];
export type ComparisonRun = ApiAnswer<'/comparison/runs'>['items'][number];
export type ComparisonFinding = ApiAnswer<'/comparison/findings'>['items'][number];

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
    xhr.open('POST', withQuery(apiUrl('/comparison/runs'), query));
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
