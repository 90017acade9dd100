// remark-lint both ways: remark-lint rules inside a postlint run (config `remarkLint`), and
// postlint's file rules inside remark-cli (the `postlint/remark` preset), with the real remark-cli.
//
// fixtures/remark-lint/site has no node_modules of its own: its packages resolve the way Node
// resolves them from the site's folder, walking up to this repository's node_modules, where the
// devDependencies (remark-cli, remark-lint, remark-preset-lint-recommended,
// remark-lint-maximum-line-length, remark-lint-no-duplicate-headings) are installed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, findings, postlint, postlintJson, repoRoot, tempSite} from './helpers.mjs';

const site = join(fixtures, 'remark-lint', 'site');
const expected = [
  'post.md:5:69 remark-lint:maximum-line-length',
  'post.md:7:1 remark-lint:no-duplicate-headings',
  'post.md:9:14 remark-lint:no-undefined-references',
];

test('remarkLint: rules and presets from the site\'s node_modules run in the same parse, under postlint\'s control comments', () => {
  const {json, code} = postlintJson(['--offline', '.'], {cwd: site});
  // Lines 12 and 15 repeat two findings, silenced by `remark-lint:<id>` and by the bare id.
  assert.deepEqual(findings(json, site), expected);
  assert.deepEqual(json[0].messages.map((m) => m.severity), [1, 1, 1]);
  assert.match(json[0].messages[0].message, /^Unexpected `68` character line, expected at most `60` characters/);
  assert.equal(code, 0);
});

test('remarkLint: the same findings from a worker thread, in SARIF, and counted by --max-warnings', () => {
  const inWorker = postlintJson(['--offline', '--workers', '1', '.'], {cwd: site});
  assert.deepEqual(findings(inWorker.json, site), expected);
  const sarif = JSON.parse(postlint(['--offline', '--format', 'sarif', '.'], {cwd: site}).stdout);
  assert.deepEqual(sarif.runs[0].results.map((r) => `${r.ruleId}:${r.locations[0].physicalLocation.region.startLine}`), [
    'remark-lint:maximum-line-length:5',
    'remark-lint:no-duplicate-headings:7',
    'remark-lint:no-undefined-references:9',
  ]);
  const strict = postlint(['--offline', '--max-warnings', '2', '.'], {cwd: site});
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /3 warnings, more than --max-warnings 2/);
});

test('remarkLint: a package that is missing, broken or not a plugin is one line of configuration error, exit 2', () => {
  const root = tempSite({
    'post.md': '# Post\n',
    'node_modules/remark-lint-broken/package.json': JSON.stringify({name: 'remark-lint-broken', type: 'module', exports: './index.js'}),
    'node_modules/remark-lint-broken/index.js': 'throw new Error("this plugin is broken")\n',
    'node_modules/remark-lint-number/package.json': JSON.stringify({name: 'remark-lint-number', type: 'module', exports: './index.js'}),
    'node_modules/remark-lint-number/index.js': 'export default 42\n',
  });
  const cases = [
    ['remark-lint-not-installed-anywhere', /^postlint: remarkLint: cannot find "remark-lint-not-installed-anywhere" from .*; install it in the site \(npm install --save-dev remark-lint-not-installed-anywhere\)\n$/],
    ['remark-lint-broken', /^postlint: remarkLint: "remark-lint-broken" failed to load: this plugin is broken\n$/],
    ['remark-lint-number', /^postlint: remarkLint: "remark-lint-number" is neither a remark plugin nor a preset\n$/],
  ];
  for (const [name, message] of cases) {
    writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({remarkLint: [name]}));
    const result = postlint(['--offline', '.'], {cwd: root});
    assert.equal(result.code, 2, name);
    assert.match(result.stderr, message);
    assert.equal(result.stdout, '');
  }
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({remarkLint: [42]}));
  assert.equal(postlint(['--offline', '.'], {cwd: root}).code, 2);
});

/** "path:line:column source:rule severity" rows from remark-cli's default report (vfile-reporter). */
function reported(stderr) {
  const rows = [];
  let path;
  for (const line of stderr.split('\n')) {
    const message = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(error|warning)\s.*?\s(\S+)\s+(\S+)\s*$/.exec(line);
    if (message) rows.push(`${path}:${message[1]}:${message[2]} ${message[5]}:${message[4]} ${message[3]}`);
    else if (/^\S+\.md$/.test(line.trim())) path = line.trim();
  }
  return rows;
}

