// GitHub Pages user and organisation sites (src/site/gh-pages-user-site.ts): the host of a
// `<owner>.github.io` repository's site, custom domain included, also serves the owner's other
// repositories' Pages sites at `/<repository>/`. A site-root link (or an absolute URL of the site)
// whose first folder the site neither has nor builds is unverifiable there, said once per site;
// below a folder of the site, at the host's root, on a project site or with no evidence of the
// repository (a base URL alone), a missing file is still reported. Fixtures: fixtures/gh-pages-user-site/.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {lintRule} from './rule-helpers.mjs';
import {postlintJson, siteFindings, siteStderr, siteUnverifiable, tempSite} from './helpers.mjs';
import {isUserSiteRepository, otherRepositoryFolder, remoteNameWithOwner} from '../dist/src/site/gh-pages-user-site.js';

/** Findings as "file:line:col rule", and the unverifiable ones as "file:line:col message". */
async function findings(site) {
  const {messages} = await lintRule('no-missing-files', [`gh-pages-user-site/${site}`], {options: {showUnverifiable: true}});
  const strip = (file) => file.replace(`gh-pages-user-site/${site}/`, '');
  const unverifiableMessage = (message) => / cannot be checked: /.test(message.message);
  const reported = messages.filter((message) => !unverifiableMessage(message)).map((message) => `${strip(message.file)}:${message.line}:${message.column} ${message.ruleId}`).sort();
  const unverifiable = messages.filter(unverifiableMessage).map((message) => `${strip(message.file)}:${message.line}:${message.column} ${message.message}`).sort();
  return {reported, unverifiable};
}

const userSite = /the site is published from zorblat\/Zorblat\.github\.io \(repository: in _config\.yml\), a GitHub Pages user site: GitHub also serves the owner's other repositories' Pages sites on its host, at \/<repository>\/, and nothing of this site starts the path/;

const post = '_posts/2024-01-02-kettle-release.md';
/** Reported on both sites: below the site's images/, a file at the host's root, beside a post's date URL, below a page's URL. */
const ownMissing = [`${post}:10:54 no-missing-files`, `${post}:11:21 no-missing-files`, `${post}:11:69 no-missing-files`, `${post}:12:24 no-missing-files`];

test('user site (Jekyll repository: <owner>.github.io): files under a first folder the site lacks are unverifiable, on its own domain too; below its own folders, at the root, beside a post\'s or a page\'s URL they are still missing', async () => {
  const {reported, unverifiable} = await findings('user-jekyll');
  assert.deepEqual(reported, ownMissing);
  const mine = unverifiable.filter((row) => userSite.test(row));
  assert.deepEqual(mine.map((row) => row.replace(/ .*/, '')), [`${post}:7:28`, `${post}:8:5`, 'index.md:7:60']);
  // `/kettle-app` is a page URL: unverifiable before this model too (a permalink may make it).
  assert.deepEqual(unverifiable.filter((row) => !userSite.test(row)).map((row) => row.replace(/ .*/, '')), [`${post}:8:55`]);
});

test('project site (Jekyll repository: owner/project, same custom domain): the same files are missing', async () => {
  const {reported, unverifiable} = await findings('project-jekyll');
  assert.deepEqual(reported, [...ownMissing, `${post}:7:28 no-missing-files`, `${post}:8:5 no-missing-files`, 'index.md:7:60 no-missing-files'].sort());
  assert.deepEqual(unverifiable.map((row) => row.replace(/ .*/, '')), [`${post}:8:55`]);
});

test('a base URL at the root of <owner>.github.io is no evidence (a build may pass another, as GitHub\'s Pages workflow for Hugo does): the links are reported', async () => {
  const user = await findings('user-url');
  assert.deepEqual(user.reported, ['content/posts/kettle.md:6:10 no-missing-files', 'content/posts/kettle.md:6:77 no-missing-files', 'content/posts/kettle.md:7:19 no-missing-files']);
  assert.deepEqual(user.unverifiable, []);
});

