import {test} from 'node:test';
import assert from 'node:assert/strict';
import {postlintJson, findings, tempSite} from './helpers.mjs';

test('no-drafts flags draft: true at the front-matter line', () => {
  const root = tempSite({'post.md': '---\ntitle: A\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n'});
  const {code, json} = postlintJson(['--no-config', '.'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root), ['post.md:4:1 no-drafts']);
});

test('no-drafts leaves a published post alone', () => {
  const root = tempSite({'post.md': '---\ntitle: A\ndate: 2020-01-01\ndraft: false\n---\n\nText.\n'});
  const {code, json} = postlintJson(['--no-config', '.'], {cwd: root});
  assert.equal(code, 0);
  assert.deepEqual(findings(json, root), []);
});
