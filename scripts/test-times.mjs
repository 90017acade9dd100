// Per-file time of the test suite, slowest first: each tests/*.test.mjs runs as its own
// `node --test` process, two at a time (as `npm test` runs them). Wall time depends on how busy
// the machine is; CPU time (user + system, the file's process and every process it waited for:
// CLI runs, workers) much less, so both are shown. Build first (`npm run build`).
// Usage: node scripts/test-times.mjs [--jobs N] [files…]
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt === -1 ? 2 : Number(args.splice(jobsAt, 2)[1]);
const files = args.length > 0 ? args : readdirSync('tests').filter((name) => name.endsWith('.test.mjs')).sort().map((name) => join('tests', name));
// GNU time reports the CPU of a process and its waited-for children; without it, wall time only.
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const times = [];
const queue = [...files];
const started = performance.now();
async function worker() {
  for (let file = queue.shift(); file; file = queue.shift()) {
    const start = performance.now();
    const command = [process.execPath, '--test', '--test-reporter=dot', file];
    const {code, cpu} = await new Promise((done) => {
      const child = time ? spawn(time, ['-f', 'CPU %U %S', ...command], {stdio: ['ignore', 'ignore', 'pipe']}) : spawn(command[0], command.slice(1), {stdio: ['ignore', 'ignore', 'pipe']});
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => {
        const match = /^CPU ([\d.]+) ([\d.]+)$/m.exec(stderr);
        done({code: status, cpu: match ? Number(match[1]) + Number(match[2]) : undefined});
      });
    });
    times.push({file, seconds: (performance.now() - start) / 1000, cpu, code});
  }
}
await Promise.all(Array.from({length: jobs}, worker));
times.sort((a, b) => b.seconds - a.seconds);
const pad = (n) => (n === undefined ? '      ?' : n.toFixed(1).padStart(7));
console.log(`   wall      cpu  file`);
for (const {file, seconds, cpu, code} of times) console.log(`${pad(seconds)}  ${pad(cpu)}  ${file}${code === 0 ? '' : `  (exit ${code})`}`);
const sum = (key) => times.reduce((total, t) => total + (t[key] ?? 0), 0);
console.log(`${pad((performance.now() - started) / 1000)}  ${pad(sum('cpu'))}  total: wall of the run, ${jobs} files at a time; CPU of all files (sum of wall ${sum('seconds').toFixed(1)} s)`);
