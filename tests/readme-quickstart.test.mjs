// The README's first command must print what the README says it prints.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, repoRoot} from './helpers.mjs';

test("the README's first command finds the example blog's problems, exactly as documented", () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const command = /^npm ci && npm run build && npx postlint (.+?)\s+#/m.exec(readme);
  assert.ok(command, 'README starts with "npm ci && npm run build && npx postlint …"');
  const args = command[1].trim().split(/\s+/);
  // The block right after the paragraph that follows the command block is its documented output.
  const documented = /prints the same on any machine:\n\n```\n([\s\S]*?)```/.exec(readme);
  assert.ok(documented, 'README shows the output of the first command');
  const {code, stdout} = postlint(args);
  assert.equal(code, 1);
  assert.equal(stdout, documented[1]);
  // The link to the empty "coroutines" section is that section's problem, said once by no-empty-sections (src/same-problem.ts).
  for (const rule of ['no-drafts', 'spelling', 'no-empty-sections']) assert.match(stdout, new RegExp(`  ${rule}$`, 'm'));
});

test('the README names the build step that `npm ci` no longer runs (no install-time script)', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts[script], undefined, script);
  assert.match(pkg.scripts.prepack, /npm run build/);
});
