// Sends a file to POST /api/v1/imports/children with XMLHttpRequest rather than fetch: only XHR reports how
// much of a large file has gone up, which the page shows as a progress bar. The answers and errors are the
// API's own, as ApiError like the rest of the app.
import { ApiError, apiUrl } from '../../api/client';
import type { ImportOutcome } from '../../api/imports';
import { saveDownload } from '../../shared/saveDownload';

export interface UploadProgress {
  /** 0–1 of the file sent; 1 while the server reads and checks it. */
  sent: number;
  /** The whole file is up and the server is working on it. */
  processing: boolean;
}

export function uploadImport(
  file: File,
  options: { dryRun: boolean; skipInvalid?: boolean },
  onProgress: (p: UploadProgress) => void,
): Promise<ImportOutcome> {
  const query = new URLSearchParams({ dryRun: String(options.dryRun) });
  if (options.skipInvalid) query.set('skipInvalid', 'true');
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiUrl('/imports/children')}?${query}`);
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ sent: e.loaded / e.total, processing: false });
    };
    xhr.upload.onload = () => onProgress({ sent: 1, processing: true });
    xhr.onerror = () => reject(new ApiError(0, 'network', '无法连接服务器，请检查网络后重试'));
    xhr.onload = () => {
      const body = xhr.response as
        | (ImportOutcome & { error?: undefined })
        | { error?: { code?: string; message?: string; field?: string; details?: unknown } }
        | null;
      if (xhr.status >= 200 && xhr.status < 300 && body && !('error' in body && body.error)) {
        resolve(body as ImportOutcome);
        return;
      }
      const error = body && 'error' in body ? body.error : undefined;
      const failure = new ApiError(
        xhr.status,
        error?.code ?? 'error',
        error?.message ?? `服务器返回错误（${xhr.status}），请稍后再试`,
        error?.field,
      );
      reject(Object.assign(failure, { details: error?.details }));
    };
    onProgress({ sent: 0, processing: false });
    xhr.send(form);
  });
}

/**
 * Sends the same file to POST /imports/children/errors.xlsx and saves the answer: the rows in error as the file
 * has them, each with its reason beside it. Nothing is imported.
 */
export async function downloadErrorRows(file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(apiUrl('/imports/children/errors.xlsx'), {
      method: 'POST',
      credentials: 'same-origin',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(
      response.status,
      'error',
      body?.error?.message ?? `下载失败（${response.status}），请稍后再试`,
    );
  }
  return saveDownload(response, '有误的行.xlsx');
}
