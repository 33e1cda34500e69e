// The benchmarks `npm run bench` knows, in the order they run.
import { assessBench } from './assess.bench.ts';
import { worklistBench } from './worklist.bench.ts';
import { departmentsBench } from './departments.bench.ts';
import { bundleBench } from './bundle.bench.ts';
import { workforceBench } from './workforce.bench.ts';
import { compareBench } from './compare.bench.ts';
import { reportsBench } from './reports.bench.ts';
import { importBench } from './import.bench.ts';
import { demoBench } from './demo.bench.ts';
import { careBench } from './care.bench.ts';
import { loadBench } from './load.bench.ts';
import { loginBench } from './login.bench.ts';
import { offlineBench } from './offline.bench.ts';
import { nightlyBench } from './nightly.bench.ts';
import { provinceBench } from './province.bench.ts';

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<void>;
}

// One benchmark a line, so that additions merge cleanly.
// prettier-ignore
export const benchmarks: Benchmark[] = [
  assessBench,
  worklistBench,
  departmentsBench,
  bundleBench,
  workforceBench,
  compareBench,
  reportsBench,
  importBench,
  demoBench,
  careBench,
  loadBench,
  loginBench,
  offlineBench,
  nightlyBench,
  provinceBench,
];
