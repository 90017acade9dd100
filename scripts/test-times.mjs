// Per-file wall time of the test suite, slowest first: each tests/*.test.mjs runs as its own
// `node --test` process, two at a time (as `npm test` runs them), after one build.
// Usage: node scripts/test-times.mjs [--jobs N] [files…]
import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt === -1 ? 2 : Number(args.splice(jobsAt, 2)[1]);
const files = args.length > 0 ? args : readdirSync('tests').filter((name) => name.endsWith('.test.mjs')).sort().map((name) => join('tests', name));

const times = [];
const queue = [...files];
const started = performance.now();
async function worker() {
  for (let file = queue.shift(); file; file = queue.shift()) {
    const start = performance.now();
    const code = await new Promise((done) => {
      const child = spawn(process.execPath, ['--test', '--test-reporter=dot', file], {stdio: ['ignore', 'ignore', 'inherit']});
      child.on('close', done);
    });
    times.push({file, seconds: (performance.now() - start) / 1000, code});
  }
}
await Promise.all(Array.from({length: jobs}, worker));
times.sort((a, b) => b.seconds - a.seconds);
for (const {file, seconds, code} of times) console.log(`${seconds.toFixed(1).padStart(7)} s  ${file}${code === 0 ? '' : `  (exit ${code})`}`);
const sum = times.reduce((total, {seconds}) => total + seconds, 0);
console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s  wall, ${jobs} at a time (sum of files ${sum.toFixed(1)} s)`);
