// The terminal progress line: quiet at first, then at most five times a second, cleared at the end.
import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress.ts';

describe('terminal progress', () => {
  it('waits half a second, then shows records read, written and the share of the file', () => {
    const written: string[] = [];
    let now = 0;
    const stream = { write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const progress = terminalProgress(stream, () => now);
    progress.update({ read: 500, written: 500, fraction: 0.01 });
    expect(written).toEqual([]);
    now = 600;
    progress.update({ read: 30_000, written: 29_500, fraction: 0.3 });
    now = 650;
    progress.update({ read: 30_500, written: 30_000, fraction: 0.31 });
    now = 900;
    progress.update({ read: 60_000, written: 60_000, fraction: null });
    progress.done();
    expect(written).toEqual([
      '\r已读取 30,000 条，已写入 29,500 条（30%）\x1b[K',
      '\r已读取 60,000 条，已写入 60,000 条\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('prints nothing for an import that ends quickly', () => {
    const written: string[] = [];
    const progress = terminalProgress(
      { write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream,
      () => 0,
    );
    progress.update({ read: 10, written: 10, fraction: 1 });
    progress.done();
    expect(written).toEqual([]);
  });
});
