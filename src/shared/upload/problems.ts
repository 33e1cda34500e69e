// A file of a million bad rows must not become a million messages in memory, in an answer or in the
// database: the first KEPT_PROBLEMS are kept, the rest only counted.
import { KEPT_PROBLEMS } from './limits.ts';

export class CappedProblems<T> {
  readonly kept: T[] = [];
  /** Problems found beyond the kept ones. */
  omitted = 0;

  constructor(readonly cap = KEPT_PROBLEMS) {}

  add(problem: T): void {
    if (this.kept.length < this.cap) this.kept.push(problem);
    else this.omitted += 1;
  }

  get total(): number {
    return this.kept.length + this.omitted;
  }
}

/** What a run's record stores: the kept problems, then one entry that counts the rest. */
export function storedProblems<T>(kept: readonly T[], omitted: number): string | null {
  if (!kept.length) return null;
  const rest = omitted > 0 ? [{ omitted, message: `另有 ${omitted} 处问题未列出` }] : [];
  return JSON.stringify([...kept, ...rest]);
}
