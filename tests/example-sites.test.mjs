import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {fixtures, findings, postlintJson} from './helpers.mjs';

// Rules whose findings on the example blog come from other work (the anchors rule) are left out here.
const structural = new Set(['no-drafts', 'no-empty-sections', 'no-empty-headings', 'no-placeholders', 'no-missing-files', 'no-unpublished-links', 'front-matter']);

test('the example blog: the draft flag (its empty section left alone) and the empty coroutines section (the only content of Notes), at their lines', () => {
  const {json} = postlintJson(['--offline', 'fixtures/blog']);
  const rows = findings(json, fixtures).filter((row) => structural.has(row.split(' ')[1]));
  assert.deepEqual(rows, [
    'blog/content/posts/async-python-tasks.md:4:1 no-drafts',
    'blog/content/posts/async-python-web.md:21:3 no-empty-sections',
  ]);
  const others = json.filter((file) => !/async-python-(web|tasks)\.md$/.test(file.filePath));
  assert.ok(others.length >= 3, 'the other posts are linted too');
  assert.deepEqual(others.flatMap((file) => file.messages), [], 'the other posts are clean');
});

test('clean posts of every shape: zero messages from every rule', () => {
  const {code, json} = postlintJson(['--offline', 'fixtures/clean']);
  // A Hugo site (YAML and TOML front matter, a bundle, a section page) and a Jekyll site inside it.
  const posts = readdirSync(new URL('../fixtures/clean/', import.meta.url), {recursive: true}).filter((name) => String(name).endsWith('.md'));
  assert.ok(posts.length >= 13, `ten posts and more (found ${posts.length})`);
  assert.equal(json.length, posts.length, 'every post was checked');
  assert.deepEqual(findings(json, fixtures), []);
  assert.equal(code, 0);
});
