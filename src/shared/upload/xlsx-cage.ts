// Spreadsheets are parsed in a cage: the zip's central directory is checked first (zip-guard.ts), then
// exceljs runs in a child process with a heap limit (TONGHU_UPLOAD_MAX_MB). A file that still exhausts it
// (a central directory that lies, a sheet of millions of strings) ends that process, not the server, and
// is a 400 in Chinese. A child process rather than a worker thread: a worker's resourceLimits are best
// effort, and exceljs pushing onto one huge array aborts the whole process (nodejs/node#47224).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.ts';
import type { SheetRow } from '../tabular/read.ts';
import { uploadLimits, type UploadLimits } from './limits.ts';
import { inspectXlsx } from './zip-guard.ts';

export type ChildRequest = { type: 'file'; bytes: Uint8Array } | { type: 'next' };

export type ChildReply =
  { type: 'rows'; rows: SheetRow[]; done: boolean } | { type: 'error'; message: string };

const ENTRY = fileURLToPath(new URL('./xlsx-child.js', import.meta.url));

/** Checks the file, then reads its first sheet's rows in a child process. Refusals come before any row. */
export function cagedXlsxRows(bytes: Buffer, fileName: string): AsyncGenerator<SheetRow> {
  const limits = uploadLimits();
  inspectXlsx(bytes, fileName, limits);
  return rowsFromChild(bytes, fileName, limits);
}

async function* rowsFromChild(
  bytes: Buffer,
  fileName: string,
  limits: UploadLimits,
): AsyncGenerator<SheetRow> {
  const child = fork(ENTRY, [], {
    execArgv: [`--max-old-space-size=${limits.workerHeapMb}`],
    serialization: 'advanced', // dates stay dates
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'], // V8's out-of-memory report is not the server's log
  });
  let finished = false;
  const stopped = new Promise<never>((_resolve, reject) => {
    child.once('error', (error) =>
      reject(new InputError(`无法读取 Excel 文件（${error.message}）`, { file: fileName })),
    );
    child.once('exit', (code, signal) => {
      if (finished) return;
      reject(
        signal === 'SIGABRT' || signal === 'SIGTRAP' || code === 134
          ? new InputError(
              `Excel 文件解析时超出内存上限（${limits.workerHeapMb} MB），疑似压缩炸弹或数据量过大，已拒绝；请拆分后再上传`,
              { file: fileName },
            )
          : new InputError(
              `无法读取 Excel 文件（解析意外中止：${signal ? `信号 ${signal}` : `退出码 ${code}`}）`,
              { file: fileName },
            ),
      );
    });
  });
  stopped.catch(() => {});
  const ask = (request: ChildRequest) => {
    const reply = new Promise<ChildReply>((resolve) =>
      child.once('message', (m) => resolve(m as ChildReply)),
    );
    child.send(request);
    return Promise.race([reply, stopped]);
  };
  try {
    child.send({ type: 'file', bytes } satisfies ChildRequest);
    for (;;) {
      const answer = await ask({ type: 'next' });
      if (answer.type === 'error')
        throw new InputError(`无法读取 Excel 文件（${answer.message}）`, { file: fileName });
      yield* answer.rows;
      if (answer.done) return;
    }
  } finally {
    finished = true;
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
