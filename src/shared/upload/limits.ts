// The limits an uploaded or imported file is held to, from the environment so that a bureau with a
// larger county can raise them without a release:
//   TONGHU_UPLOAD_MAX_MB            heap of the worker that parses a spreadsheet (MB, default 256)
//   TONGHU_UPLOAD_MAX_ROWS          records a file may hold (default 2,000,000)
//   TONGHU_UPLOAD_MAX_UNZIPPED_MB   an .xlsx's declared size once unzipped, all entries together (default 512)
//   TONGHU_UPLOAD_MAX_RATIO         the largest unzipped/zipped ratio of one entry over 1 MB (default 200)
//   TONGHU_UPLOAD_MAX_ENTRIES       entries in an .xlsx (default 10,000)

export interface UploadLimits {
  workerHeapMb: number;
  maxRows: number;
  maxUnzippedBytes: number;
  maxRatio: number;
  maxEntries: number;
}

/** At most this many problems of one file are kept (in answers and in the run's record); the rest are counted. */
export const KEPT_PROBLEMS = 1000;

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} 应为正数，实际 "${raw}"`);
  return value;
}

/** Read on each use, so that a test (or an operator restarting with new values) sees the current ones. */
export function uploadLimits(): UploadLimits {
  return {
    workerHeapMb: positive('TONGHU_UPLOAD_MAX_MB', 256),
    maxRows: Math.floor(positive('TONGHU_UPLOAD_MAX_ROWS', 2_000_000)),
    maxUnzippedBytes: positive('TONGHU_UPLOAD_MAX_UNZIPPED_MB', 512) * 1024 * 1024,
    maxRatio: positive('TONGHU_UPLOAD_MAX_RATIO', 200),
    maxEntries: Math.floor(positive('TONGHU_UPLOAD_MAX_ENTRIES', 10_000)),
  };
}
