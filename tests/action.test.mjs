// action.yml: valid YAML with documented inputs; its run: steps executed locally as Actions would.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import {fixtures, repoRoot} from './helpers.mjs';

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));

test('action.yml is a composite action with documented inputs and the link cache', () => {
  assert.equal(typeof action.name, 'string');
  assert.equal(typeof action.description, 'string');
  assert.equal(action.runs.using, 'composite');
  for (const name of ['paths', 'config', 'format', 'check-links']) assert.ok(action.inputs[name], `input ${name}`);
  for (const [name, input] of Object.entries(action.inputs)) {
    assert.ok(typeof input.description === 'string' && input.description.length > 10, `input ${name} has a description`);
    assert.equal(typeof input.default, 'string', `input ${name} has a default`);
  }
  const uses = action.runs.steps.filter((step) => step.uses).map((step) => step.uses);
  assert.ok(uses.includes('actions/cache/restore@v4') && uses.includes('actions/cache/save@v4'), uses.join(', '));
  for (const step of action.runs.steps.filter((s) => s.uses?.startsWith('actions/cache/'))) {
    assert.equal(step.with.path, '${{ inputs.working-directory }}/.postlint-cache');
  }
  // The cache is saved even when postlint fails the step.
  assert.match(action.runs.steps.find((s) => s.uses === 'actions/cache/save@v4').if, /always\(\)/);
  for (const step of action.runs.steps.filter((s) => s.run)) assert.equal(step.shell, 'bash');
});

/** Replace ${{ … }} the way the runner would, for the expressions the action uses. */
function expand(value, inputs) {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) {
      assert.ok(input[1] in action.inputs, `unknown input ${input[1]}`);
      return inputs[input[1]] ?? action.inputs[input[1]].default;
    }
    if (expression === 'github.action_path') return repoRoot;
    if (expression === 'github.base_ref') return '';
    throw new Error(`the test does not know the expression ${expression}`);
  });
}

/** Run every run: step of the action in order, as the runner's bash would; stops at the first failure. */
function runAction(given, files = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'postlint-action-'));
  cpSync(join(fixtures, 'summary'), workspace, {recursive: true});
  for (const [path, text] of Object.entries(files)) writeFileSync(join(workspace, path), text);
  const summary = join(workspace, '..', `${workspace.split('/').pop()}-summary.md`);
  writeFileSync(summary, '');
  let output = '';
  let code = 0;
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    const env = {...process.env, NO_COLOR: '1', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, GITHUB_ACTION_PATH: repoRoot};
    for (const key of ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_SHA']) delete env[key];
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value, given);
    const cwd = resolve(workspace, expand(step['working-directory'] ?? '.', given));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {cwd, env, encoding: 'utf8', timeout: 60_000});
    output += result.stdout + result.stderr;
    code = result.status;
    if (code !== 0) break;
  }
  return {code, output, summary: readFileSync(summary, 'utf8')};
}

test('the action annotates problems, caches links and writes the job summary', () => {
  const {code, output, summary} = runAction({paths: 'content'});
  assert.equal(code, 1, output);
  assert.match(output, /^postlint --format github --cache {2}content$/m);
  assert.match(output, /^::error file=content\/posts\/launch\.md,line=4,col=1,.*title=postlint no-drafts::Post is a draft/m);
  assert.match(output, /^::error file=content\/posts\/untitled\.md,line=1,col=1,.*title=postlint front-matter::/m);
  assert.match(summary, /^### postlint: \d+ errors?, \d+ warnings? in \d+ files? \(4 checked\)$/m);
  assert.match(summary, /\[content\/posts\/launch\.md:4:1\]\(content\/posts\/launch\.md#L4\)/);
});

test('the action passes its inputs: format, offline, paths on several lines, extra options', () => {
  const {code, output} = runAction({
    'check-links': 'false',
    format: 'json',
    paths: 'content/posts/welcome.md\ncontent/posts/launch.md\n',
    args: '--rule no-drafts:off',
  });
  assert.equal(code, 0, output);
  const [command, ...rest] = output.split('\n');
  assert.equal(command, 'postlint --format json --offline --rule no-drafts:off content/posts/welcome.md content/posts/launch.md');
  const json = JSON.parse(rest.join('\n'));
  assert.deepEqual(json.map((file) => file.filePath.split('/').slice(-1)[0]), ['launch.md', 'welcome.md']);
  assert.deepEqual(json.flatMap((file) => file.messages), []);
});

test('the action reads a config file given as input', () => {
  const inputs = {'check-links': 'false', config: 'ci-postlint.json'};
  const missing = runAction(inputs);
  assert.equal(missing.code, 2, missing.output);
  assert.match(missing.output, /ci-postlint\.json/);
  const config = JSON.stringify({rules: {'no-drafts': 'off', 'front-matter': 'off'}});
  const {code, output} = runAction(inputs, {'ci-postlint.json': config});
  assert.match(output, /^postlint --format github --config ci-postlint\.json --offline {2}\.$/m);
  assert.doesNotMatch(output, /no-drafts|front-matter/);
  assert.equal(code, 0, output);
});
