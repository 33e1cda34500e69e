// PGlite in a worker thread (issue 14.7): PGlite runs each query synchronously on the thread that owns it, so
// the server keeps it here and its own event loop stays free to admit, refuse (503) and answer. Plain
// JavaScript: a worker does not inherit the tsx loader. Opened as connect.ts opens it (pglite-options.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options.mjs';

let pg;
try {
  pg = await PGlite.create(
    pgliteOptions({ dataDir: workerData.dataDir, sharedBuffers: workerData.sharedBuffers }),
  );
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: { message: String(error?.message ?? error) } });
}

// Messages are handled one after another, in the order sent (the dialect's lock already serializes callers).
let chain = Promise.resolve();
parentPort.on('message', (message) => {
  chain = chain.then(() => handle(message));
});

async function handle({ id, op, sql, params, blob }) {
  try {
    if (op === 'close') {
      if (pg && !pg.closed) await pg.close();
      parentPort.postMessage({ id, result: null });
      return;
    }
    // A COPY … FROM '/dev/blob' comes with its data (copy.ts).
    const r = await pg.query(sql, params, blob ? { blob } : undefined);
    parentPort.postMessage({
      id,
      result: { rows: r.rows, affectedRows: r.affectedRows, command: r.command },
    });
  } catch (error) {
    // An Error's own fields (code, constraint, detail, …) do not survive structured clone: sent one by one.
    const fields = {};
    for (const [key, value] of Object.entries(error ?? {}))
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
    parentPort.postMessage({
      id,
      error: { ...fields, name: error?.name, message: String(error?.message ?? error) },
    });
  }
}
