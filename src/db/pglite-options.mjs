// How Tonghu opens PGlite, in one place for both ways it is opened: in-process (src/db/connect.ts: the CLI,
// tests) and in the server's worker thread (pglite-worker.mjs, plain JavaScript because a worker does not inherit
// the tsx loader). Both must read values alike, or the server and the CLI would see different types.
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';

export const DATE_OID = 1082;
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;
/** Dates stay 'YYYY-MM-DD' strings; counts and sums come back as numbers. */
export const keepText = (v) => v;
export const toNumber = (v) => Number(v);

/**
 * PGlite.create's options for a data folder (or memory), or a dump to load. `sharedBuffers` (e.g. '16MB',
 * TONGHU_PGLITE_SHARED_BUFFERS) sizes PostgreSQL's buffer cache instead of its default 128 MB, which PGlite
 * allocates and clears at every start: the tests' small databases start in ~0.3 s instead of ~0.8 s with 16 MB (a
 * probe, 5 starts each from the tests' template).
 */
export function pgliteOptions({ dataDir, loadDataDir, sharedBuffers } = {}) {
  return {
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(sharedBuffers
      ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`] }
      : {}),
    parsers: { [DATE_OID]: keepText, [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
    // amcheck for `tonghu check` (index verification); PGlite ships it as a loadable extension.
    extensions: { amcheck },
  };
}
