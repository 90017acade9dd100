// action.yml: valid YAML with documented inputs; its run: steps executed locally as Actions would,
// with the packed package (npm pack of this checkout) standing in for the one on npm.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import {fixtures, repoRoot} from './helpers.mjs';

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));
// One runner temp folder for the whole file: the package is installed once, as on a runner
// that runs the action several times in a job.
const runnerTemp = mkdtempSync(join(tmpdir(), 'postlint-runner-'));
let tarball;

before(() => {
  const out = join(runnerTemp, 'pack');
  mkdirSync(out);
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', out], {cwd: repoRoot, encoding: 'utf8', timeout: 120_000}).trim().split('\n').pop();
  tarball = join(out, name);
});

test('action.yml is a composite action with documented inputs, the link cache, SARIF, and no setup-node', () => {
  assert.equal(typeof action.name, 'string');
  assert.equal(typeof action.description, 'string');
  assert.equal(action.runs.using, 'composite');
  for (const name of ['paths', 'config', 'format', 'check-links', 'changed', 'args', 'sarif-file', 'upload-sarif', 'package']) assert.ok(action.inputs[name], `input ${name}`);
  for (const [name, input] of Object.entries(action.inputs)) {
    assert.ok(typeof input.description === 'string' && input.description.length > 10, `input ${name} has a description`);
    assert.equal(typeof input.default, 'string', `input ${name} has a default`);
  }
  assert.equal(action.outputs['sarif-file'].value, '${{ steps.run.outputs.sarif-file }}');
  const uses = action.runs.steps.filter((step) => step.uses).map((step) => step.uses);
  assert.ok(uses.includes('actions/cache/restore@v4') && uses.includes('actions/cache/save@v4'), uses.join(', '));
  // Nothing that changes the Node of the workflow's later steps.
  assert.ok(!uses.some((name) => name.startsWith('actions/setup-node')), uses.join(', '));
  for (const step of action.runs.steps.filter((s) => s.uses?.startsWith('actions/cache/'))) {
    assert.equal(step.with.path, '${{ inputs.working-directory }}/.postlint-cache');
  }
  // The cache is saved even when postlint fails the step; the SARIF upload too.
  assert.match(action.runs.steps.find((s) => s.uses === 'actions/cache/save@v4').if, /always\(\)/);
  const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.match(upload.if, /always\(\) && inputs\.upload-sarif == 'true' && steps\.run\.outputs\.sarif-file != ''/);
  assert.equal(upload.with.sarif_file, '${{ steps.run.outputs.sarif-file }}');
  for (const step of action.runs.steps.filter((s) => s.run)) assert.equal(step.shell, 'bash');
});

/** Replace ${{ … }} the way the runner would, for the expressions the action uses. */
function expand(value, inputs, outputs) {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) {
      assert.ok(input[1] in action.inputs, `unknown input ${input[1]}`);
      return inputs[input[1]] ?? action.inputs[input[1]].default;
    }
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return outputs[output[1]]?.[output[2]] ?? '';
    if (expression === 'github.action_path') return repoRoot;
    if (expression === 'github.base_ref') return inputs.baseRef ?? '';
    throw new Error(`the test does not know the expression ${expression}`);
  });
}

