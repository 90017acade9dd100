// The phase-2 cache: each checked file's site findings kept with what they depend on; real runs of
// the built CLI on real temporary sites. Which files a run re-checked is read from --verbose, never
// from timing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {postlint, postlintJson, findings, tempSite} from './helpers.mjs';

const post = (title, body, extra = '') => `---\ntitle: ${title}\ndate: 2024-01-02\n${extra}---\n\n${body}\n`;

// Cross-file anchors, a missing file, an image, a link into a post that may become a draft, an
// empty section, a misspelling: several site rules, and file rules beside them.
const site = () => ({
  'hugo.toml': 'title = "Test"\n',
  'static/images/pic.png': 'png',
  'content/posts/alpha.md': post('Alpha', 'An introduction to the alpha post.\n\n## Setup\n\nInstall the tool first.\n\n## Usage\n\nRun it and recieve the output.\n\n## Empty\n\n## Last\n\nThe end.'),
  'content/posts/beta.md': post('Beta', 'Read the [setup notes](alpha.md#setup) and [usage](alpha.md#usage).\n\nSee [the plan](missing.md) and ![a picture](/images/pic.png).'),
  'content/posts/gamma.md': post('Gamma', 'The [intro](delta.md#intro) explains it.'),
  'content/posts/delta.md': post('Delta', 'Some text.\n\n## Intro\n\nThe intro itself.'),
  'content/posts/epsilon.md': post('Epsilon', 'A post with no links at all.'),
  'content/posts/zeta.md': post('Zeta', 'A [broken anchor](alpha.md#nothing-here) here.'),
});

// Times are trusted at once here (a real run waits 2 s after a file's last change: src/file-stamp.ts).
const env = {POSTLINT_CACHE_SETTLE_MS: '0'};
const lint = (root, ...args) => postlintJson(['--offline', ...args], {cwd: root, env});
const text = (root, ...args) => postlint(['--offline', ...args], {cwd: root, env});
const cacheFile = (root) => join(root, '.postlint-cache', 'phase2.bin');

// The uncached run each cached CLI run is compared with: the built engine (dist/src, what the CLI's
// bundle is made from) in this process, as `postlint --offline --no-cache --format json [--now …] .`
// runs it and prints it (the reporter's output, byte for byte). These tests are about the cache, not
// the process: one engine load serves the file instead of a CLI start per comparison. The cached runs,
// and the first test's uncached ones (the CLI's own output, cached or not), stay CLI runs.
let engine;
async function uncachedJsonText(root, now) {
  engine ??= await import('../dist/src/index.js');
  const result = await engine.run({cwd: root, paths: ['.'], offline: true, useCache: false, noConfig: false, log: () => {}, ...(now ? {now: new Date(now)} : {})});
  const notices = result.notices ?? [];
  return (await engine.loadReporter('json'))(result.files, {cwd: root, rules: result.rules, color: false, ...(notices.length > 0 ? {notices} : {})});
}
const uncachedRows = async (root, now) => findings(JSON.parse(await uncachedJsonText(root, now)), root);