const remoteSite = {
  '_config.yml': 'title: Notes\n',
  'index.md': '---\ntitle: Home\n---\n\n# Home\n\nGet [the kettle app](/kettle-app/kettle.apk) and [a lost image](/images/gone.png).\n',
  'images/logo.png': 'png',
};

/** A site in a git repository of its own whose origin remote is `url`. */
function withRemote(url) {
  const root = tempSite(remoteSite);
  execFileSync('git', ['init', '--quiet'], {cwd: root});
  execFileSync('git', ['remote', 'add', 'origin', url], {cwd: root});
  return root;
}

test('a site whose origin remote is <owner>.github.io (as jekyll-github-metadata reads it) is a user site, said once as a notice; another remote is not', () => {
  const user = withRemote('git@github.com:zorblat/zorblat.github.io.git');
  assert.deepEqual(siteFindings(user), ['index.md:7:50 no-missing-files']);
  assert.deepEqual(siteUnverifiable(user).map((row) => row.replace(/: .*/, '')), ['7:5 /kettle-app/kettle.apk']);
  const notices = siteStderr(user).split('\n').filter((line) => line.includes('left unreported'));
  assert.equal(notices.length, 1);
  assert.match(notices[0], /1 site-root link under a folder the site does not have left unreported: the site's origin remote is zorblat\/zorblat\.github\.io, a GitHub Pages user site/);
  const project = withRemote('https://github.com/zorblat/kettle.git');
  assert.deepEqual(siteFindings(project), ['index.md:7:5 no-missing-files', 'index.md:7:50 no-missing-files']);
});

test('the names: GitHub\'s user-site repository test, a github.com remote, the first folder a project site may be served at', () => {
  assert.equal(isUserSiteRepository('zorblat/zorblat.github.io'), true);
  assert.equal(isUserSiteRepository('Zorblat/ZORBLAT.GitHub.io'), true);
  assert.equal(isUserSiteRepository('zorblat/other.github.io'), false);
  assert.equal(isUserSiteRepository('zorblat/kettle'), false);
  assert.equal(remoteNameWithOwner('git@github.com:zorblat/zorblat.github.io.git'), 'zorblat/zorblat.github.io');
  assert.equal(remoteNameWithOwner('https://github.com/zorblat/kettle'), 'zorblat/kettle');
  assert.equal(remoteNameWithOwner('https://gitlab.com/zorblat/kettle.git'), undefined);
  assert.equal(otherRepositoryFolder('/kettle-app/x.png'), 'kettle-app');
  assert.equal(otherRepositoryFolder('/kettle-app'), 'kettle-app');
  assert.equal(otherRepositoryFolder('/logo.png'), undefined);
  assert.equal(otherRepositoryFolder('/'), undefined);
});

test('the phase-2 cache is keyed on the origin remote: after the remote changes from a project repository to <owner>.github.io and back, the next --cache run reads it again', () => {
  const root = withRemote('https://github.com/zorblat/kettle.git');
  const cached = () => postlintJson(['--offline', '--no-config', '--cache', '.'], {cwd: root, env: {POSTLINT_CACHE_SETTLE_MS: '0'}}).json
    .flatMap((file) => file.messages.map((message) => `${file.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort();
  assert.deepEqual(cached(), ['index.md:7:5 no-missing-files', 'index.md:7:50 no-missing-files']);
  execFileSync('git', ['remote', 'set-url', 'origin', 'git@github.com:zorblat/zorblat.github.io.git'], {cwd: root});
  assert.deepEqual(cached(), ['index.md:7:50 no-missing-files']);
  execFileSync('git', ['remote', 'set-url', 'origin', 'https://github.com/zorblat/kettle.git'], {cwd: root});
  assert.deepEqual(cached(), ['index.md:7:5 no-missing-files', 'index.md:7:50 no-missing-files']);
});
