// Discovery and file-level failures: what gets checked, what is skipped, and what a bad file does to a run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {execFileSync, spawnSync} from 'node:child_process';
import {join, relative} from 'node:path';
import {cliPath, postlint, postlintJson, findings, tempSite, worldReadableCli} from './helpers.mjs';

const ok = '---\ntitle: Fine\ndate: 2020-01-01\n---\n\nText.\n';
const draft = '---\ntitle: Draft\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n';

/** Every file in a JSON report, relative to root, with its messages' rule ids ("fatal" when none). */
function report(json, root) {
  return json.map((f) => `${f.filePath.slice(root.length + 1)} ${f.messages.map((m) => m.ruleId ?? 'fatal').join(',')}`.trim());
}

test('a binary file is a fatal message on that file; the other files are still checked', () => {
  const root = tempSite({'a.md': draft, 'b-binary.md': 'PNG\u0000\u0001\u0002', 'c.md': ok});
  const {code, json} = postlintJson(['.'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(report(json, root), ['a.md no-drafts', 'b-binary.md fatal', 'c.md']);
  const fatal = json[1].messages[0];
  assert.deepEqual(fatal, {ruleId: null, severity: 2, fatal: true, message: 'File looks binary (it contains NUL bytes); not checked', line: 1, column: 1});
  assert.equal(json[1].fatalErrorCount, 1);
});

test('a file that is not UTF-8 (Latin-1, UTF-16) is a fatal message, and the run goes on; a UTF-8 BOM is fine', () => {
  const root = tempSite({'a.md': ok});
  writeFileSync(join(root, 'latin1.md'), Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1'));
  writeFileSync(join(root, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Title\n', 'utf16le')]));
  writeFileSync(join(root, 'with-bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(draft)]));
  const {code, json} = postlintJson(['.'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(report(json, root), ['a.md', 'latin1.md fatal', 'utf16.md fatal', 'with-bom.md no-drafts']);
  assert.equal(json[1].messages[0].message, 'File is not valid UTF-8; save it as UTF-8 to check it');
  assert.equal(json[2].messages[0].message, 'File is UTF-16, not UTF-8; save it as UTF-8 to check it');
  // A UTF-8 byte-order mark is allowed and does not shift positions.
  assert.deepEqual(findings([json[3]], root), ['with-bom.md:4:1 no-drafts']);
});

test('a file over maxFileSize is reported, not parsed', () => {
  const root = tempSite({'.postlintrc.json': '{"maxFileSize": 100}', 'big.md': `${ok}${'words '.repeat(40)}\n`, 'small.md': ok});
  const {code, json} = postlintJson(['.'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(report(json, root), ['big.md fatal', 'small.md']);
  assert.match(json[0].messages[0].message, /^File is too large to check \(\d+ bytes; the limit is 100 bytes, set by maxFileSize\)$/);
});

test('an unreadable file is a fatal message (run as an unprivileged user, since root reads anything)', (t) => {
  const root = tempSite({'a.md': draft, 'secret.md': ok});
  chmodSync(join(root, 'secret.md'), 0o000);
  let result;
  if (process.getuid?.() === 0) {
    // mkdtemp makes 0700 folders; the unprivileged user must be able to enter this one.
    chmodSync(root, 0o755);
    const nobody = 65534;
    // The built CLI too: the checkout may sit in a folder the unprivileged user cannot enter.
    result = spawnSync(process.execPath, [worldReadableCli(), '--format', 'json', '.'], {cwd: root, uid: nobody, gid: nobody, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
    if (result.error?.code === 'EPERM') {
      t.skip('cannot switch to an unprivileged user here, and root can read a chmod 000 file');
      return;
    }
  } else {
    result = spawnSync(process.execPath, [cliPath, '--format', 'json', '.'], {cwd: root, encoding: 'utf8'});
  }
  assert.equal(result.status, 1, result.stderr);
  const json = JSON.parse(result.stdout);
  assert.deepEqual(report(json, root), ['a.md no-drafts', 'secret.md fatal']);
  assert.equal(json[1].messages[0].message, 'Cannot read file: permission denied');
});

test('a path that does not exist is exit 2 with one clear line', () => {
  const root = tempSite({'a.md': ok});
  const {code, stdout, stderr} = postlint(['a.md', 'missing.md'], {cwd: root});
  assert.deepEqual([code, stdout, stderr], [2, '', 'postlint: No such file or directory: missing.md\n']);
  const glob = postlint(['nothing/**/*.md'], {cwd: root});
  assert.deepEqual([glob.code, glob.stderr], [2, 'postlint: No files match the pattern "nothing/**/*.md"\n']);
});

test('symlink loops do not hang; a linked folder is walked once; a looping link named on the command line is exit 2', () => {
  const root = tempSite({'posts/a.md': draft});
  symlinkSync('..', join(root, 'posts', 'up'));
  symlinkSync(join(root, 'posts'), join(root, 'again'));
  symlinkSync('self.md', join(root, 'self.md'));
  const {code, json} = postlintJson(['.'], {cwd: root});
  assert.equal(code, 1);
  // Walked in name order, the folder is first reached as again/ and not walked again as posts/.
  assert.deepEqual(findings(json, root), ['again/a.md:4:1 no-drafts']);
  const loop = postlint(['self.md'], {cwd: root});
  assert.deepEqual([loop.code, loop.stderr], [2, 'postlint: Broken or looping symbolic link: self.md\n']);
});

test('a folder named x.md is walked, not read as a file; a FIFO named on the command line does not block', () => {
  const root = tempSite({'x.md/inner.md': draft, 'y.markdown': draft, 'notes.txt': 'draft: true'});
  execFileSync('mkfifo', [join(root, 'pipe.md')]);
  const {code, json} = postlintJson(['.'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(report(json, root), ['x.md/inner.md no-drafts', 'y.markdown no-drafts']);
  const fifo = postlintJson(['pipe.md', 'y.markdown'], {cwd: root});
  assert.equal(fifo.code, 1);
  assert.deepEqual(report(fifo.json, root), ['pipe.md fatal', 'y.markdown no-drafts']);
  assert.equal(fifo.json[0].messages[0].message, 'Cannot read file: it is not a regular file');
});

test('extensions setting: which files a folder walk picks up; a file named explicitly is always checked', () => {
  const root = tempSite({'.postlintrc.json': '{"extensions": ["mdx", ".txt"]}', 'a.md': draft, 'b.mdx': draft, 'c.txt': draft});
  assert.deepEqual(report(postlintJson(['.'], {cwd: root}).json, root), ['b.mdx no-drafts', 'c.txt no-drafts']);
  assert.deepEqual(report(postlintJson(['a.md'], {cwd: root}).json, root), ['a.md no-drafts']);
});

test('node_modules, .git, .gitignore, nested .postlintignore and config ignore are skipped', () => {
  const root = tempSite({
    '.gitignore': 'build/\n*.tmp.md\n',
    '.postlintrc.json': JSON.stringify({ignore: ['content/archive/**']}),
    'content/post.md': draft,
    'content/old.tmp.md': draft,
    'content/archive/2001.md': draft,
    'content/notes/.postlintignore': 'private.md\n',
    'content/notes/private.md': draft,
    'content/notes/public.md': draft,
    'build/out.md': draft,
    'node_modules/pkg/README.md': draft,
    '.git/info.md': draft,
  });
  const {code, json} = postlintJson(['.'], {cwd: root});
  assert.equal(code, 1);
  assert.deepEqual(report(json, root), ['content/notes/public.md no-drafts', 'content/post.md no-drafts']);
  // Ignore files in the folders above a walked path still apply; config ignore is relative to the config file.
  const sub = postlintJson(['notes', '.'], {cwd: join(root, 'content')});
  assert.deepEqual(report(sub.json, join(root, 'content')), ['notes/public.md no-drafts', 'post.md no-drafts']);
  // Files named one by one (as a pre-commit hook does): .postlintignore and config ignore apply, .gitignore does not.
  const named = postlintJson(['content/post.md', 'content/old.tmp.md', 'content/archive/2001.md', 'content/notes/private.md'], {cwd: root});
  assert.deepEqual(report(named.json, root), ['content/old.tmp.md no-drafts', 'content/post.md no-drafts']);
});

test('globs are expanded by postlint and results are sorted and deduplicated', () => {
  const root = tempSite({'b/2.md': draft, 'a/1.md': draft, 'a/skip.txt': draft});
  mkdirSync(join(root, 'empty'));
  const {json} = postlintJson(['b/*.md', 'a/**/*.md', 'a/1.md'], {cwd: root});
  assert.deepEqual(report(json, root), ['a/1.md no-drafts', 'b/2.md no-drafts']);
});

test('a folder named on the command line is walked even when an ignore file above it lists it', () => {
  const root = tempSite({
    '.gitignore': 'build/\n',
    'build/site/a.md': '# A\n\nText.\n',
    'build/site/.postlintignore': 'skip.md\n',
    'build/site/skip.md': '# Skip\n\nText.\n',
    'docs/b.md': '# B\n\nText.\n',
  });
  mkdirSync(join(root, '.git'));
  const listed = (args) => postlintJson(['--offline', ...args], {cwd: root}).json.map((f) => relative(root, f.filePath)).sort();
  assert.deepEqual(listed(['.']), ['docs/b.md']);
  assert.deepEqual(listed(['build/site']), ['build/site/a.md']);
});
