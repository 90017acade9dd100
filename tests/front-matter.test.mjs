import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ruleFindings, ruleMessages} from './structural-helpers.mjs';
import {postlint, postlintJson, findings, tempSite} from './helpers.mjs';

const rule = 'front-matter';

test('front-matter flags syntax errors, missing fields, unreadable dates, wrong types and empty titles at their lines', () => {
  assert.deepEqual(ruleFindings(rule, ['front-matter/fail']), [
    'front-matter/fail/bad-values.md:2:1 front-matter', // title: "  "
    'front-matter/fail/bad-values.md:3:1 front-matter', // date: 2024-02-30
    'front-matter/fail/bad-values.md:4:1 front-matter', // lastmod: last Tuesday
    'front-matter/fail/missing-fields.md:1:1 front-matter', // no date
    'front-matter/fail/missing-fields.md:1:1 front-matter', // no title
    'front-matter/fail/toml-syntax.md:2:18 front-matter',
    'front-matter/fail/wrong-types.md:2:1 front-matter', // title: 2024
    'front-matter/fail/wrong-types.md:4:1 front-matter', // draft: "no"
    'front-matter/fail/wrong-types.md:5:1 front-matter', // tags: a map
    'front-matter/fail/yaml-syntax.md:2:1 front-matter',
  ]);
  const messages = ruleMessages(rule, ['front-matter/fail/bad-values.md', 'front-matter/fail/wrong-types.md']);
  assert.deepEqual(messages.map((m) => m.message.split(';')[0]), [
    'Title is empty',
    '"date" is not a date generators can read ("2024-02-30")',
    '"lastmod" is not a date generators can read ("last Tuesday")',
    '"title" should be a string, not a number (2024)',
    '"draft" should be a boolean, not a string ("no")',
    '"tags" should be an array or a string, not an object ({"python":true})',
  ]);
});

test('front-matter passes complete YAML and TOML, Jekyll file-name dates, section pages and files without front matter', () => {
  assert.deepEqual(ruleFindings(rule, ['front-matter/pass']), []);
});

test('front-matter options: required fields, types, and requireFrontMatter', () => {
  const root = tempSite({
    'a.md': '---\ntitle: A\ndate: 2024-01-01\nweight: "3"\n---\n\nText.\n',
    'b.md': '# No front matter\n\nText.\n',
  });
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {[rule]: ['error', {required: ['title', 'author'], types: {weight: 'number'}, requireFrontMatter: true}]}}));
  const {json} = postlintJson(['.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['a.md:1:1 front-matter', 'a.md:4:1 front-matter', 'b.md:1:1 front-matter']);
  const messages = json.flatMap((f) => f.messages.map((m) => m.message));
  assert.match(messages[0], /no "author" field/);
  assert.match(messages[2], /^File has no front matter/);
});

test('front-matter rejects a bad types option as a usage error', () => {
  const root = tempSite({'a.md': '---\ntitle: A\n---\n'});
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {[rule]: ['error', {types: {weight: 'integer'}}]}}));
  const {code, stderr} = postlint(['.'], {cwd: root});
  assert.equal(code, 2);
  assert.match(stderr, /front-matter/);
});

test('front-matter: Hugo reads front-matter keys without regard to case (Title:, Draft:); Jekyll does not', () => {
  const hugo = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/post/a.md': '---\nTitle: How I Blog\ndate: 2009-10-07\n---\n\nText.\n',
    'content/post/b.md': '---\nDraft: true\nTitle: Secret\ndate: 2009-10-07\n---\n\nText.\n',
    'content/post/c.md': '---\ndate: 2009-10-07\n---\n\nText.\n',
  });
  const {json} = postlintJson(['--no-config', '--offline', '.'], {cwd: hugo});
  assert.deepEqual(findings(json, hugo), ['content/post/b.md:2:1 no-drafts', 'content/post/c.md:1:1 front-matter']);
  const jekyll = tempSite({'_config.yml': 'title: Blog\n', '_posts/2009-10-07-a.md': '---\nTitle: How I Blog\nlayout: post\n---\n\nText.\n'});
  const out = postlintJson(['--no-config', '--offline', '.'], {cwd: jekyll}).json;
  assert.deepEqual(findings(out, jekyll), []);
});
