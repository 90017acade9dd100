// A module import's own mounts onto a content sub-path (`path = "../_output"`, `target = "content/docs/Reference"`):
// Hugo reads a local import from themesDir, and the folder may be one the build fills first (a generated command
// reference). Absent from the checkout, a link into it is the build's (unverifiable); present, its pages answer,
// lower-cased in the URL as Hugo serves them. A link that only the source folder's reading puts there is still
// reported, as is a page the mounted folder lacks. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const site = join(fixtures, 'generators', 'hugo-absent-import-mount');

function missing(root) {
  return findings(postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root}).json, root).filter((row) => row.endsWith('no-missing-files')).sort();
}

test('hugo: a link below an import\'s mount of a folder the checkout lacks is the build\'s; one a folder too deep is reported', () => {
  assert.deepEqual(missing(site), ['content/docs/config/vm/krun.md:5:5 no-missing-files']);
});

test('hugo: with the mounted folder in the checkout its pages answer; a page it lacks is reported', () => {
  const copy = join(tempFolder('postlint-hugo-import-mount-'), 'site');
  cpSync(site, copy, {recursive: true});
  mkdirSync(join(copy, '_output', 'reference'), {recursive: true});
  writeFileSync(join(copy, '_output', 'reference', 'tool_create.md'), '---\ntitle: tool create\n---\n\nCreate a thing.\n');
  assert.deepEqual(missing(copy), ['content/docs/config/vm/krun.md:5:5 no-missing-files']);
  writeFileSync(join(copy, 'content', 'docs', 'usage', '_index.md'), '---\ntitle: Usage\n---\n\nStart with [tool create](../reference/tool_made/).\n');
  assert.deepEqual(missing(copy), ['content/docs/config/vm/krun.md:5:5 no-missing-files', 'content/docs/usage/_index.md:5:12 no-missing-files']);
});