/** A step's outputs, as the runner reads them from $GITHUB_OUTPUT (name=value lines). */
function readOutputs(file) {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/** Run every run: step of the action in order, as the runner's bash would; stops at the first failure. */
function runAction(given, {files = {}, workspace, env: extraEnv = {}} = {}) {
  const inputs = {package: tarball, ...given};
  if (!workspace) {
    workspace = mkdtempSync(join(tmpdir(), 'postlint-action-'));
    cpSync(join(fixtures, 'summary'), workspace, {recursive: true});
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), {recursive: true});
    writeFileSync(join(workspace, path), text);
  }
  const runnerFiles = mkdtempSync(join(tmpdir(), 'postlint-runner-files-'));
  const summary = join(runnerFiles, 'summary.md');
  const githubPath = join(runnerFiles, 'path');
  const githubEnv = join(runnerFiles, 'env');
  for (const file of [summary, githubPath, githubEnv]) writeFileSync(file, '');
  let output = '';
  let code = 0;
  const outputs = {};
  for (const [i, step] of action.runs.steps.entries()) {
    if (!step.run) continue;
    const outputFile = join(runnerFiles, `output-${i}`);
    writeFileSync(outputFile, '');
    const env = {
      ...process.env,
      NO_COLOR: '1',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputFile,
      GITHUB_PATH: githubPath,
      GITHUB_ENV: githubEnv,
      GITHUB_ACTION_PATH: repoRoot,
      RUNNER_TEMP: runnerTemp,
      ...extraEnv,
    };
    for (const key of ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_SHA']) delete env[key];
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value, inputs, outputs);
    const cwd = resolve(workspace, expand(step['working-directory'] ?? '.', inputs, outputs));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {cwd, env, encoding: 'utf8', timeout: 180_000});
    output += result.stdout + result.stderr;
    code = result.status;
    if (step.id) outputs[step.id] = readOutputs(outputFile);
    if (code !== 0) break;
  }
  // Nothing leaks into the workflow's later steps.
  assert.equal(readFileSync(githubPath, 'utf8'), '', 'the action adds nothing to GITHUB_PATH');
  assert.equal(readFileSync(githubEnv, 'utf8'), '', 'the action sets nothing in GITHUB_ENV');
  return {code, output, outputs, workspace, summary: readFileSync(summary, 'utf8')};
}

const commandLine = (output) => output.split('\n').find((line) => line.startsWith('postlint --format'));

