// Build step (from scripts/bundle.mjs): V8's code cache for the bundled CLI, dist/bin/main.cjs.cache
// (src/bundle-loader.ts). The CLI runs once, in this process, on a small site written to a temporary
// folder, the way the launcher runs it (same V8 flags, or V8 would reject the cache); the cache then
// holds the code of every function that run compiled, so a cold start compiles little.
import {mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {tuneV8ForShortRuns} from '../dist/src/v8-tuning.js';
import {cacheFile, runBundle} from '../dist/src/bundle-loader.js';
import {heapSizeFlags, withHeapFlagsAtDefault} from '../dist/src/heap-flags.js';

const main = new URL('../dist/bin/main.cjs', import.meta.url);
const cache = new URL('../dist/bin/main.cjs.cache', import.meta.url);
const site = mkdtempSync(join(tmpdir(), 'postlint-code-cache-'));
process.on('exit', () => rmSync(site, {recursive: true, force: true}));

// Two posts with what a blog post holds: YAML front matter, headings, lists, a table, code, an image,
// links between them (one to a heading that is missing), and a misspelling (suggestions).
mkdirSync(join(site, 'posts'));
const post = (title, other) => `---
title: "${title}"
date: 2024-05-01
tags: [notes, markdown]
description: A short post about writing posts.
---

# ${title}

Some prose with a [link to the other post](${other}.md#getting-started), **strong** and _emphasis_,
\`inline code\` and a footnote.[^1] We recieve mail about it.

## Getting started

- one item
- two items with a [missing anchor](#nowhere)

| column | other |
| --- | --- |
| cell | cell |

\`\`\`js
console.log('hello');
\`\`\`

> A quote.

![A figure](figure.png)

[^1]: The footnote.
`;
writeFileSync(join(site, 'posts', 'first.md'), post('The first post', 'second'));
writeFileSync(join(site, 'posts', 'second.md'), post('The second post', 'first'));

tuneV8ForShortRuns();
process.chdir(site);
process.argv = [process.argv[0], 'postlint', '--offline', '--no-cache', 'posts'];
// An uncaught error ends the run with exit 1, the same code as findings: watched apart.
let crashed = false;
process.on('uncaughtExceptionMonitor', () => {
  crashed = true;
});
const {script} = runBundle(main, undefined);
process.on('exit', () => {
  // 2: the run failed (an internal error); a crash: no cache from a run that did not do the usual work.
  if (crashed || process.exitCode === 2) return;
  // V8 hashes its flags into the data: a heap size flag the builder's NODE_OPTIONS gives is hashed as at its default, as the launcher compiles (src/heap-flags.ts).
  writeFileSync(cache, cacheFile(readFileSync(main), withHeapFlagsAtDefault(heapSizeFlags(), () => script.createCachedData())));
  // 1 is the findings of the site above.
  process.exitCode = 0;
});