/** The files a --verbose run names as re-checked, or 'replayed' when it ran no rule at all. */
function rechecked(stderr) {
  if (/phase-2 cache: all \d+ files unchanged; the findings of \d+ replayed/.test(stderr)) return 'replayed';
  const count = /phase-2 cache: (\d+) of (\d+) files re-checked/.exec(stderr);
  assert.ok(count, stderr);
  const named = [...stderr.matchAll(/phase-2 cache: re-checked (\S+)/g)].map((m) => m[1].replace(/^content\/posts\//, '')).sort();
  return named.length > 0 ? named : `${count[1]} of ${count[2]}`;
}

test('a cached run prints what an uncached run prints, byte for byte, in text and JSON', () => {
  const root = tempSite(site());
  let warmJson;
  for (const format of [[], ['--format', 'json']]) {
    const uncached = text(root, '--no-cache', ...format, '.');
    assert.equal(uncached.code, 1, uncached.stderr);
    const cold = text(root, '--cache', ...format, '.');
    const warm = text(root, '--cache', '--verbose', ...format, '.');
    assert.equal(rechecked(warm.stderr), 'replayed');
    assert.equal(cold.stdout, uncached.stdout);
    assert.equal(warm.stdout, uncached.stdout);
    assert.equal(warm.code, uncached.code);
    if (format.length > 0) warmJson = warm.stdout;
  }
  // The replayed JSON run's findings (its stdout, equal to the uncached run's, asserted above).
  const rows = findings(JSON.parse(warmJson), root);
  for (const expected of ['content/posts/alpha.md:16:1 no-empty-sections', 'content/posts/alpha.md:14:12 spelling', 'content/posts/beta.md:8:5 no-missing-files', 'content/posts/zeta.md:6:3 no-broken-anchors']) {
    assert.ok(rows.includes(expected), `${expected} in ${rows.join(', ')}`);
  }
});

test('a renamed heading re-checks the page and the files that link to it, and only them', async () => {
  const root = tempSite(site());
  lint(root, '--cache', '.');
  const alpha = join(root, 'content/posts/alpha.md');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('## Setup', '## Set up'));
  const renamed = lint(root, '--cache', '--verbose', '.');
  assert.deepEqual(rechecked(renamed.stderr), ['alpha.md', 'beta.md', 'zeta.md']);
  assert.deepEqual(findings(renamed.json, root), await uncachedRows(root));
  assert.ok(findings(renamed.json, root).includes('content/posts/beta.md:6:10 no-broken-anchors'));
  // A body edit in a page nobody links to re-checks that page alone.
  const epsilon = join(root, 'content/posts/epsilon.md');
  writeFileSync(epsilon, readFileSync(epsilon, 'utf8').replace('at all', 'whatsoever'));
  assert.deepEqual(rechecked(lint(root, '--cache', '--verbose', '.').stderr), ['epsilon.md']);
  assert.equal(rechecked(lint(root, '--cache', '--verbose', '.').stderr), 'replayed');
});

test('a file whose targets kept their bytes is replayed on its stored digest; one whose target changed is re-checked, edit after edit', async () => {
  const root = tempSite(site());
  const edit = (name, from, to) => {
    const path = join(root, 'content/posts', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };
  const cached = async () => {
    const run = lint(root, '--cache', '--verbose', '.');
    assert.deepEqual(findings(run.json, root), await uncachedRows(root));
    return {files: rechecked(run.stderr), rows: findings(run.json, root)};
  };
  await cached();
  // The heading beta links to renamed: alpha and the files linking to it are re-checked, gamma (whose delta kept its bytes) is not.
  edit('alpha.md', '## Setup', '## Set up');
  let run = await cached();
  assert.deepEqual(run.files, ['alpha.md', 'beta.md', 'zeta.md']);
  assert.ok(run.rows.includes('content/posts/beta.md:6:10 no-broken-anchors'), run.rows.join(', '));
  assert.ok(!run.rows.some((row) => row.startsWith('content/posts/gamma.md')), run.rows.join(', '));
  // Then the heading gamma links to: gamma is re-checked and reports it; beta, whose alpha is as the last run stored it, keeps its finding unchecked.
  edit('delta.md', '## Intro', '## Introduction');
  run = await cached();
  assert.deepEqual(run.files, ['delta.md', 'gamma.md']);
  assert.ok(run.rows.includes('content/posts/gamma.md:6:5 no-broken-anchors'), run.rows.join(', '));
  assert.ok(run.rows.includes('content/posts/beta.md:6:10 no-broken-anchors'), run.rows.join(', '));
  // A body edit of alpha: its digest is worked out again and is the same, so only alpha is re-checked.
  edit('alpha.md', 'Install the tool first.', 'Install the tool before anything else.');
  assert.deepEqual((await cached()).files, ['alpha.md']);
  // The heading put back: beta's anchor resolves again.
  edit('alpha.md', '## Set up', '## Setup');
  run = await cached();
  assert.deepEqual(run.files, ['alpha.md', 'beta.md', 'zeta.md']);
  assert.ok(!run.rows.includes('content/posts/beta.md:6:10 no-broken-anchors'), run.rows.join(', '));
});

test('spelling weighed site-wide: a change to one file\'s words re-checks the files whose findings come from the phase-1 cache', async () => {
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {spelling: ['warn', {report: 'unknown', siteTerms: 2}]}}),
    'hugo.toml': 'title = "Test"\n',
    'content/posts/alpha.md': post('Alpha', 'The florbnex module starts first.'),
    'content/posts/beta.md': post('Beta', 'Then the florbnex module stops.'),
    'content/posts/gamma.md': post('Gamma', 'A post with other words.'),
  });
  const spelled = (run) => findings(run.json, root).filter((row) => row.endsWith(' spelling'));
  // In two files the word is a site term, accepted in both.
  assert.deepEqual(spelled(lint(root, '--cache', '.')), []);
  // Gone from beta: alpha, whose bytes and file findings are as the phase-1 cache kept them, is re-checked and reports it.
  const beta = join(root, 'content/posts/beta.md');
  writeFileSync(beta, readFileSync(beta, 'utf8').replace('florbnex', 'other'));
  let run = lint(root, '--cache', '--verbose', '.');
  assert.equal(rechecked(run.stderr), '3 of 3');
  assert.deepEqual(spelled(run), ['content/posts/alpha.md:6:5 spelling']);
  assert.deepEqual(findings(run.json, root), await uncachedRows(root));
  // Back in beta: accepted again in both.
  writeFileSync(beta, readFileSync(beta, 'utf8').replace('other', 'florbnex'));
  run = lint(root, '--cache', '--verbose', '.');
  assert.equal(rechecked(run.stderr), '3 of 3');
  assert.deepEqual(spelled(run), []);
  // A body edit that leaves every file's spelling findings as they were re-checks that file alone.
  const gamma = join(root, 'content/posts/gamma.md');
  writeFileSync(gamma, readFileSync(gamma, 'utf8').replace('other words', 'more words'));
  assert.deepEqual(rechecked(lint(root, '--cache', '--verbose', '.').stderr), ['gamma.md']);
});