test('the action installs the packed package, annotates problems, caches links and writes the job summary', () => {
  const {code, output, outputs, summary} = runAction({paths: 'content'});
  assert.equal(code, 1, output);
  // The package, not this checkout: installed under the runner's temp folder, with the runner's Node.
  assert.ok(outputs.setup.cli.startsWith(runnerTemp) && outputs.setup.cli.endsWith('/node_modules/postlint/dist/bin/cli.js'), outputs.setup.cli);
  assert.ok(existsSync(outputs.setup.cli));
  assert.equal(outputs.setup.node, execFileSync('bash', ['-c', 'command -v node'], {encoding: 'utf8'}).trim());
  assert.equal(commandLine(output), 'postlint --format github --cache content');
  assert.match(output, /^::error file=content\/posts\/launch\.md,line=4,col=1,.*title=postlint no-drafts::Post is a draft/m);
  assert.match(output, /^::error file=content\/posts\/untitled\.md,line=1,col=1,.*title=postlint front-matter::/m);
  assert.match(summary, /^### postlint: \d+ errors?, \d+ warnings? in \d+ files? \(4 checked\)$/m);
  assert.match(summary, /\[content\/posts\/launch\.md:4:1\]\(content\/posts\/launch\.md#L4\)/);
  assert.equal(outputs.run['sarif-file'], undefined, 'no SARIF unless asked');
});

test('the action passes its inputs: format, offline, paths on several lines, extra options', () => {
  const {code, output} = runAction({
    'check-links': 'false',
    format: 'json',
    paths: 'content/posts/welcome.md\ncontent/posts/launch.md\n',
    args: '--rule no-drafts:off',
  });
  assert.equal(code, 0, output);
  const lines = output.split('\n');
  const at = lines.findIndex((line) => line.startsWith('postlint --format'));
  assert.equal(lines[at], 'postlint --format json --offline --rule no-drafts:off content/posts/welcome.md content/posts/launch.md');
  const json = JSON.parse(lines.slice(at + 1).join('\n'));
  assert.deepEqual(json.map((file) => file.filePath.split('/').slice(-1)[0]), ['launch.md', 'welcome.md']);
  assert.deepEqual(json.flatMap((file) => file.messages), []);
});

test('quoted arguments and paths reach postlint as one argument each, and nothing is expanded', () => {
  const files = {'content/my posts/a post.md': '---\ntitle: T\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n'};
  const {code, output} = runAction(
    {'check-links': 'false', format: 'compact', paths: '"content/my posts/a post.md" \'content/posts/welcome.md\'', args: `--rule "front-matter:off" --max-warnings '0' --rule no-drafts:\\warn`},
    {files},
  );
  assert.equal(commandLine(output), "postlint --format compact --offline --rule front-matter:off --max-warnings 0 --rule no-drafts:warn content/my\\ posts/a\\ post.md content/posts/welcome.md");
  assert.match(output, /^content\/my posts\/a post\.md:4:1: warning Post is a draft/m);
  assert.equal(code, 1, output); // one warning, more than --max-warnings 0
  const injected = runAction({'check-links': 'false', paths: 'content', args: '--rule "$(touch pwned)" `touch pwned2`'});
  assert.equal(injected.code, 2, injected.output);
  assert.ok(!existsSync(join(injected.workspace, 'content', 'pwned')) && !existsSync(join(injected.workspace, 'pwned')) && !existsSync(join(injected.workspace, 'pwned2')));
  const unmatched = runAction({'check-links': 'false', args: '--rule "no-drafts:off'});
  assert.equal(unmatched.code, 2);
  assert.match(unmatched.output, /^::error title=postlint::The args input has an unmatched quote/m);
});

test('working-directory: postlint runs in a subfolder, and annotations still name files from the workspace', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'postlint-action-sub-'));
  cpSync(join(fixtures, 'summary'), join(workspace, 'site'), {recursive: true});
  const {code, output} = runAction({'check-links': 'false', 'working-directory': 'site', paths: 'content'}, {workspace});
  assert.equal(code, 1, output);
  assert.equal(commandLine(output), 'postlint --format github --offline content');
  assert.match(output, /^::error file=site\/content\/posts\/launch\.md,line=4,col=1,/m);
  assert.doesNotMatch(output, /^::\w+ file=content\//m);
});

test('the action reads a config file given as input', () => {
  const inputs = {'check-links': 'false', config: 'ci-postlint.json'};
  const missing = runAction(inputs);
  assert.equal(missing.code, 2, missing.output);
  assert.match(missing.output, /ci-postlint\.json/);
  const config = JSON.stringify({rules: {'no-drafts': 'off', 'front-matter': 'off'}});
  const {code, output} = runAction(inputs, {files: {'ci-postlint.json': config}});
  assert.equal(commandLine(output), 'postlint --format github --config ci-postlint.json --offline .');
  assert.doesNotMatch(output, /no-drafts|front-matter/);
  assert.equal(code, 0, output);
});

test('sarif-file: a SARIF report beside the annotations, its path as the output; the summary written once', () => {
  const {code, output, outputs, workspace, summary} = runAction({'check-links': 'false', paths: 'content', 'sarif-file': 'postlint.sarif'});
  assert.equal(code, 1, output);
  assert.equal(outputs.run['sarif-file'], join(workspace, 'postlint.sarif'));
  const log = JSON.parse(readFileSync(outputs.run['sarif-file'], 'utf8'));
  assert.equal(log.version, '2.1.0');
  assert.ok(log.runs[0].results.some((result) => result.ruleId === 'no-drafts'));
  assert.match(output, /^::error file=content\/posts\/launch\.md/m);
  assert.equal(summary.match(/^### postlint:/gm).length, 1);
  // upload-sarif alone writes the report in the runner's temp folder for the upload step.
  const upload = runAction({'check-links': 'false', paths: 'content', 'upload-sarif': 'true'});
  assert.equal(upload.outputs.run['sarif-file'], join(runnerTemp, 'postlint.sarif'));
  assert.ok(existsSync(upload.outputs.run['sarif-file']));
});

test('changed: true on a shallow clone says to use fetch-depth: 0', () => {
  const origin = mkdtempSync(join(tmpdir(), 'postlint-origin-'));
  cpSync(join(fixtures, 'summary'), origin, {recursive: true});
  const git = (args, cwd) => execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], {cwd, encoding: 'utf8', stdio: 'pipe'});
  git(['init', '-q'], origin);
  git(['add', '.'], origin);
  git(['commit', '-qm', 'one'], origin);
  writeFileSync(join(origin, 'content', 'posts', 'welcome.md'), readFileSync(join(origin, 'content', 'posts', 'welcome.md'), 'utf8') + '\nMore.\n');
  git(['commit', '-qam', 'two'], origin);
  const parent = mkdtempSync(join(tmpdir(), 'postlint-clone-'));
  git(['clone', '-q', '--depth', '1', `file://${origin}`, 'site'], parent);
  const workspace = join(parent, 'site');
  const shallow = runAction({'check-links': 'false', changed: 'true', baseRef: 'main'}, {workspace});
  assert.equal(shallow.code, 2, shallow.output);
  assert.match(shallow.output, /^::error title=postlint::changed: true needs the history .* the checkout is shallow .*'fetch-depth: 0'/m);
  git(['fetch', '-q', '--unshallow'], workspace);
  const full = runAction({'check-links': 'false', changed: 'true', baseRef: 'main'}, {workspace});
  assert.equal(commandLine(full.output), 'postlint --format github --offline --changed --base origin/main .');
  assert.notEqual(full.code, 2, full.output);
});

test('without Node 20 on the runner, the action downloads one for its own steps (from a mirror on loopback)', async (t) => {
  if (spawnSync('uname', ['-sm'], {encoding: 'utf8'}).stdout.trim() !== 'Linux x86_64') {
    t.skip('the stand-in Node tarball is named for linux-x64');
    return;
  }
  // A runner whose `node` is too old: a stand-in that says 18.
  const oldBin = mkdtempSync(join(tmpdir(), 'postlint-old-node-'));
  writeFileSync(join(oldBin, 'node'), '#!/bin/sh\necho 18\n');
  chmodSync(join(oldBin, 'node'), 0o755);
  // The "download": a tarball whose bin/node and bin/npm start this machine's Node and npm.
  const npm = execFileSync('bash', ['-c', 'command -v npm'], {encoding: 'utf8'}).trim();
  const build = mkdtempSync(join(tmpdir(), 'postlint-node-build-'));
  const top = join(build, 'node-v98.2.0-linux-x64');
  mkdirSync(join(top, 'bin'), {recursive: true});
  writeFileSync(join(top, 'bin', 'node'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} "$@"\n`);
  writeFileSync(join(top, 'bin', 'npm'), `#!/bin/sh\nexec ${JSON.stringify(npm)} "$@"\n`);
  for (const name of ['node', 'npm']) chmodSync(join(top, 'bin', name), 0o755);
  const site = join(build, 'mirror');
  mkdirSync(join(site, 'v98.2.0'), {recursive: true});
  execFileSync('tar', ['-czf', join(site, 'v98.2.0', 'node-v98.2.0-linux-x64.tar.gz'), '-C', build, 'node-v98.2.0-linux-x64']);
  writeFileSync(join(site, 'index.json'), '[\n{"version":"v99.1.0","date":"2026-11-01","lts":false},\n{"version":"v98.2.0","date":"2026-10-01","lts":"Testing"},\n{"version":"v97.0.0","date":"2026-04-01","lts":"Older"}\n]\n');
  // The mirror runs in a process of its own: the action's steps run synchronously in this one.
  const serve = `const {createServer} = require('node:http'); const {readFileSync, appendFileSync} = require('node:fs'); const {join} = require('node:path');
    const server = createServer((q, r) => { appendFileSync(process.argv[1] + '.log', q.url + '\\n'); try { r.end(readFileSync(join(process.argv[1], q.url))); } catch { r.writeHead(404).end(); } });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const mirrorProcess = spawn(process.execPath, ['-e', serve, site], {stdio: ['ignore', 'pipe', 'inherit']});
  try {
    const port = await new Promise((done, fail) => {
      mirrorProcess.stdout.once('data', (data) => done(Number(String(data).trim())));
      mirrorProcess.once('exit', () => fail(new Error('the mirror did not start')));
    });
    const env = {PATH: `${oldBin}:${process.env.PATH}`, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1', POSTLINT_NODE_MIRROR: `http://127.0.0.1:${port}`};
    const run = runAction({'check-links': 'false', paths: 'content'}, {env});
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /downloading v98\.2\.0 for postlint's own steps/);
    assert.equal(run.outputs.setup.node, join(runnerTemp, 'postlint-node', 'v98.2.0', 'bin', 'node'));
    assert.match(run.output, /^::error file=content\/posts\/launch\.md/m);
    assert.deepEqual(readFileSync(site + '.log', 'utf8').trim().split('\n'), ['/index.json', '/v98.2.0/node-v98.2.0-linux-x64.tar.gz']);
  } finally {
    mirrorProcess.kill();
  }
});
