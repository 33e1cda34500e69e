import type { KeyObject } from 'node:crypto';

export declare function normalise(kind: 'id_number' | 'phone', value: string): string;
export declare function blindIndexWith(
  key: KeyObject,
  length: number,
  kind: 'id_number' | 'phone',
  value: string,
): string;
