#!/usr/bin/env node
// The language server on a generated site: time from didChange to publishDiagnostics for an edit
// that renames a heading linked from ten other open files, and the server's resident memory.
//   npm run build && node bench/lsp.mjs [--posts 2000] [--edits 15]
// The debounce is set to 0 here: an editor adds the server's 200 ms on top of what is measured.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {generate} from './generate.mjs';
import {startServer, uri} from '../tests/lsp-client.mjs';

const {values} = parseArgs({options: {posts: {type: 'string', default: '2000'}, edits: {type: 'string', default: '15'}}});
const posts = Number(values.posts);
const edits = Number(values.edits);
const root = mkdtempSync(join(tmpdir(), 'postlint-lsp-bench-'));
try {
  generate({posts, seed: 1, out: root});
  const dir = join(root, 'content', 'posts');
  const target = (heading) => `---\ntitle: Target\n---\n\nIntro text.\n\n## ${heading}\n\nThe steps.\n\n## Usage\n\nMore text.\n`;
  writeFileSync(join(dir, 'target.md'), target('Install steps'));
  const linkers = Array.from({length: 10}, (_, i) => join(dir, `linker-${i}.md`));
  for (const path of linkers) writeFileSync(path, '---\ntitle: Linker\n---\n\nSee [the steps](target.md#install-steps) first.\n');

  const started = performance.now();
  const server = await startServer(root, {debounce: '0'});
  const anchors = (d) => d.filter((x) => x.code === 'no-broken-anchors').length;
  const last = linkers.at(-1);
  for (const path of [join(dir, 'target.md'), ...linkers]) await server.open(uri(path), readFileSync(path, 'utf8'));
  await server.diagnostics(uri(last), () => true, 600_000);
  const firstLint = performance.now() - started;

  const times = [];
  for (let i = 0; i < edits; i++) {
    const broken = i % 2 === 0;
    const t0 = performance.now();
    await server.change(uri(join(dir, 'target.md')), target(broken ? 'Setup steps' : 'Install steps'));
    // Every open file is published in one lint; the last linker's diagnostics come last.
    await server.diagnostics(uri(last), (d) => (anchors(d) > 0) === broken, 120_000);
    times.push(performance.now() - t0);
  }
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? NaN);
  await server.stop();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(JSON.stringify({
    posts: posts + 11,
    edits,
    startToFirstDiagnosticsMs: Math.round(firstLint),
    didChangeToPublishMs: {median: Math.round(median), min: Math.round(times[0]), max: Math.round(times.at(-1))},
    serverRssMb: Math.round(rssKb / 1024),
  }, null, 2));
} finally {
  rmSync(root, {recursive: true, force: true});
}
