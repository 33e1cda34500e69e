// Inside the parsing process: reads the first sheet of the file it is sent and hands its rows over a batch
// at a time, each when the server asks for it, so that a sheet of a million rows never waits in memory.
import { Readable } from 'node:stream';
import { xlsxRows, type SheetRow } from '../tabular/read.ts';
import type { ChildReply, ChildRequest } from './xlsx-cage.ts';

const BATCH = 2000;
/**
 * A server that stops asking (its caller gave up on the file) is not waited for longer than this. Counted
 * only while waiting: reading a batch of a hostile file on a busy machine may itself take longer, and must
 * end in its own outcome (rows, an error, or the heap limit), not in this timer.
 */
const IDLE_MS = 60_000;

const send = process.send?.bind(process);
if (!send) throw new Error('xlsx-child-main.ts runs only as a child process with IPC');
process.on('disconnect', () => process.exit(0));

let rows: AsyncGenerator<SheetRow> | null = null;
let idle: NodeJS.Timeout | null = null;
const waitForServer = () => {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => process.exit(0), IDLE_MS);
};
waitForServer();

process.on('message', (message: ChildRequest) => {
  if (idle) clearTimeout(idle);
  idle = null;
  if (message.type === 'file') {
    const bytes = Buffer.from(message.bytes);
    rows = xlsxRows(Readable.from([bytes]));
    waitForServer();
    return;
  }
  void (async () => {
    let reply: ChildReply;
    try {
      if (!rows) throw new Error('no file');
      const batch: SheetRow[] = [];
      let done = false;
      while (batch.length < BATCH) {
        const next = await rows.next();
        if (next.done) {
          done = true;
          break;
        }
        batch.push(next.value);
      }
      reply = { type: 'rows', rows: batch, done };
    } catch (error) {
      reply = { type: 'error', message: (error as Error).message };
    }
    send(reply);
    waitForServer();
  })();
});
