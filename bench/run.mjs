#!/usr/bin/env node
// npm run bench [-- --sizes 1,100,2000,10000 --runs N --tools postlint,remark,markdownlint,cspell --quick --no-modes]
//
// Generates a seeded corpus per size (bench/.work/corpus-<size>-<seed>, reused when present),
// then runs postlint and its peers on it, alternating tool order every round, and reports the
// median wall and CPU time, the ratios postlint/peer and the peak memory (GNU time's). Then, from
// 100 posts on, postlint's own modes on the same corpus: the cache (cold, unchanged, one heading
// changed), --changed with one changed post, and the pre-commit hook's command on one staged post.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
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
    'no-modes': {type: 'boolean'},
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
const cli = join(repoRoot, 'dist', 'bin', 'cli.js');
const tools = {
  postlint: () => [process.execPath, cli, '--offline', '--no-cache', ...extraArgs, 'content'],
  // One parsing thread (--workers 1 would add a worker to the main thread): a one-vCPU container, a busy CI runner.
  'postlint-no-workers': () => [process.execPath, cli, '--offline', '--no-cache', '--no-workers', ...extraArgs, 'content'],
  // Node's own start: the floor for a one-post run.
  node: () => [process.execPath, '-e', '0'],
  remark: () => [bin('remark'), 'content', '--rc-path', join(benchDir, 'remarkrc.mjs'), '--no-stdout', '--quiet', '--no-color'],
  markdownlint: () => [bin('markdownlint-cli2'), 'content/**/*.md'],
  cspell: () => [bin('cspell'), 'lint', '--no-progress', '--no-color', 'content/**/*.md'],
};
const chosen = (values.tools ?? 'postlint,postlint-no-workers,node,remark,markdownlint,cspell').split(',');
for (const name of chosen) if (!tools[name]) throw new Error(`unknown tool ${name}; choose from ${Object.keys(tools).join(', ')}`);

function ensureInstalled() {
  if (!existsSync(join(repoRoot, 'dist', 'bin', 'cli.js'))) {
    process.stderr.write('building postlint (npm run build)\n');
    spawnSync('npm', ['run', 'build'], {cwd: repoRoot, stdio: 'inherit'});
  }
  if (chosen.some((t) => !t.startsWith('postlint') && t !== 'node') && !existsSync(join(benchDir, 'node_modules', '.bin', 'remark'))) {
    process.stderr.write('installing the peers (npm ci --prefix bench)\n');
    const r = spawnSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], {stdio: 'inherit'});
    if (r.status !== 0) throw new Error('npm ci --prefix bench failed');
  }
}

const gnuTime = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0);

