#!/usr/bin/env node
// npm run bench [-- --sizes 1,100,2000,10000 --runs N --tools postlint,remark,markdownlint,cspell --quick]
//
// Generates a seeded corpus per size (bench/.work/corpus-<size>-<seed>, reused when present),
// then runs postlint and its peers on it, alternating tool order every round, and reports the
// median wall time, the ratio postlint/peer and the peak memory (GNU time's max RSS).
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';
import {generate} from './generate.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(benchDir, '..');
const workDir = join(benchDir, '.work');
const bin = (name) => join(benchDir, 'node_modules', '.bin', name);

const {values} = parseArgs({
  options: {
    sizes: {type: 'string'},
    runs: {type: 'string'},
    tools: {type: 'string'},
    seed: {type: 'string', default: '1'},
    quick: {type: 'boolean'},
    'postlint-args': {type: 'string', default: ''},
    json: {type: 'string'},
  },
});

const sizes = (values.sizes ?? (values.quick ? '1,100' : '1,100,2000,10000')).split(',').map(Number);
// Fewer rounds on big corpora: the remark assembly takes minutes there.
const defaultRuns = (size) => (values.quick ? 3 : size <= 1 ? 10 : size <= 100 ? 5 : size <= 2000 ? 3 : 1);
const runsFor = (size) => (values.runs ? Number(values.runs) : defaultRuns(size));
const seed = Number(values.seed);
const extraArgs = values['postlint-args'].split(' ').filter(Boolean);

/** Each tool: how to run it from the corpus folder. Exit codes are ignored (all of them find problems). */
const tools = {
  postlint: () => [process.execPath, join(repoRoot, 'dist', 'bin', 'cli.js'), '--offline', '--no-cache', ...extraArgs, 'content'],
  remark: () => [bin('remark'), 'content', '--rc-path', join(benchDir, 'remarkrc.mjs'), '--no-stdout', '--quiet', '--no-color'],
  markdownlint: () => [bin('markdownlint-cli2'), 'content/**/*.md'],
  cspell: () => [bin('cspell'), 'lint', '--no-progress', '--no-color', 'content/**/*.md'],
};
const chosen = (values.tools ?? Object.keys(tools).join(',')).split(',');
for (const name of chosen) if (!tools[name]) throw new Error(`unknown tool ${name}; choose from ${Object.keys(tools).join(', ')}`);

function ensureInstalled() {
  if (!existsSync(join(repoRoot, 'dist', 'bin', 'cli.js'))) {
    process.stderr.write('building postlint (npm run build)\n');
    spawnSync('npm', ['run', 'build'], {cwd: repoRoot, stdio: 'inherit'});
  }
  if (chosen.some((t) => t !== 'postlint') && !existsSync(join(benchDir, 'node_modules', '.bin', 'remark'))) {
    process.stderr.write('installing the peers (npm ci --prefix bench)\n');
    const r = spawnSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], {stdio: 'inherit'});
    if (r.status !== 0) throw new Error('npm ci --prefix bench failed');
  }
}

const gnuTime = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0);

/** Run once; wall time from here (hrtime), peak RSS from GNU time when it is installed. */
function measure(command, cwd, mustFind = false) {
  return new Promise((done, fail) => {
    const rssFile = join(tmpdir(), `postlint-bench-rss-${process.pid}`);
    const argv = gnuTime ? [gnuTime, '-f', '%M', '-o', rssFile, ...command] : command;
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {cwd, stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, NO_COLOR: '1'}});
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let rssMB;
      if (gnuTime) {
        const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
        rssMB = kb / 1024;
      }
      // 0/1 mean "no problems"/"problems"; anything else is the tool failing, which must not pass for a time.
      if (code !== 0 && code !== 1) fail(new Error(`${command.join(' ')} exited ${code}\n${stderr}`));
      // The corpus has planted errors (drafts, broken anchors): a clean exit means nothing was checked.
      else if (mustFind && code !== 1) fail(new Error(`${command.join(' ')} found nothing in a corpus with planted errors\n${stderr}`));
      else done({seconds, rssMB});
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  ensureInstalled();
  mkdirSync(workDir, {recursive: true});
  const machine = {cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, date: new Date().toISOString()};
  process.stdout.write(`postlint bench: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.date}\n`);
  if (!gnuTime) process.stdout.write('GNU time not found (apt-get install -y time): peak memory not measured\n');
  const results = [];
  for (const size of sizes) {
    const corpus = join(workDir, `corpus-${size}-${seed}`);
    if (!existsSync(join(corpus, 'hugo.toml'))) {
      process.stderr.write(`generating ${size} posts (seed ${seed})\n`);
      generate({posts: size, seed, out: corpus});
    }
    // Other work on the machine skews wall times: record the load average next to each size.
    const loadBefore = loadavg()[0];
    const samples = Object.fromEntries(chosen.map((t) => [t, []]));
    const runs = runsFor(size);
    for (let round = 0; round < runs; round++) {
      // Rotate the order each round so no tool always runs on a warm (or cold) page cache.
      const order = chosen.map((_, i) => chosen[(i + round) % chosen.length]);
      for (const tool of order) {
        // From 100 posts on, a corpus always holds planted errors (one post in twenty has each kind).
        const sample = await measure(tools[tool](), corpus, tool === 'postlint' && size >= 100);
        samples[tool].push(sample);
        process.stderr.write(`  ${size} posts, round ${round + 1}/${runs}: ${tool} ${sample.seconds.toFixed(2)} s${sample.rssMB ? `, ${sample.rssMB.toFixed(0)} MB` : ''}\n`);
      }
    }
    for (const tool of chosen) {
      const s = samples[tool];
      results.push({size, tool, load: [loadBefore, loadavg()[0]], runs: s.length, medianSeconds: median(s.map((x) => x.seconds)), peakMB: gnuTime ? Math.max(...s.map((x) => x.rssMB)) : undefined, samples: s.map((x) => x.seconds)});
    }
  }
  const rows = ['| posts | tool | runs | median s | postlint / tool | peak MB | load avg (before, after) |', '| ---: | --- | ---: | ---: | ---: | ---: | --- |'];
  for (const r of results) {
    const ours = results.find((x) => x.size === r.size && x.tool === 'postlint');
    const ratio = ours && r.tool !== 'postlint' ? (ours.medianSeconds / r.medianSeconds).toFixed(2) + '×' : '';
    rows.push(`| ${r.size} | ${r.tool} | ${r.runs} | ${r.medianSeconds.toFixed(3)} | ${ratio} | ${r.peakMB?.toFixed(0) ?? 'n/a'} | ${r.load.map((l) => l.toFixed(1)).join(', ')} |`);
  }
  process.stdout.write(rows.join('\n') + '\n');
  const out = values.json ?? join(workDir, 'latest.json');
  writeFileSync(out, JSON.stringify({machine, seed, results}, null, 2) + '\n');
  process.stdout.write(`results: ${out}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
