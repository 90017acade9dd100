// Link-check benchmark: postlint against markdown-link-check and linkinator on one corpus, in one
// run, against a local server that answers every request after a fixed latency.
//
//   cd bench/links && npm ci && (cd ../.. && npm run build) && node run.mjs [--write]
//
// The server listens on 16 loopback addresses (127.0.0.1-16), standing in for 16 sites; each
// request is answered after LATENCY ms; every 20th URL is a 404. The floor is what a checker
// limited to CONCURRENCY requests at once cannot beat: ceil(distinct / CONCURRENCY) x LATENCY.
// --write puts the results table into README.md between the results markers.
import {createServer} from 'node:http';
import {spawn} from 'node:child_process';
import {mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync} from 'node:fs';
import {tmpdir, cpus, totalmem, loadavg} from 'node:os';
import {join, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const LATENCY = 50;
const CONCURRENCY = 32;
const HOSTS = 16;
const DISTINCT = 1500;
const FILES = 200;
const LINKS_PER_FILE = 15; // 3000 links: each distinct URL written twice
const PEER_TIME_LIMIT = 300_000;

// --- the server -------------------------------------------------------------------------------
const stats = {requests: 0, inFlight: 0, maxInFlight: 0, connections: 0, waited: 0, firstAt: 0, lastAt: 0};
const handler = (req, res) => {
  const arrived = performance.now();
  if (stats.requests === 0) stats.firstAt = arrived;
  stats.requests++;
  stats.inFlight++;
  stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
  const n = Number(/\/p\/(\d+)/.exec(req.url)?.[1] ?? -1);
  setTimeout(() => {
    stats.inFlight--;
    const status = n >= 0 && n % 20 !== 0 ? 200 : 404;
    const body = '<html><body>page</body></html>';
    res.writeHead(status, {'content-type': 'text/html', 'content-length': Buffer.byteLength(body)});
    res.end(req.method === 'HEAD' ? undefined : body);
    // What the 50 ms became: a busy machine makes the server's own timers late, for every tool alike.
    stats.lastAt = performance.now();
    stats.waited += stats.lastAt - arrived;
  }, LATENCY);
};
const servers = [];
let port = 0;
for (let h = 1; h <= HOSTS; h++) {
  const server = createServer({keepAliveTimeout: 5000}, handler);
  server.on('connection', () => stats.connections++);
  await new Promise((resolve) => server.listen(port, `127.0.0.${h}`, resolve));
  port = server.address().port;
  servers.push(server);
}
const urlOf = (i) => `http://127.0.0.${1 + (i % HOSTS)}:${port}/p/${i}`;

// --- the corpus (deterministic) -----------------------------------------------------------------
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const slots = [];
for (let i = 0; i < DISTINCT; i++) slots.push(i, i);
for (let i = slots.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [slots[i], slots[j]] = [slots[j], slots[i]];
}
const corpus = mkdtempSync(join(tmpdir(), 'postlint-bench-links-'));
mkdirSync(join(corpus, 'posts'));
writeFileSync(join(corpus, '.postlintrc.json'), JSON.stringify({
  rules: {'front-matter': 'off'},
  links: {allowPrivate: true, concurrency: CONCURRENCY, perHost: 4, cache: false},
}));
writeFileSync(join(corpus, 'wide.json'), JSON.stringify({
  rules: {'front-matter': 'off'},
  links: {allowPrivate: true, concurrency: 100, perHost: 8, cache: false},
}));
for (let f = 0; f < FILES; f++) {
  const lines = [`# Post ${f}`, ''];
  for (let k = 0; k < LINKS_PER_FILE; k++) lines.push(`Paragraph ${k} of post ${f} points at [page ${slots[f * LINKS_PER_FILE + k]}](${urlOf(slots[f * LINKS_PER_FILE + k])}).`, '');
  writeFileSync(join(corpus, 'posts', `post-${String(f).padStart(3, '0')}.md`), lines.join('\n'));
}
const links = FILES * LINKS_PER_FILE;
const floor = Math.ceil(DISTINCT / CONCURRENCY) * LATENCY;

// --- the tools ----------------------------------------------------------------------------------
const bin = (name) => join(here, 'node_modules', '.bin', name);
// The bundled CLI: what `npx postlint` runs (package.json "bin").
// --cli FILE runs another build of postlint instead (for comparing two builds, run by run).
const cli = process.argv.includes('--cli') ? process.argv[process.argv.indexOf('--cli') + 1] : join(repo, 'dist/bin/cli.js');
const postlintCmd = (config) => [process.execPath, cli, '--no-cache', '--format', 'json', '--verbose', '--config', config, 'posts'];
const tools = [
  {name: `postlint (concurrency ${CONCURRENCY}, perHost 4)`, concurrency: CONCURRENCY, runs: 3, postlint: true, cmd: postlintCmd('.postlintrc.json')},
  {name: `linkinator (--concurrency ${CONCURRENCY})`, concurrency: CONCURRENCY, runs: 3, cmd: [bin('linkinator'), 'posts/**/*.md', '--markdown', '--concurrency', String(CONCURRENCY), '--format', 'json']},
  {name: 'postlint (concurrency 100, perHost 8)', concurrency: 100, runs: 3, postlint: true, cmd: postlintCmd('wide.json')},
  {name: 'linkinator (default concurrency, 100)', concurrency: 100, runs: 3, cmd: [bin('linkinator'), 'posts/**/*.md', '--markdown', '--format', 'json']},
  {name: 'markdown-link-check (2 at a time, one file after another)', concurrency: 2, runs: 1, cmd: [bin('markdown-link-check'), '-q', 'posts']},
];

// --only <prefix> runs only the tools whose name starts with it (for quick looks; never with --write).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
// --runs N runs each tool N times (the median is reported).
if (process.argv.includes('--runs')) for (const tool of tools) tool.runs = Number(process.argv[process.argv.indexOf('--runs') + 1]);
// --prof DIR writes a V8 CPU profile of each postlint run there (one file per thread).
if (process.argv.includes('--prof')) for (const tool of tools.filter((t) => t.postlint)) tool.cmd.splice(1, 0, '--cpu-prof', `--cpu-prof-dir=${process.argv[process.argv.indexOf('--prof') + 1]}`);

// CPU seconds of each run (user + sys) from /usr/bin/time when it exists: unlike wall time, they do
// not grow when other work shares the machine.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = join(tmpdir(), `postlint-bench-links-cpu-${process.pid}`);

function timed(command) {
  const cmd = timeBin ? [timeBin, '-f', '%U %S', '-o', cpuFile, ...command] : command;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const startedAt = performance.now();
    const child = spawn(cmd[0], cmd.slice(1), {cwd: corpus, env: {...process.env, CI: '1', NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill(), PEER_TIME_LIMIT);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let cpu;
      if (timeBin) {
        const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
        cpu = (user + sys) * 1000;
      }
      // Where the wall time went, as the server saw it: before the first request, between the first
      // request and the last answer, and after it (reporting, exit).
      const split = stats.requests > 0 ? {before: stats.firstAt - startedAt, requests: stats.lastAt - stats.firstAt, after: startedAt + ms - stats.lastAt} : undefined;
      resolve({ms, split, cpu, code: timeBin && code !== 0 && !signal ? Number(/status (\d+)/.exec(readFileSync(cpuFile, 'utf8'))?.[1] ?? code) : code, signal, out});
    });
  });
}

