// Adding a rule is adding one file: the rule of docs/adding-a-rule.md, written into a copy of the
// project and nothing else changed, builds (type-checked against the contract), shows in
// --list-rules, runs from the bundled CLI, gets its page and README row, and its header's
// examples pass. The copy reuses node_modules by a symlink and this checkout's build (dist/: its
// src and rules are what the copy holds, and no rule changes the word data), so the build here is
// tsc of the one new file with the project's own compiler options (type-checked against the
// contract it imports; nothing in src/ imports a rule, so a whole-project compile checks nothing
// more), the schema, the bundle and the rule pages. The copy's src/ holds the declarations tsc
// wrote for this checkout's src (dist/src/**/*.d.ts) and src's own .d.ts, not its sources: the
// rule is checked against the same types, without type-checking all of src again (13 → 2.6 s of CPU).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {repoRoot, tempSite} from './helpers.mjs';

/** The rule file as the guide shows it: the ````ts file=rules/… block. */
function guideRule() {
  const guide = readFileSync(join(repoRoot, 'docs', 'adding-a-rule.md'), 'utf8');
  const match = /^````ts file=(rules\/[\w-]+\.ts)\n([\s\S]*?)\n````$/m.exec(guide);
  assert.ok(match, 'docs/adding-a-rule.md shows a rule file in a ````ts file=rules/<id>.ts block');
  return {path: match[1], source: `${match[2]}\n`};
}

function sh(command, args, cwd) {
  const r = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 240_000});
  assert.equal(r.status, 0, `${command} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('a rule added as one file builds, lists, runs, gets its page and README row, and its examples pass', async () => {
  const {path, source} = guideRule();
  const id = path.replace(/^rules\/|\.ts$/g, '');
  const copy = mkdtempSync(join(tmpdir(), 'postlint-add-rule-'));
  try {
    for (const part of ['rules', 'scripts', 'tsconfig.json', 'package.json', 'README.md', 'docs']) cpSync(join(repoRoot, part), join(copy, part), {recursive: true});
    const declarations = (source) => statSync(source).isDirectory() || source.endsWith('.d.ts');
    for (const from of [join(repoRoot, 'dist', 'src'), join(repoRoot, 'src')]) cpSync(from, join(copy, 'src'), {recursive: true, filter: declarations});
    for (const part of ['src', 'rules', 'data']) cpSync(join(repoRoot, 'dist', part), join(copy, 'dist', part), {recursive: true});
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
    // The one file, compiled as `npm run build` compiles it (tsconfig.json's options, output in dist/rules).
    writeFileSync(join(copy, path), source);
    writeFileSync(join(copy, 'tsconfig.rule.json'), JSON.stringify({extends: './tsconfig.json', include: [path, 'src/**/*.d.ts']}));

    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    sh(process.execPath, [tsc, '-p', 'tsconfig.rule.json'], copy);
    assert.ok(existsSync(join(copy, 'dist', path.replace(/\.ts$/, '.js'))), 'the new rule is compiled into dist/rules');
    sh(process.execPath, ['dist/src/write-schema.js'], copy);
    sh(process.execPath, ['scripts/bundle.mjs'], copy);
    sh(process.execPath, ['scripts/rule-docs.mjs'], copy);

    // Listed and run by the bundled command, with its default level, options in the schema.
    const cli = join(copy, 'dist', 'bin', 'cli.js');
    assert.match(sh(process.execPath, [cli, '--list-rules'], copy), new RegExp(`^${id} +warn +Links whose text says nothing about where they lead`, 'm'));
    const site = tempSite({'post.md': 'Read [here](other.md) and [the guide](other.md).\n', 'other.md': '# Other\n\nText.\n'});
    const run = spawnSync(process.execPath, [cli, '--no-config', '--format', 'json', '--rule', 'front-matter:off', '.'], {cwd: site, encoding: 'utf8'});
    assert.equal(run.status, 0, run.stderr);
    const post = JSON.parse(run.stdout).find((file) => file.filePath.endsWith('post.md'));
    assert.deepEqual(post.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity} ${m.message}`), [
      `1:6 ${id} 1 Link text "here" says nothing about where it leads; name what it leads to`,
    ]);
    const schema = JSON.parse(readFileSync(join(copy, 'schema', 'postlint.schema.json'), 'utf8'));
    assert.deepEqual(schema.properties.rules.properties[id].else.items[1].default, {phrases: ['click here', 'here', 'this link']});
    const options = spawnSync(process.execPath, [cli, '--format', 'json', '.'], {cwd: tempSite({'post.md': 'Read [this link](other.md).\n', 'other.md': '# Other\n\nText.\n', '.postlintrc.json': JSON.stringify({rules: {[id]: ['error', {phrases: ['this link']}], 'front-matter': 'off'}})}), encoding: 'utf8'});
    assert.equal(options.status, 1, options.stderr);
    assert.deepEqual(JSON.parse(options.stdout).find((file) => file.filePath.endsWith('post.md')).messages.map((m) => [m.ruleId, m.severity]), [[id, 2]]);

    // Its page and README row, generated from the header and meta.
    const page = readFileSync(join(copy, 'docs', 'rules', `${id}.md`), 'utf8');
    assert.match(page, new RegExp(`^# ${id}\\n\\nDefault: \\*\\*warn\\*\\*`));
    assert.match(page, /^```md\nFor the details, \[click here\]\(guide\.md\)\.\n```$/m);
    assert.match(readFileSync(join(copy, 'README.md'), 'utf8'), new RegExp(`^\\| \\[\`${id}\`\\]\\(docs/rules/${id}\\.md\\) \\| warn \\| Links whose text says nothing about where they lead \\|$`, 'm'));

    // Its header's examples, run in process against the copy, as tests/rule-docs.test.mjs runs them.
    const docs = await import(pathToFileURL(join(copy, 'scripts', 'rule-docs.mjs')).href);
    const api = await import(pathToFileURL(join(copy, 'dist', 'src', 'index.js')).href);
    const rules = await api.loadRules();
    const examples = docs.examplesOf(docs.readHeader(source));
    assert.equal(examples.length, 2);
    for (const example of examples) {
      const folder = tempSite(Object.fromEntries(example.files.map((file) => [file.path, file.text])));
      const result = await api.run({cwd: folder, paths: ['.'], offline: true, useCache: false, workers: 0, log: () => undefined, ruleFlags: Object.fromEntries([...rules.keys()].filter((other) => other !== id).map((other) => [other, 'off']))});
      const found = result.files.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column}  ${m.fatal ? 'error' : 'warning'}  ${m.reason}  ${m.ruleId}`));
      assert.deepEqual(found, example.expected);
    }
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
});