test('a draft in a target\'s front matter reaches the links into it; front matter re-checks the site', async () => {
  const root = tempSite(site());
  assert.ok(!findings(lint(root, '--cache', '.').json, root).some((row) => row.includes('no-unpublished-links')));
  writeFileSync(join(root, 'content/posts/delta.md'), post('Delta', 'Some text.\n\n## Intro\n\nThe intro itself.', 'draft: true\n'));
  const drafted = lint(root, '--cache', '--verbose', '.');
  // Front matter feeds the generator's URLs for every page: every file is checked again.
  assert.equal(rechecked(drafted.stderr), '6 of 6');
  const rows = findings(drafted.json, root);
  assert.ok(rows.includes('content/posts/gamma.md:6:5 no-unpublished-links'), rows.join(', '));
  assert.deepEqual(rows, await uncachedRows(root));
});

test('a file added where a missing link looked re-checks that link; a config change re-checks everything', () => {
  const root = tempSite(site());
  lint(root, '--cache', '.');
  writeFileSync(join(root, 'content/posts/missing.md'), post('Missing', 'Now it exists.'));
  const added = lint(root, '--cache', '--verbose', '.');
  // A new file changes the site's set of pages: everything is checked again, and the link resolves.
  assert.equal(rechecked(added.stderr), '7 of 7');
  assert.ok(!findings(added.json, root).some((row) => row.includes('no-missing-files')));
  assert.equal(rechecked(lint(root, '--cache', '--verbose', '.').stderr), 'replayed');

  // A file added to a folder a link looked in (not a page: the set of pages is the same).
  writeFileSync(join(root, 'static/images/other.png'), 'png');
  assert.deepEqual(rechecked(lint(root, '--cache', '--verbose', '.').stderr), ['beta.md']);

  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({rules: {spelling: 'off'}}));
  const configured = lint(root, '--cache', '--verbose', '.');
  assert.equal(rechecked(configured.stderr), '7 of 7');
  assert.ok(!findings(configured.json, root).some((row) => row.includes('spelling')));
});