const results = [];
const phases = [];
/** Mean time from a request's arrival to its answer, per run of any tool (ms). */
const waits = [];
for (const tool of tools.filter((t) => !only || t.name.startsWith(only))) {
  const times = [];
  const cpus_ = [];
  const splits = [];
  let requests = 0;
  let connections = 0;
  let peak = 0;
  let last;
  for (let r = 0; r < tool.runs; r++) {
    stats.requests = 0;
    stats.maxInFlight = 0;
    stats.connections = 0;
    stats.waited = 0;
    last = await timed(tool.cmd);
    times.push(last.ms);
    if (last.split) splits.push(last.split);
    if (last.cpu !== undefined) cpus_.push(last.cpu);
    requests = stats.requests;
    connections = stats.connections;
    peak = stats.maxInFlight;
    waits.push(stats.waited / Math.max(1, stats.requests));
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  cpus_.sort((a, b) => a - b);
  const cpu = cpus_[Math.floor(cpus_.length / 2)];
  // Dead links each tool reported (places, as each tool counts them): a check that they all saw the 404s.
  let found = '';
  if (tool.name.startsWith('linkinator')) {
    const json = JSON.parse(last.out.slice(last.out.indexOf('{')));
    found = String(json.links.filter((link) => link.state === 'BROKEN').length);
  }
  if (tool.name.startsWith('markdown-link-check')) found = String((last.out.match(/\[✖\]/g) ?? []).length);
  if (tool.postlint) {
    if (process.argv.includes('--verbose')) process.stderr.write(last.out.slice(0, last.out.indexOf('[')));
    if (tool.concurrency === CONCURRENCY) phases.push(Number(/requests in (\d+) ms/.exec(last.out)?.[1] ?? NaN));
    const json = JSON.parse(last.out.slice(last.out.indexOf('[')));
    found = String(json.reduce((n, file) => n + file.messages.filter((m) => m.ruleId === 'no-dead-links').length, 0));
  }
  results.push({name: tool.name, floor: Math.ceil(DISTINCT / tool.concurrency) * LATENCY, ms, cpu, requests, connections, peak, code: last.signal ? `killed (${last.signal})` : String(last.code), found});
  process.stderr.write(`${tool.name}: ${ms.toFixed(0)} ms (${cpu?.toFixed(0)} ms CPU), ${requests} requests on ${connections} connections, peak ${peak} in flight, exit ${last.code}${found ? `, ${found} dead-link findings` : ''}\n`);
  // Each run's wall time as the server saw it: start to first request + first request to last answer + the rest.
  if (splits.length > 0) process.stderr.write(`  runs: ${splits.map((s) => `${s.before.toFixed(0)} + ${s.requests.toFixed(0)} + ${s.after.toFixed(0)} ms`).join('; ')}\n`);
}
for (const server of servers) {
  server.closeAllConnections();
  server.close();
}
rmSync(corpus, {recursive: true, force: true});
rmSync(cpuFile, {force: true});

// --- the table ----------------------------------------------------------------------------------
const postlintMs = results[0].ms;
phases.sort((a, b) => a - b);
const phase = phases[Math.floor(phases.length / 2)];
const table = [
  `Corpus: ${FILES} files, ${links} links, ${DISTINCT} distinct URLs on ${HOSTS} hosts, ${LATENCY} ms per request, every 20th URL a 404.`,
  `Floor: ceil(${DISTINCT} / ${CONCURRENCY}) × ${LATENCY} ms = ${floor} ms (concurrency ${CONCURRENCY}).`,
  `Run on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  '',
  `Load average when the run ended: ${loadavg().map((n) => n.toFixed(1)).join(', ')} (wall times stretch with it; CPU seconds do not).`,
  `The server's own answers took ${Math.min(...waits).toFixed(1)}–${Math.max(...waits).toFixed(1)} ms on average per run (${LATENCY} ms nominal; its timers run late on a busy machine, for every tool alike).`,
  '',
  '| tool | wall time | × floor at its concurrency | × postlint (32) | CPU (user+sys) | requests | connections | peak in flight | dead links reported | exit |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...results.map((r) => `| ${r.name} | ${(r.ms / 1000).toFixed(2)} s | ${(r.ms / r.floor).toFixed(2)} (${r.floor} ms) | ${(r.ms / postlintMs).toFixed(2)} | ${r.cpu !== undefined ? `${(r.cpu / 1000).toFixed(2)} s` : '?'} | ${r.requests} | ${r.connections} | ${r.peak ?? ''} | ${r.found} | ${r.code} |`),
  // Measured on the concurrency-32 row only (not run with --only on another row).
  ...(phase === undefined ? [] : ['', `postlint's link phase alone (first URL handed to the checker to the last answer, median): ${phase} ms = ${(phase / floor).toFixed(2)} × floor; the link thread starts it before the files are parsed; the rest of the wall time is start-up (Node, modules, config, finding the files) and whatever part of the parse outlasts the last answer.`]),
].join('\n');
process.stdout.write(`${table}\n`);
if (process.argv.includes('--write')) {
  const readme = join(here, 'README.md');
  const text = readFileSync(readme, 'utf8');
  writeFileSync(readme, text.replace(/<!-- results -->[\s\S]*<!-- \/results -->/, `<!-- results -->\n${table}\n<!-- /results -->`));
}
