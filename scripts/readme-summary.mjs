#!/usr/bin/env node
// Re-render docs/ci.md's --format markdown example from its fixture (after rules or messages
// change): node scripts/readme-summary.mjs. tests/summary.test.mjs checks that it is current.
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'docs', 'ci.md');
const readme = readFileSync(readmePath, 'utf8');
const block = /(<!-- summary-example: postlint --format markdown (.+?) -->\n```markdown\n)([\s\S]*?)(```\n)/;
const match = block.exec(readme);
if (!match) throw new Error('docs/ci.md has no summary-example block');
const env = {...process.env, NO_COLOR: '1'};
for (const key of ['GITHUB_STEP_SUMMARY', 'GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_WORKSPACE']) delete env[key];
const result = spawnSync(process.execPath, [join(root, 'dist/bin/cli.js'), '--format', 'markdown', ...match[2].split(' ')], {cwd: root, env, encoding: 'utf8'});
if (result.status !== 0 && result.status !== 1) throw new Error(`postlint failed: ${result.stderr}`);
writeFileSync(readmePath, readme.replace(block, (_, head, _args, _old, tail) => head + result.stdout + tail));
process.stdout.write(`docs/ci.md: summary example updated (${result.stdout.split('\n').length - 1} lines)\n`);