/** Run once; wall time from here (hrtime), peak RSS and CPU time (user + sys) from GNU time when it is installed. */
function measure(command, cwd, mustFind = false) {
  return new Promise((done, fail) => {
    const rssFile = join(tmpdir(), `postlint-bench-rss-${process.pid}`);
    const argv = gnuTime ? [gnuTime, '-f', '%M %U %S', '-o', rssFile, ...command] : command;
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
      let cpuSeconds;
      if (gnuTime) {
        const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
        rssMB = kb / 1024;
        cpuSeconds = user + sys;
      }
      // 0/1 mean "no problems"/"problems"; anything else is the tool failing, which must not pass for a time.
      if (code !== 0 && code !== 1) fail(new Error(`${command.join(' ')} exited ${code}\n${stderr}`));
      // The corpus has planted errors (drafts, broken anchors): a clean exit means nothing was checked.
      else if (mustFind && code !== 1) fail(new Error(`${command.join(' ')} found nothing in a corpus with planted errors\n${stderr}`));
      else done({seconds, rssMB, cpuSeconds});
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const modes = [];

/** The wall-time targets of the incremental modes (issue 22), where one is set for that size. */
const modeTargets = [
  {mode: '--cache, nothing changed', size: 10000, seconds: 1},
  {mode: '--cache, nothing changed, clock fixed (replay)', size: 10000, seconds: 1},
  {mode: '--cache, one heading renamed', size: 10000, seconds: 2},
  {mode: '--changed, one post edited', size: 10000, seconds: 2},
  {mode: 'pre-commit hook (--whole-site), one staged post', size: 1000, seconds: 1},
];

function targetText(m) {
  const target = modeTargets.find((t) => t.mode === m.mode && t.size === m.size);
  if (!target) return '';
  return `< ${target.seconds} s: ${m.medianSeconds < target.seconds ? 'met' : `missed (${(m.medianSeconds / target.seconds).toFixed(1)}×)`}`;
}

function gitIn(cwd, ...args) {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8', env: {...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1'}});
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * postlint's incremental modes on one corpus, each with its own before-state: the corpus becomes a
 * git repository (once), one post is edited and staged for the changed modes, and everything is
 * restored afterwards so the next size and the next run see the generated bytes.
 */
async function measureModes(corpus, size, runs) {
  if (!existsSync(join(corpus, '.git'))) {
    gitIn(corpus, 'init', '-q', '-b', 'main');
    gitIn(corpus, 'add', '-A');
    gitIn(corpus, 'commit', '-q', '-m', 'corpus');
  }
  const cacheDir = join(corpus, '.postlint-cache');
  const posts = readdirSync(join(corpus, 'content', 'posts')).filter((name) => name.endsWith('.md')).sort();
  const edited = join('content', 'posts', posts[Math.floor(posts.length / 2)]);
  const original = readFileSync(join(corpus, edited), 'utf8');
  const base = [process.execPath, cli, '--offline', ...extraArgs];
  const loadBefore = loadavg()[0];
  const out = [];
  const record = (mode, samples) => {
    out.push({size, mode, runs: samples.length, load: [loadBefore, loadavg()[0]], medianSeconds: median(samples.map((x) => x.seconds)), medianCpu: gnuTime ? median(samples.map((x) => x.cpuSeconds)) : undefined, peakMB: gnuTime ? Math.max(...samples.map((x) => x.rssMB)) : undefined, samples: samples.map((x) => x.seconds)});
    process.stderr.write(`  ${size} posts: ${mode} ${out.at(-1).medianSeconds.toFixed(2)} s\n`);
  };
  try {
    rmSync(cacheDir, {recursive: true, force: true});
    record('--cache, cold (writes the cache)', [await measure([...base, '--cache', '.'], corpus, true)]);
    const unchanged = [];
    for (let i = 0; i < runs; i++) unchanged.push(await measure([...base, '--cache', '.'], corpus, true));
    record('--cache, nothing changed', unchanged);
    // The corpus always holds posts going live within a day, whose findings name the time left in
    // minutes: with the real clock a minute later, those findings are re-worded (and a post that went
    // live since is checked again). With the clock fixed, the stored findings are the run as they are.
    const fixed = [...base, '--cache', '--now', new Date().toISOString(), '.'];
    await measure(fixed, corpus, true);
    const replayed = [];
    for (let i = 0; i < runs; i++) replayed.push(await measure(fixed, corpus, true));
    record('--cache, nothing changed, clock fixed (replay)', replayed);
    // A heading renamed: the post is parsed again; phase 2 re-checks every link into it.
    const heading = [];
    for (let i = 0; i < runs; i++) {
      writeFileSync(join(corpus, edited), original.replace(/^(#{2,3} .*)$/m, `$1 renamed ${i}`));
      heading.push(await measure([...base, '--cache', '.'], corpus, true));
    }
    record('--cache, one heading renamed', heading);
    // One post edited and staged: --changed and the pre-commit hook's command (cache on by default).
    writeFileSync(join(corpus, edited), original + '\nOne more sentence for the benchmark.\n');
    gitIn(corpus, 'add', edited);
    const changed = [];
    for (let i = 0; i < runs; i++) changed.push(await measure([...base, '--changed'], corpus));
    record('--changed, one post edited', changed);
    const hook = [];
    for (let i = 0; i < runs; i++) hook.push(await measure([...base, '--whole-site', edited], corpus));
    record('pre-commit hook (--whole-site), one staged post', hook);
  } finally {
    writeFileSync(join(corpus, edited), original);
    gitIn(corpus, 'reset', '-q', '--', edited);
    rmSync(cacheDir, {recursive: true, force: true});
  }
  return out;
}

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
        const sample = await measure(tools[tool](), corpus, tool.startsWith('postlint') && size >= 100);
        samples[tool].push(sample);
        process.stderr.write(`  ${size} posts, round ${round + 1}/${runs}: ${tool} ${sample.seconds.toFixed(2)} s${sample.rssMB ? `, ${sample.rssMB.toFixed(0)} MB` : ''}\n`);
      }
    }
    for (const tool of chosen) {
      const s = samples[tool];
      results.push({size, tool, load: [loadBefore, loadavg()[0]], runs: s.length, medianSeconds: median(s.map((x) => x.seconds)), medianCpu: gnuTime ? median(s.map((x) => x.cpuSeconds)) : undefined, peakMB: gnuTime ? Math.max(...s.map((x) => x.rssMB)) : undefined, samples: s.map((x) => x.seconds)});
    }
    if (size >= 100 && !values['no-modes']) modes.push(...(await measureModes(corpus, size, runs)));
  }
  const cpuText = (r) => (r.medianCpu === undefined ? 'n/a' : r.medianCpu.toFixed(2));
  const rows = ['| posts | tool | runs | median wall s | median CPU s | postlint / tool, wall | postlint / tool, CPU | peak MB | load avg (before, after) |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const r of results) {
    const ours = results.find((x) => x.size === r.size && x.tool === 'postlint');
    const mine = r.tool === 'postlint';
    const ratio = ours && !mine ? (ours.medianSeconds / r.medianSeconds).toFixed(2) + '×' : '';
    const cpuRatio = ours && !mine && ours.medianCpu !== undefined && r.medianCpu ? (ours.medianCpu / r.medianCpu).toFixed(2) + '×' : '';
    rows.push(`| ${r.size} | ${r.tool} | ${r.runs} | ${r.medianSeconds.toFixed(3)} | ${cpuText(r)} | ${ratio} | ${cpuRatio} | ${r.peakMB?.toFixed(0) ?? 'n/a'} | ${r.load.map((l) => l.toFixed(1)).join(', ')} |`);
  }
  process.stdout.write(rows.join('\n') + '\n');
  if (modes.length > 0) {
    const modeRows = ['| posts | postlint mode | runs | median wall s | median CPU s | target (issue 22, wall) | peak MB | load avg (before, after) |', '| ---: | --- | ---: | ---: | ---: | --- | ---: | --- |'];
    for (const m of modes) modeRows.push(`| ${m.size} | ${m.mode} | ${m.runs} | ${m.medianSeconds.toFixed(3)} | ${cpuText(m)} | ${targetText(m)} | ${m.peakMB?.toFixed(0) ?? 'n/a'} | ${m.load.map((l) => l.toFixed(1)).join(', ')} |`);
    process.stdout.write('\n' + modeRows.join('\n') + '\n');
  }
  const out = values.json ?? join(workDir, 'latest.json');
  writeFileSync(out, JSON.stringify({machine, seed, results, modes}, null, 2) + '\n');
  process.stdout.write(`results: ${out}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
