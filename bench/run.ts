// `npm run bench`: runs the benchmarks named on the command line, or all of them, and prints figures.
// Benchmarks measure; they never assert. Record the figures with the date and machine in bench/README.md.
import os from 'node:os';
import { benchmarks } from './registry.ts';

const wanted = process.argv.slice(2);
const selected = wanted.length ? benchmarks.filter((b) => wanted.includes(b.name)) : benchmarks;
if (wanted.length && selected.length !== wanted.length) {
  console.error(`unknown benchmark; available: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

console.log(`# Tonghu benchmarks — ${new Date().toISOString()}`);
console.log(
  `# ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
for (const bench of selected) {
  console.log(`\n## ${bench.name}: ${bench.description}`);
  const started = performance.now();
  await bench.run();
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
// Everything is printed: leave even if a bench left a handle open (the import bench's run on PGlite kept the
// process alive for minutes after its last figure).
process.exit(0);