/** Run the real remark-cli in `cwd`. */
function remark(args, cwd) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'remark-cli', 'cli.js'), ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}, timeout: 60_000});
  if (result.error) throw result.error;
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A Hugo site with postlint installed in its node_modules (a link to this package). */
function siteWithPostlint(files) {
  const root = tempSite(files);
  mkdirSync(join(root, 'node_modules'), {recursive: true});
  symlinkSync(repoRoot, join(root, 'node_modules', 'postlint'), 'dir');
  return root;
}

test('postlint/remark in the real remark-cli: file rules read front matter and detect the site themselves', () => {
  const root = siteWithPostlint({
    'hugo.toml': 'title = "t"\n',
    'content/posts/draft.md': '---\ntitle: Draft\ndate: 2025-01-01\ndraft: true\n---\n\nWe host on Github. TODO write more.\n',
    // Outside Hugo's content folder a `draft: true` is a template's, not a post's (the site was detected).
    'archetypes/default.md': '---\ntitle: New\ndate: 2025-01-01\ndraft: true\n---\n',
  });
  const result = remark(['--use', 'postlint/remark', '--no-stdout', '--no-color', 'content', 'archetypes'], root);
  assert.deepEqual(reported(result.stderr), [
    'content/posts/draft.md:4:1 postlint:no-drafts error',
    'content/posts/draft.md:7:12 postlint:brand-casing warning',
    // The draft's TODO is left alone: it is not going live yet (its words are still checked).
  ]);
  assert.equal(result.code, 1);
});

test('postlint/remark: a rule picked alone with its options (no remark-frontmatter in the pipeline), and postlint\'s config read from the site', () => {
  const root = siteWithPostlint({
    'hugo.toml': 'title = "t"\n',
    '.remarkrc.mjs': "import {rules} from 'postlint/remark'\nexport default {plugins: [[rules['no-drafts'], ['warn', {allow: ['content/wip/**']}]], rules['spelling']]}\n",
    'content/wip/a.md': '---\ntitle: A\ndate: 2025-01-01\ndraft: true\n---\n\nText.\n',
    'content/posts/b.md': '---\ntitle: B\ndate: 2025-01-01\ndraft: true\n---\n\nThe parcel was recieved.\n',
  });
  const result = remark(['--no-stdout', '--no-color', 'content'], root);
  assert.deepEqual(reported(result.stderr), [
    'content/posts/b.md:4:1 postlint:no-drafts warning',
    'content/posts/b.md:7:16 postlint:spelling warning',
  ]);
  // postlint's config is found from the file's folder upward: a word it accepts is no longer reported.
  writeFileSync(join(root, '.postlintrc.json'), JSON.stringify({spelling: {words: ['recieved']}}));
  assert.deepEqual(reported(remark(['--no-stdout', '--no-color', 'content'], root).stderr), ['content/posts/b.md:4:1 postlint:no-drafts warning']);
});

test('postlint/remark: a file with an error that is still running is not taken as finished, so remark-cli never exits 0 in silence', () => {
  // unified-engine flushes its queue without a file that already has a fatal message. A gate
  // between two postlint rules forces the ordering that lost the report: the draft has its
  // no-drafts error and is still running when the other file is queued.
  const gate = `
let draftWaiting; const draftAtGate = new Promise((resolve) => { draftWaiting = resolve });
let cleanPassed; const cleanThrough = new Promise((resolve) => { cleanPassed = resolve });
function gate() {
  return async (tree, file) => {
    if (file.stem === 'draft') {
      draftWaiting();
      await cleanThrough;
      // The other file's remaining steps (no I/O) all run before this turn of the loop ends.
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      await draftAtGate;
      cleanPassed();
    }
  };
}
`;
  const root = siteWithPostlint({
    'hugo.toml': 'title = "t"\n',
    '.remarkrc.mjs': `import {rules} from 'postlint/remark'\n${gate}\nexport default {plugins: [rules['no-drafts'], gate, rules['no-empty-headings']]}\n`,
    'content/posts/draft.md': '---\ntitle: Draft\ndate: 2025-01-01\ndraft: true\n---\n\nText.\n',
    'content/posts/clean.md': '---\ntitle: Clean\ndate: 2025-01-01\n---\n\nText.\n',
  });
  const result = remark(['--no-stdout', '--no-color', 'content'], root);
  assert.deepEqual(reported(result.stderr), ['content/posts/draft.md:4:1 postlint:no-drafts error']);
  assert.match(result.stderr, /content\/posts\/clean\.md: no issues found/);
  assert.equal(result.code, 1);
});
