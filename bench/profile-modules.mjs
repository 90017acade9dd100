// Reads `node --cpu-prof` profiles of the bundled CLI (every thread writes one) and sums the samples
// per module of the bundle: esbuild writes a `// dist/src/…` or `// node_modules/…` line before each
// module's code, so a function's line in dist/bin/*.js says which source file it came from.
//   node bench/profile-modules.mjs [--top N] [--functions MODULE] PROFILE.cpuprofile …
// Prints, per module, self time (samples whose leaf is in it; a regular expression's or a native
// call's samples are its caller's) and total time (samples with it anywhere on the stack, once), and
// total time outside the parser (samples whose leaf is not in micromark, mdast-util-from-markdown or
// the garbage collector): what a module's own code costs. With --functions, the same per function of
// one module (`src/spelling/prose`). Times are sampled time: on a loaded machine a thread waiting for
// a core is sampled too, so read the shares.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const args = process.argv.slice(2);
let top = 40;
let focus;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--top') top = Number(args[++i]);
  else if (args[i] === '--functions') focus = args[++i];
  else files.push(args[i]);
}

/** Per bundle file: the sorted module start lines (0-based) and names. */
const bundles = new Map();
function modulesOf(url) {
  let known = bundles.get(url);
  if (known) return known;
  known = {lines: [], names: []};
  if (url.startsWith('file://')) {
    try {
      readFileSync(fileURLToPath(url), 'utf8')
        .split('\n')
        .forEach((line, n) => {
          const m = /^\/\/ ((?:dist|node_modules)\/\S+)$/.exec(line);
          if (m) {
            known.lines.push(n);
            known.names.push(m[1].replace(/^dist\//, '').replace(/\.js$/, ''));
          }
        });
    } catch {
      // Not a file of this machine: its frames count under the file's name.
    }
  }
  bundles.set(url, known);
  return known;
}

function moduleOf(frame) {
  const {url, lineNumber, functionName} = frame;
  if (!url) return functionName.startsWith('(') ? functionName : `(${functionName || 'anonymous'})`;
  if (url.startsWith('node:')) return 'node:internal';
  const {lines, names} = modulesOf(url);
  let low = 0;
  let high = lines.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (lines[mid] <= lineNumber) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found < 0 ? url.replace(/^.*\//, '') + ':top' : names[found];
}

const vmStates = /^\((garbage collector|program|idle|root)\)$/;
const parser = (m) => /micromark|mdast-util-from-markdown|decode-named|character-entities|\(garbage collector\)/.test(m);
const self = new Map();
const total = new Map();
const own = new Map();
let all = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map();
  const parent = new Map();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  // A frame without a file of its own (a regular expression, `(stat)`, Node's internals) counts as its caller's module.
  const moduleById = new Map();
  const moduleAt = (id) => {
    const known = moduleById.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let m = moduleOf(node.callFrame);
    if (!vmStates.test(m) && (!node.callFrame.url || m === 'node:internal') && parent.has(id)) {
      const up = moduleAt(parent.get(id));
      if (!vmStates.test(up)) m = up;
    }
    moduleById.set(id, m);
    return m;
  };
  const keyAt = (id) => {
    const m = moduleAt(id);
    if (!focus) return m;
    if (m !== focus) return undefined;
    const {functionName, lineNumber, url} = byId.get(id).callFrame;
    return url && !url.startsWith('node:') ? `${functionName || '(anonymous)'}:${lineNumber + 1}` : `${functionName}`;
  };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const leafModule = moduleAt(id);
    if (leafModule === '(idle)') return;
    all += dt;
    const leaf = keyAt(id);
    if (leaf !== undefined) self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyAt(at);
      if (key !== undefined) seen.add(key);
    }
    for (const key of seen) {
      total.set(key, (total.get(key) ?? 0) + dt);
      if (!parser(leafModule)) own.set(key, (own.get(key) ?? 0) + dt);
    }
  });
}

const pct = (ms) => ((100 * ms) / all).toFixed(1);
console.log(`sampled ${(all / 1000).toFixed(2)} s (idle left out), ${files.length} profile(s)${focus ? `, functions of ${focus}` : ''}`);
console.log(`| ${focus ? 'function' : 'module'} | self % | total % | total outside parser+GC % |`);
console.log('| --- | ---: | ---: | ---: |');
const rows = [...total.keys()].map((m) => [m, self.get(m) ?? 0, total.get(m) ?? 0, own.get(m) ?? 0]);
rows.sort((a, b) => b[1] - a[1]);
for (const [m, s, t, o] of rows.slice(0, top)) console.log(`| ${m} | ${pct(s)} | ${pct(t)} | ${pct(o)} |`);