test('a damaged or malformed phase-2 cache is one clear line, a full check, and is rewritten', async () => {
  const root = tempSite(site());
  const expected = await uncachedRows(root);
  lint(root, '--cache', '.');
  writeFileSync(cacheFile(root), 'garbage that v8 cannot deserialize');
  const damaged = lint(root, '--cache', '.');
  assert.match(damaged.stderr, /the cache .*phase2\.bin is damaged; checking without it \(it will be rewritten\)/);
  assert.doesNotMatch(damaged.stderr, /internal error|at .*\.js:\d+/i);
  assert.deepEqual(findings(damaged.json, root), expected);
  assert.equal(rechecked(lint(root, '--cache', '--verbose', '.').stderr), 'replayed');

  // Entries of the wrong shape (findings dropped, no keys): the store is not used, nothing is hidden.
  const {phase2CacheFile} = await import('../dist/src/phase2-cache.js');
  const stored = phase2CacheFile.decode(readFileSync(cacheFile(root)));
  for (const [path] of stored.entries) stored.entries.set(path, {messages: []});
  writeFileSync(cacheFile(root), phase2CacheFile.encode(stored));
  const crafted = lint(root, '--cache', '.');
  assert.match(crafted.stderr, /phase2\.bin is damaged/);
  assert.deepEqual(findings(crafted.json, root), expected);
});

