import type { PGliteOptions } from '@electric-sql/pglite';

export declare const DATE_OID: number;
export declare const INT8_OID: number;
export declare const NUMERIC_OID: number;
export declare const keepText: (v: string) => string;
export declare const toNumber: (v: string) => number;
export declare function pgliteOptions(where?: {
  dataDir?: string | null;
  loadDataDir?: Blob | File | null;
  sharedBuffers?: string | null;
}): PGliteOptions;
