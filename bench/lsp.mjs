#!/usr/bin/env node
// The language server on a generated site: time from didChange to publishDiagnostics for an edit
// that renames a heading linked from ten other open files (and, for comparison, an edit that
// changes only a paragraph), and the server's resident memory.
//   npm run build && node bench/lsp.mjs [--posts 2000] [--edits 15]
// The debounce is set to 0 here: an editor adds the server's 200 ms on top of what is measured.
// The machine's load average is printed with the figures: on a shared machine they move with it.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {generate} from './generate.mjs';
import {startServer, uri} from '../tests/lsp-client.mjs';

const {values} = parseArgs({options: {posts: {type: 'string', default: '2000'}, edits: {type: 'string', default: '15'}}});
const posts = Number(values.posts);
const edits = Number(values.edits);
const root = mkdtempSync(join(tmpdir(), 'postlint-lsp-bench-'));
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024);
const hwmMb = (pid) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const summary = (list) => ({median: Math.round(median(list)), min: Math.round(Math.min(...list)), max: Math.round(Math.max(...list))});
try {
  generate({posts, seed: 1, out: root});
  const dir = join(root, 'content', 'posts');
  const target = (heading, paragraph = 'The steps.') => `---\ntitle: Target\n---\n\nIntro text.\n\n## ${heading}\n\n${paragraph}\n\n## Usage\n\nMore text.\n`;
  writeFileSync(join(dir, 'target.md'), target('Install steps'));
  const linkers = Array.from({length: 10}, (_, i) => join(dir, `linker-${i}.md`));
  for (const path of linkers) writeFileSync(path, '---\ntitle: Linker\n---\n\nSee [the steps](target.md#install-steps) first.\n');
  const loadBefore = load();

  const started = performance.now();
  const server = await startServer(root, {debounce: '0'});
  const anchors = (d) => d.filter((x) => x.code === 'no-broken-anchors').length;
  const last = linkers.at(-1);
  const targetUri = uri(join(dir, 'target.md'));
  await server.indexed;
  const indexedMs = performance.now() - started;
  for (const path of [join(dir, 'target.md'), ...linkers]) await server.open(uri(path), readFileSync(path, 'utf8'));
  await server.diagnostics(uri(last), () => true, 600_000);
  const firstLint = performance.now() - started;
  const rssIndexed = rssMb(server.pid);

  const renames = [];
  for (let i = 0; i < edits; i++) {
    const broken = i % 2 === 0;
    const t0 = performance.now();
    await server.change(targetUri, target(broken ? 'Setup steps' : 'Install steps'));
    // The linking files are published after the edited one; the last linker comes last.
    await server.diagnostics(uri(last), (d) => (anchors(d) > 0) === broken, 120_000);
    renames.push(performance.now() - t0);
  }
  // A paragraph edit changes no id: only the edited document is published.
  const paragraphs = [];
  for (let i = 0; i < edits; i++) {
    const t0 = performance.now();
    await server.change(targetUri, target('Install steps', `The steps, take ${i}.`));
    await server.diagnostics(targetUri, () => true, 120_000);
    paragraphs.push(performance.now() - t0);
  }
  const rss = rssMb(server.pid);
  const peak = hwmMb(server.pid);
  await server.stop();
  console.log(JSON.stringify({
    posts: posts + 11,
    edits,
    loadAverageBefore: loadBefore,
    loadAverageAfter: load(),
    indexedMs: Math.round(indexedMs),
    startToFirstDiagnosticsMs: Math.round(firstLint),
    renameHeadingToPublishMs: summary(renames),
    paragraphEditToPublishMs: summary(paragraphs),
    serverRssMb: {afterIndexing: rssIndexed, afterEdits: rss, peak},
  }, null, 2));
} finally {
  rmSync(root, {recursive: true, force: true});
}