test('files changed less than the settling time ago are read and hashed, not known by their times', () => {
  const root = tempSite(site());
  // Every file changed within the last hour is "just written": each run reads and hashes them all.
  const hour = {POSTLINT_CACHE_SETTLE_MS: String(3_600_000)};
  const fresh = postlintJson(['--offline', '--cache', '--verbose', '.'], {cwd: root, env: hour});
  const again = postlintJson(['--offline', '--cache', '--verbose', '.'], {cwd: root, env: hour});
  assert.match(again.stderr, /cache: 6 of 6 files unchanged \(6 read and hashed/);
  assert.doesNotMatch(again.stderr, /replayed/);
  assert.deepEqual(findings(again.json, root), findings(fresh.json, root));
  // Times trusted at once: only the edited file is read.
  lint(root, '--cache', '.');
  const epsilon = join(root, 'content/posts/epsilon.md');
  writeFileSync(epsilon, readFileSync(epsilon, 'utf8').replace('at all', 'whatsoever'));
  assert.match(lint(root, '--cache', '--verbose', '.').stderr, /cache: 5 of 6 files unchanged \(1 read and hashed/);
});

test('the clock: findings are replayed while no date they turn on is passed, and checked again when one is', async () => {
  const root = tempSite({
    ...site(),
    'content/posts/delta.md': post('Delta', 'Some text.\n\n## Intro\n\nThe intro itself.').replace('date: 2024-01-02', 'date: 2030-06-01'),
  });
  const at = (date) => lint(root, '--cache', '--verbose', '--now', date, '.');
  const before = at('2030-01-01T00:00:00Z');
  assert.ok(findings(before.json, root).includes('content/posts/gamma.md:6:5 no-unpublished-links'));
  // Months later, still before the date: nothing it decides has changed.
  const later = at('2030-03-01T00:00:00Z');
  assert.equal(rechecked(later.stderr), 'replayed');
  assert.deepEqual(findings(later.json, root), findings(before.json, root));
  // The day before: the wording says "in 24 h", so the post and the link into it are checked again.
  const eve = at('2030-05-31T00:00:00Z');
  assert.match(eve.stderr, /phase-2 cache: \d+ of 6 files re-checked/);
  // Only the clock moved: every file's bytes are the stored ones, and the model guard's decision is taken as stored.
  assert.match(eve.stderr, /phase-2 cache: every file as stored, the \d+ others give the model guard the samples they gave: its decision taken as stored/);
  assert.deepEqual(findings(eve.json, root), await uncachedRows(root, '2030-05-31T00:00:00Z'));
  // Past the date: the post is live, the link is fine.
  const after = at('2030-07-01T00:00:00Z');
  assert.deepEqual(rechecked(after.stderr), ['delta.md', 'gamma.md']);
  assert.ok(!findings(after.json, root).some((row) => row.includes('no-unpublished-links')));
});

test('within a day of going live only the time left moves: findings are re-worded, not re-checked, until a date passes', async () => {
  const root = tempSite({
    ...site(),
    'content/posts/delta.md': post('Delta', 'Some text.\n\n## Intro\n\nThe intro itself.').replace('date: 2024-01-02', 'date: 2030-06-01'),
    'content/posts/epsilon.md': post('Epsilon', 'A post with no links at all.').replace('date: 2024-01-02', 'date: 2030-06-01T12:00:00Z'),
  });
  const at = (date) => text(root, '--cache', '--verbose', '--format', 'json', '--now', date, '.');
  const uncached = (date) => uncachedJsonText(root, date);
  const reasons = (stdout) => JSON.parse(stdout).flatMap((file) => file.messages.filter((m) => /scheduled/.test(m.message)).map((m) => `${file.filePath.slice(root.length + 1)} ${m.ruleId} ${m.message.replace(/^.*\(in ([^,)]*)[,)].*$/, '$1')}`)).sort();
  assert.equal(at('2030-05-31T12:00:00Z').stdout, await uncached('2030-05-31T12:00:00Z'));
  // A minute on: both posts are still scheduled; their findings and those of the link into delta say
  // a minute less, and no file is parsed or checked again.
  const minute = at('2030-05-31T12:01:00Z');
  assert.equal(rechecked(minute.stderr), 'replayed');
  assert.equal(minute.stdout, await uncached('2030-05-31T12:01:00Z'));
  assert.deepEqual(reasons(minute.stdout), ['content/posts/delta.md no-drafts 11 h 59 min', 'content/posts/epsilon.md no-drafts 23 h 59 min', 'content/posts/gamma.md no-unpublished-links 11 h 59 min']);
  // A heading renamed with the clock on: only the page and the files linking to it are parsed and
  // checked again (the scheduled posts' file findings are re-worded from the phase-1 cache too).
  const alpha = join(root, 'content/posts/alpha.md');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('## Setup', '## Set up'));
  const renamed = at('2030-05-31T12:02:00Z');
  assert.deepEqual(rechecked(renamed.stderr), ['alpha.md', 'beta.md', 'zeta.md']);
  assert.match(renamed.stderr, /cache: 5 of 6 files unchanged/);
  assert.equal(renamed.stdout, await uncached('2030-05-31T12:02:00Z'));
  // Past delta's date: delta is live, so it and the link into it are checked again; epsilon's date
  // has not passed, so its finding is re-worded, not checked again.
  const live = at('2030-06-01T00:01:00Z');
  assert.deepEqual(rechecked(live.stderr), ['delta.md', 'gamma.md']);
  assert.equal(live.stdout, await uncached('2030-06-01T00:01:00Z'));
  assert.deepEqual(reasons(live.stdout), ['content/posts/epsilon.md no-drafts 11 h 59 min']);
});

test('a heading quoting time-left words is the page\'s text: a cached run a minute on never re-words it', async () => {
  const root = tempSite({
    'hugo.toml': 'title = "Test"\n',
    'content/posts/launch.md': '---\ntitle: Launch\ndate: 2030-06-01T12:00:00Z\n---\n\nThe plan.\n\n## Launch (in 5 h)\n\n## After\n\nMore text.\n',
  });
  const at = (date) => text(root, '--cache', '--format', 'json', '--now', date, '.').stdout;
  const uncached = (date) => uncachedJsonText(root, date);
  const rows = (stdout) => JSON.parse(stdout).flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  assert.equal(at('2030-06-01T07:00:00Z'), await uncached('2030-06-01T07:00:00Z'));
  const minute = at('2030-06-01T07:01:00Z');
  assert.equal(minute, await uncached('2030-06-01T07:01:00Z'));
  const found = rows(minute);
  assert.ok(found.includes('8:1 no-empty-sections Section "Launch (in 5 h)" is empty: no content follows its heading before the next heading, "After" (line 10); write it or remove the heading'), found.join('\n'));
  assert.ok(found.some((row) => row.startsWith('3:1 no-drafts Post is not published yet: it is scheduled for 2030-06-01 12:00Z (in 4 h 59 min);')), found.join('\n'));
});

test('two posts whose time left read alike then but not now: each finding is re-worded by its own post\'s reason', async () => {
  // 20 s apart: "in 5 h 30 min" for both at 07:00:00, "29 min" and "30 min" at 07:00:45.
  const scheduled = (title, date) => `---\ntitle: ${title}\ndate: ${date}\n---\n\nSoon.\n`;
  const root = tempSite({
    'hugo.toml': 'title = "Test"\n',
    'content/posts/early.md': scheduled('Early', '2030-06-01T12:30:00Z'),
    'content/posts/late.md': scheduled('Late', '2030-06-01T12:30:20Z'),
    // A plain page beside the posts (an index.md would make posts/ a leaf bundle, its posts resources).
    'content/posts/digest.md': post('Digest', 'See [early](early.md) and [late](late.md).'),
  });
  const at = (date) => text(root, '--cache', '--format', 'json', '--now', date, '.').stdout;
  const uncached = (date) => uncachedJsonText(root, date);
  const left = (stdout) => JSON.parse(stdout).flatMap((file) => file.messages.map((m) => `${file.filePath.slice(root.length + 1)} ${m.line}:${m.column} ${m.ruleId} ${/\(in [^)]*\)/.exec(m.message)?.[0]}`)).sort();
  assert.deepEqual(left(at('2030-06-01T07:00:00Z')), [
    'content/posts/digest.md 6:27 no-unpublished-links (in 5 h 30 min)',
    'content/posts/digest.md 6:5 no-unpublished-links (in 5 h 30 min)',
    'content/posts/early.md 3:1 no-drafts (in 5 h 30 min)',
    'content/posts/late.md 3:1 no-drafts (in 5 h 30 min)',
  ]);
  const later = at('2030-06-01T07:00:45Z');
  assert.equal(later, await uncached('2030-06-01T07:00:45Z'));
  assert.deepEqual(left(later), [
    'content/posts/digest.md 6:27 no-unpublished-links (in 5 h 30 min)',
    'content/posts/digest.md 6:5 no-unpublished-links (in 5 h 29 min)',
    'content/posts/early.md 3:1 no-drafts (in 5 h 29 min)',
    'content/posts/late.md 3:1 no-drafts (in 5 h 30 min)',
  ]);
});

test('a change to a file the site model reads beside the pages (.gitignore, redirects) re-checks, never replays', async () => {
  const root = tempSite({...site(), '.gitignore': '# build output\n'});
  assert.ok(findings(lint(root, '--cache', '.').json, root).includes('content/posts/beta.md:8:5 no-missing-files'));
  assert.equal(rechecked(text(root, '--cache', '--verbose', '.').stderr), 'replayed');
  // Edited in place (no folder's entries change): the missing page is now build output (git-ignored;
  // no git repository here, so the ignore file decides).
  writeFileSync(join(root, '.gitignore'), '# build output\ncontent/posts/missing.md\n');
  const after = lint(root, '--cache', '--verbose', '.');
  assert.notEqual(rechecked(after.stderr), 'replayed');
  assert.ok(!findings(after.json, root).includes('content/posts/beta.md:8:5 no-missing-files'));
  assert.deepEqual(findings(after.json, root), await uncachedRows(root));
});

test('guard samples are kept packed and read back as they were; a packing whose indexes point nowhere is not read', async () => {
  const {phase2CacheFile} = await import('../dist/src/phase2-cache.js');
  const samples = [
    {site: '/s', list: 'links', group: 'link|relative|md', failed: true, target: 'a.md', explained: ['readings', 'flavor:github']},
    {site: '/s', list: 'links', group: 'link|relative|md', failed: false, target: 'b.md'},
    {site: '/s', list: 'anchors', group: 'fragment|relative|md', failed: true, target: '/s/a.md#x', explained: []},
    {site: '/s', list: 'pages', group: 'page|/s/a.md', failed: true, target: '/s/a.md#x', shape: 'fragment|relative|md', foreign: false},
    {site: '/t', list: 'forms', group: 'fragment-form|foreign', failed: false, target: '/s/a.md#x', shape: 'fragment|relative|md'},
  ];
  const packed = phase2CacheFile.packSamples(samples);
  // Each distinct string once.
  assert.equal(packed[0].length, new Set(samples.flatMap((s) => [s.site, s.group, s.target, s.shape, ...(s.explained ?? [])].filter((x) => x !== undefined))).size);
  assert.deepEqual(phase2CacheFile.unpackSamples(packed), samples);
  assert.deepEqual(phase2CacheFile.unpackSamples(phase2CacheFile.packSamples([])), []);
  // Damaged: an index past the strings, a cut-off reading list, a list that is no list.
  assert.equal(phase2CacheFile.unpackSamples([packed[0], packed[1].map((code, i) => (i === 4 ? 99 : code))]), undefined);
  assert.equal(phase2CacheFile.unpackSamples([packed[0], packed[1].slice(0, 9)]), undefined);
  assert.equal(phase2CacheFile.unpackSamples([packed[0], packed[1].map((code, i) => (i === 1 ? 7 : code))]), undefined);
  assert.equal(phase2CacheFile.unpackSamples([['x'], []]).length, 0);
  assert.equal(phase2CacheFile.unpackSamples('no'), undefined);
});

test('guard samples are read only when asked for; damaged ones are not taken, the files\' links are resolved again', async () => {
  const root = tempSite(site());
  lint(root, '--cache', '.');
  const {phase2CacheFile} = await import('../dist/src/phase2-cache.js');
  const stored = phase2CacheFile.decode(readFileSync(cacheFile(root)));
  // Samples whose indexes point nowhere: the findings replay (they need no samples), the guard never takes them.
  for (const entry of stored.entries.values()) entry.guard = [['x'], [99, 0, 0, 0, 0, -1, -1, -1]];
  writeFileSync(cacheFile(root), phase2CacheFile.encode(stored));
  const replayed = lint(root, '--cache', '--verbose', '.');
  assert.equal(rechecked(replayed.stderr), 'replayed');
  const alpha = join(root, 'content/posts/alpha.md');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('## Usage', '## Use'));
  const renamed = lint(root, '--cache', '--verbose', '.');
  assert.match(renamed.stderr, /the model guard's samples of 0 of 6 files taken from the cache/);
  assert.deepEqual(findings(renamed.json, root), await uncachedRows(root));
  assert.ok(findings(renamed.json, root).includes('content/posts/beta.md:6:44 no-broken-anchors'), findings(renamed.json, root).join(', '));
});

test('an MkDocs hook or a gh-pages workflow edited between two cached runs re-checks: the second run equals --no-cache', async () => {
  // The hook first defines only a page event (the missing site-root files are reported), then an
  // event that puts files into the built site (they are unverifiable): src/site/generators/mkdocs-hooks.ts.
  const root = tempSite({
    'mkdocs.yml': 'site_name: Demo\nhooks:\n  - tools/hooks.py\n',
    'tools/hooks.py': 'def on_page_markdown(markdown, **kwargs):\n    return markdown\n',
    'docs/index.md': '# Home\n\nGet [the key](/signing.pub) and [the list](/files.txt).\n',
  });
  const missing = ['docs/index.md:3:5 no-missing-files', 'docs/index.md:3:33 no-missing-files'];
  assert.deepEqual(findings(lint(root, '--cache', '.').json, root), missing);
  assert.equal(rechecked(text(root, '--cache', '--verbose', '.').stderr), 'replayed');
  writeFileSync(join(root, 'tools/hooks.py'), 'def on_post_build(config, **kwargs):\n    pass\n');
  const edited = lint(root, '--cache', '--verbose', '.');
  assert.notEqual(rechecked(edited.stderr), 'replayed');
  assert.deepEqual(findings(edited.json, root), []);
  assert.deepEqual(edited.json, JSON.parse(await uncachedJsonText(root)));

  // A book whose workflow starts publishing into a destination_dir: its host is shared.
  const book = tempSite({
    'book.toml': '[book]\ntitle = "Demo"\n',
    'src/SUMMARY.md': '# Summary\n\n- [Usage](usage.md)\n',
    'src/usage.md': '# Usage\n\nSee [the old release](/v1/usage.html).\n',
    '.github/workflows/pages.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: peaceiris/actions-gh-pages@v4\n        with:\n          publish_dir: ./book\n',
  });
  assert.deepEqual(findings(lint(book, '--cache', '.').json, book), ['src/usage.md:3:5 no-missing-files']);
  writeFileSync(join(book, '.github/workflows/pages.yml'), readFileSync(join(book, '.github/workflows/pages.yml'), 'utf8') + '          destination_dir: main\n');
  const shared = lint(book, '--cache', '--verbose', '.');
  assert.notEqual(rechecked(shared.stderr), 'replayed');
  assert.deepEqual(findings(shared.json, book), []);
  assert.deepEqual(shared.json, JSON.parse(await uncachedJsonText(book)));
});
