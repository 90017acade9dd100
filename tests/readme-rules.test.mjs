// The README is the user's manual: every registered rule has a row in its rules table that links to
// the rule's page, docs/rules/<id>.md; and no link in the README or docs/ is broken.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, repoRoot} from './helpers.mjs';

const rules = postlint(['--list-rules']).stdout.trim().split('\n').map((line) => line.split(/\s+/));

test('every rule from --list-rules has a README table row linking to docs/rules/<id>.md, a page that documents it', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  assert.ok(rules.length >= 10);
  for (const [id, severity] of rules) {
    assert.match(readme, new RegExp(`^\\| \\[\`${id}\`\\]\\(docs/rules/${id}\\.md\\) \\| ${severity} \\|`, 'm'), `table row for ${id}`);
    const page = join(repoRoot, 'docs', 'rules', `${id}.md`);
    assert.ok(existsSync(page), `docs/rules/${id}.md`);
    const text = readFileSync(page, 'utf8');
    assert.match(text, new RegExp(`^# ${id}\n`), `docs/rules/${id}.md starts with "# ${id}"`);
    assert.match(text, new RegExp(`Default(?: severity)?:\\s+\\*\\*${severity}\\*\\*`), `docs/rules/${id}.md states the default, ${severity}`);
  }
  const pages = readdirSync(join(repoRoot, 'docs', 'rules')).map((name) => name.replace(/\.md$/, ''));
  assert.deepEqual(pages.sort(), rules.map(([id]) => id).sort(), 'one page per rule, none for a rule that is gone');
});

test('the README stays a manual: a table of contents, about 400 lines, internals in docs/internals.md', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  assert.match(readme, /^## Contents$/m);
  const lines = readme.trimEnd().split('\n').length;
  assert.ok(lines <= 450, `README has ${lines} lines; keep it a manual of about 400: details go to a page under docs/`);
  assert.match(readme, /\]\(docs\/internals\.md\)/);
});

test('postlint finds no broken anchor or missing file in the README and docs/', () => {
  const off = ['spelling', 'brand-casing', 'no-placeholders', 'front-matter', 'no-drafts', 'no-empty-sections', 'no-empty-headings', 'no-unpublished-links'];
  const {code, stdout, stderr} = postlint(['--no-config', '--offline', ...off.flatMap((id) => ['--rule', `${id}:off`]), 'README.md', 'docs']);
  assert.equal(stdout, '', stderr);
  assert.equal(code, 0);
});

// Issue 16's "Done when": the manual says, rule by rule, what each rule leaves alone on purpose.
test('every rule page says what the rule leaves alone', () => {
  for (const [id] of rules) {
    const text = readFileSync(join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8');
    assert.match(text, /\bleft alone\b|\bleaves alone\b/i, `docs/rules/${id}.md says what ${id} leaves alone`);
  }
});
