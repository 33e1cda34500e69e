// A progress line for long imports on a terminal: records read and written, and the share of the file
// read. Only for a person watching (stderr is a TTY); scripts and CI see nothing of it.
import type { ImportProgress } from './service.ts';

/** Quiet for the first moments, so that a small file does not flicker a line past. */
const QUIET_MS = 500;
const EVERY_MS = 200;

export function terminalProgress(stream: NodeJS.WriteStream, now: () => number = Date.now) {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(p: ImportProgress): void {
      const t = now();
      if (t - started < QUIET_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const percent = p.fraction === null ? '' : `（${Math.floor(p.fraction * 100)}%）`;
      stream.write(
        `\r已读取 ${p.read.toLocaleString('en')} 条，已写入 ${p.written.toLocaleString('en')} 条${percent}\x1b[K`,
      );
    },
    done(): void {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
