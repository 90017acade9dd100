// --changed, --base, --staged and --whole-site in real temporary git repositories.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {postlint, postlintJson, findings} from './helpers.mjs';
import {git, gitEnv, gitRepo, remove, write} from './git-helpers.mjs';

const post = (title, body) => `---\ntitle: ${title}\ndate: 2024-01-02\n---\n\n${body}\n`;
const draft = (title) => `---\ntitle: ${title}\ndate: 2024-01-02\ndraft: true\n---\n\nNot ready.\n`;

// A small Hugo site: beta links to a heading in alpha (line 6) and to gamma (line 8).
const site = () => ({
  'hugo.toml': 'title = "Test"\n',
  'content/posts/alpha.md': post('Alpha', 'An introduction to the alpha post.\n\n## Setup\n\nInstall the tool first.'),
  'content/posts/beta.md': post('Beta', 'Read the [setup notes](alpha.md#setup) before you start.\n\nThen read the [gamma post](gamma.md).'),
  'content/posts/gamma.md': post('Gamma', 'The gamma post has its own words.'),
});

const lint = (root, ...args) => postlintJson(['--no-config', '--offline', ...args], {cwd: root, env: gitEnv});

test('renaming a heading reports the anchor that pointed at it in another post', () => {
  const root = gitRepo(site());
  git(root, 'checkout', '-q', '-b', 'rename-heading');
  write(root, 'content/posts/alpha.md', post('Alpha', 'An introduction to the alpha post.\n\n## Installation\n\nInstall the tool first.'));
  git(root, 'commit', '-q', '-am', 'rename a heading');
  const {code, json} = lint(root, '--changed');
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root).filter((f) => f.endsWith('no-broken-anchors')), ['content/posts/beta.md:6:10 no-broken-anchors']);
  // In the linking file, only the links into the change are reported.
  assert.deepEqual(findings(json, root).filter((f) => f.startsWith('content/posts/beta.md') && !/:6:/.test(f)), []);
});

test('deleting a post reports the links to it', () => {
  const root = gitRepo(site());
  git(root, 'rm', '-q', 'content/posts/gamma.md');
  const {code, json} = lint(root, '--changed');
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root).filter((f) => f.endsWith('no-missing-files')), ['content/posts/beta.md:8:15 no-missing-files']);
});

test('renaming a post reports the links to its old name', () => {
  const root = gitRepo(site());
  git(root, 'mv', 'content/posts/gamma.md', 'content/posts/delta.md');
  const {code, json} = lint(root, '--staged');
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root).filter((f) => f.endsWith('no-missing-files')), ['content/posts/beta.md:8:15 no-missing-files']);
});

test('a clean change reports nothing, and names the files that link to it', () => {
  const root = gitRepo(site());
  write(root, 'content/posts/alpha.md', post('Alpha', 'A longer introduction to the alpha post.\n\n## Setup\n\nInstall the tool first.'));
  const {code, json, stderr} = lint(root, '--changed', '--verbose');
  assert.equal(code, 0);
  assert.deepEqual(findings(json, root), []);
  assert.deepEqual(json.map((file) => file.filePath), [join(root, 'content/posts/alpha.md'), join(root, 'content/posts/beta.md')]);
  assert.match(stderr, /changes: content\/posts\/alpha\.md \(modified\); files linking to them: content\/posts\/beta\.md/);
});

test('impact follows page URLs and ref shortcodes to the changed post, not unrelated links', () => {
  const root = gitRepo({
    ...site(),
    'content/posts/delta.md': post('Delta', 'See [alpha](../alpha/#setup) and {{< ref "gamma.md" >}}.'),
    'content/posts/bundle/index.md': post('Bundle', 'A bundled post.'),
    'content/posts/epsilon.md': post('Epsilon', 'See [the bundle](/posts/bundle/) only.'),
    'content/posts/zeta.md': post('Zeta', 'See [beta](beta.md) only.'),
  });
  write(root, 'content/posts/alpha.md', post('Alpha', 'Changed introduction.\n\n## Setup\n\nInstall the tool first.'));
  git(root, 'rm', '-q', 'content/posts/bundle/index.md');
  const {stderr} = lint(root, '--changed', '--verbose');
  assert.match(stderr, /files linking to them: content\/posts\/beta\.md, content\/posts\/delta\.md, content\/posts\/epsilon\.md\n/);
});

