// Inside the import's worker thread (judge-remote.ts): one ChunkJudge for the file, fed its chunks in order.
// The keys it seals with come from the import's thread (only the active sealing key and the index key); the
// COPY text goes back as UTF-8 bytes, moved rather than copied.
import { parentPort } from 'node:worker_threads';
import { Keyring } from '../../crypto/keyring.ts';
import { useKeyring } from '../../crypto/active.ts';
import type { KeyFile } from '../../crypto/keyfile.ts';
import { ChunkJudge, type JudgedChunk, type JudgeSetup } from './judge.ts';
import type { ReadRecord } from './record.ts';
import type { StoredChild } from './stored.ts';

export type JudgeSetupMessage = { type: 'setup'; setup: JudgeSetup; keys: KeyFile };
export type JudgeCall = {
  type: 'chunk';
  id: number;
  records: readonly ReadRecord[];
  found: readonly (StoredChild | null)[];
};
/** The answer to a call, as shared/worker-calls.ts reads it. */
type JudgeReply = { id: number; result: JudgedChunk } | { id: number; error: string };

let judge: ChunkJudge | null = null;
const encoder = new TextEncoder();
// Chunks are judged one after another, in the order sent, whatever their awaits.
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: JudgeSetupMessage | JudgeCall) => {
  if (message.type === 'setup') {
    useKeyring(new Keyring(message.keys));
    judge = new ChunkJudge(message.setup);
    return;
  }
  queue = queue.then(async () => {
    try {
      const result = await judge!.judge(message.records, message.found);
      const moved: ArrayBuffer[] = [];
      for (const write of result.writes ?? [])
        if (write.kind === 'copy' || write.kind === 'copy-update')
          write.texts = write.texts.map((text) => {
            const bytes = typeof text === 'string' ? encoder.encode(text) : text;
            moved.push(bytes.buffer);
            return bytes;
          });
      parentPort!.postMessage({ id: message.id, result } satisfies JudgeReply, moved);
    } catch (error) {
      // A fault of the code, not of the file (records' problems are results): its message names no value.
      parentPort!.postMessage({
        id: message.id,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      } satisfies JudgeReply);
    }
  });
});