test('--changed reports only changed files, not problems elsewhere in the site', () => {
  const root = gitRepo({...site(), 'content/posts/old-draft.md': draft('Old')});
  write(root, 'content/posts/new-draft.md', draft('New'));
  const {code, json} = lint(root, '--changed');
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root), ['content/posts/new-draft.md:4:1 no-drafts']);
  // The whole site was indexed: the same run without --changed sees both drafts.
  assert.deepEqual(findings(lint(root, '.').json, root).filter((f) => f.endsWith('no-drafts')), [
    'content/posts/new-draft.md:4:1 no-drafts',
    'content/posts/old-draft.md:4:1 no-drafts',
  ]);
});

test('--changed compares with the merge base of the default branch; --base picks another', () => {
  const root = gitRepo(site());
  git(root, 'checkout', '-q', '-b', 'feature');
  write(root, 'content/posts/branch-draft.md', draft('Branch'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'a draft on the branch');
  // main moves on after the branch point; its new draft is not the branch's change.
  git(root, 'checkout', '-q', 'main');
  write(root, 'content/posts/main-draft.md', draft('Main'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'a draft on main');
  git(root, 'checkout', '-q', 'feature');
  assert.deepEqual(findings(lint(root, '--changed').json, root), ['content/posts/branch-draft.md:4:1 no-drafts']);
  assert.deepEqual(findings(lint(root, '--changed', '--base', 'main').json, root), ['content/posts/branch-draft.md:4:1 no-drafts']);
  // Against the branch itself nothing has changed.
  const same = lint(root, '--changed', '--base', 'feature');
  assert.equal(same.code, 0);
  assert.deepEqual(same.json, []);
});

test('--staged lints the files in the index, not the untracked ones', () => {
  const root = gitRepo(site());
  write(root, 'content/posts/staged.md', draft('Staged'));
  write(root, 'content/posts/untracked.md', draft('Untracked'));
  git(root, 'add', 'content/posts/staged.md');
  assert.deepEqual(findings(lint(root, '--staged').json, root), ['content/posts/staged.md:4:1 no-drafts']);
  assert.deepEqual(findings(lint(root, '--changed').json, root), ['content/posts/staged.md:4:1 no-drafts', 'content/posts/untracked.md:4:1 no-drafts']);
});

test('--changed in a repository without commits lints the files there', () => {
  const root = mkdtempSync(join(tmpdir(), 'postlint-git-'));
  git(root, 'init', '-q', '-b', 'main');
  write(root, 'draft.md', draft('First'));
  assert.deepEqual(findings(lint(root, '--changed').json, root), ['draft.md:4:1 no-drafts']);
  git(root, 'add', '-A');
  assert.deepEqual(findings(lint(root, '--staged').json, root), ['draft.md:4:1 no-drafts']);
});

test('--changed ignores changed files that are not Markdown', () => {
  const root = gitRepo(site());
  write(root, 'notes.txt', 'draft: true\n');
  const {code, json} = lint(root, '--changed');
  assert.equal(code, 0);
  assert.deepEqual(json, []);
});

test('--whole-site reports on the named files only', () => {
  const root = gitRepo({...site(), 'content/posts/other-draft.md': draft('Other')});
  write(root, 'content/posts/named-draft.md', draft('Named'));
  const {json} = lint(root, '--whole-site', 'content/posts/named-draft.md', 'content/posts/alpha.md');
  assert.deepEqual(json.map((file) => file.filePath), [join(root, 'content/posts/alpha.md'), join(root, 'content/posts/named-draft.md')]);
  assert.deepEqual(findings(json, root), ['content/posts/named-draft.md:4:1 no-drafts']);
  // lint-staged passes absolute paths.
  const absolute = lint(root, '--whole-site', join(root, 'content/posts/named-draft.md'));
  assert.deepEqual(findings(absolute.json, root), ['content/posts/named-draft.md:4:1 no-drafts']);
});

test('--whole-site resolves anchors in files that were not named', () => {
  const root = gitRepo(site());
  write(root, 'content/posts/beta.md', post('Beta', 'Read the [setup notes](alpha.md#set-up) before you start.\n\nThen read the [gamma post](gamma.md).'));
  const {json} = lint(root, '--whole-site', 'content/posts/beta.md');
  assert.deepEqual(findings(json, root), ['content/posts/beta.md:6:10 no-broken-anchors']);
  const fixed = lint(root, '--whole-site', 'content/posts/alpha.md', 'content/posts/gamma.md');
  assert.deepEqual(findings(fixed.json, root), []);
});

test('--changed outside a git repository, and --base without --changed, are usage errors', () => {
  const outside = mkdtempSync(join(tmpdir(), 'postlint-nogit-'));
  const noGit = postlint(['--no-config', '--changed'], {cwd: outside, env: {...gitEnv, GIT_CEILING_DIRECTORIES: tmpdir()}});
  assert.equal(noGit.code, 2);
  assert.match(noGit.stderr, /--changed needs a git repository/);
  const noChanged = postlint(['--no-config', '--base', 'main', '.'], {cwd: outside});
  assert.equal(noChanged.code, 2);
  assert.match(noChanged.stderr, /--base works with --changed/);
  const root = gitRepo(site());
  const badRef = postlint(['--no-config', '--changed', '--base', 'no-such-branch'], {cwd: root, env: gitEnv});
  assert.equal(badRef.code, 2);
  assert.match(badRef.stderr, /--base no-such-branch: no such commit/);
});

test('the impact scan finds every form of link into a changed post, from the cache as without it', () => {
  // Each file links to a changed post in its own way; `other.md` links elsewhere only.
  const root = gitRepo({
    'hugo.toml': 'title = "Test"\n',
    'content/docs/guide/index.md': post('Guide', '## Setup\n\nSteps.'),
    // Not below content/docs/guide/: that folder is a leaf bundle (index.md), whose Markdown files are resources, no pages.
    'content/docs/deep/index.md': post('Deep', 'Up to [the guide](../guide/).'),
    'content/posts/2024-01-02-launch.md': post('Launch', 'We launched.'),
    'content/posts/folder.md': post('Folder', 'See [the guide](../docs/guide/).'),
    'content/posts/index-file.md': post('Index', 'See [setup](../docs/guide/index.md#setup).'),
    'content/posts/site-root.md': post('Root', 'See [the guide](/docs/guide).'),
    'content/posts/dated.md': post('Dated', 'See [launch](2024-01-02-launch.md).'),
    'content/posts/slug.md': post('Slug', 'See [launch](../launch/).'),
    'content/posts/permalink.md': post('Permalink', 'See [launch](/2024/01/02/launch.html).'),
    'content/posts/cased.md': post('Cased', 'See [launch](./2024-01-02-LAUNCH.MD).'),
    'content/posts/other.md': post('Other', 'See [folder](folder.md).'),
  });
  write(root, 'content/docs/guide/index.md', post('Guide', '## Set up\n\nSteps.'));
  write(root, 'content/posts/2024-01-02-launch.md', post('Launch', 'We launched today.'));
  const linking = (stderr) => /files linking to them: (.*)/.exec(stderr)?.[1];
  const expected = ['content/docs/deep/index.md', 'content/posts/cased.md', 'content/posts/dated.md', 'content/posts/folder.md', 'content/posts/index-file.md', 'content/posts/permalink.md', 'content/posts/site-root.md', 'content/posts/slug.md'].join(', ');
  assert.equal(linking(lint(root, '--changed', '--verbose', '--no-cache').stderr), expected);
  // The first cached run writes the cache; the second reads which files may link where from it.
  for (const run of [1, 2]) assert.equal(linking(lint(root, '--changed', '--verbose').stderr), expected, `cached run ${run}`);
});
