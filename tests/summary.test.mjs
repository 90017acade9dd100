// --format markdown and the GitHub job summary (GITHUB_STEP_SUMMARY).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {postlint, postlintJson, repoRoot, tempSite} from './helpers.mjs';

// Outside GitHub Actions whatever runs the tests: links are relative unless a test sets these.
const noGithub = {GITHUB_SERVER_URL: undefined, GITHUB_REPOSITORY: undefined, GITHUB_SHA: undefined, GITHUB_WORKSPACE: undefined, GITHUB_STEP_SUMMARY: undefined};
const draft = (n) => `---\ntitle: Post ${n}\ndate: 2024-01-02\ndraft: true\n---\n\nText of post ${n}.\n`;
const summaryArgs = ['--offline', '--now', '2025-06-01', 'fixtures/summary'];

/** The counts per rule and the findings in order, from the JSON report of the same run. */
function expected(json, cwd) {
  const perRule = new Map();
  const rows = [];
  for (const file of json) {
    for (const m of file.messages) {
      const row = perRule.get(m.ruleId) ?? {errors: 0, warnings: 0};
      m.severity === 2 ? row.errors++ : row.warnings++;
      perRule.set(m.ruleId, row);
      rows.push({path: file.filePath.slice(cwd.length + 1), line: m.line, column: m.column, level: m.severity === 2 ? 'error' : 'warning', ruleId: m.ruleId});
    }
  }
  return {perRule, rows};
}

test('--format markdown counts per rule and lists the problems with file:line links', () => {
  const {json} = postlintJson(summaryArgs, {env: noGithub});
  const {code, stdout} = postlint(['--format', 'markdown', ...summaryArgs], {env: noGithub});
  assert.equal(code, 1);
  const {perRule, rows} = expected(json, repoRoot);
  const errors = rows.filter((r) => r.level === 'error').length;
  const warnings = rows.length - errors;
  const lines = stdout.split('\n');
  assert.match(lines[0], new RegExp(`^### postlint: ${errors} errors?, ${warnings} warnings? in \\d+ files? \\(4 checked\\)$`));
  for (const [id, row] of perRule) assert.ok(lines.includes(`| [${id}](https://github.com/postlint/postlint/blob/main/docs/rules/${id}.md) | ${row.errors} | ${row.warnings} |`), `row for ${id} in:\n${stdout}`);
  const listed = lines.filter((line) => line.startsWith('- **'));
  assert.equal(listed.length, rows.length);
  rows.forEach((row, i) => {
    const where = `${row.path}:${row.line}:${row.column}`;
    assert.ok(listed[i].startsWith(`- **${row.level}** [${where}](${row.path}#L${row.line}) `), listed[i]);
    assert.ok(listed[i].endsWith(`(\`${row.ruleId}\`)`), listed[i]);
  });
  // A message's code span stays a code span.
  assert.ok(listed.some((line) => line.includes('`draft: true`')), stdout);
});

test('--format markdown lists the first 20 problems and counts them all', () => {
  const files = {};
  for (let n = 1; n <= 25; n++) files[`post-${String(n).padStart(2, '0')}.md`] = draft(n);
  const root = tempSite(files);
  const {stdout} = postlint(['--no-config', '--format', 'markdown', '--rule', 'front-matter:off', '.'], {cwd: root, env: noGithub});
  assert.match(stdout, /^### postlint: 25 errors, 0 warnings in 25 files \(25 checked\)$/m);
  assert.match(stdout, /^\| \[no-drafts\]\(https:\/\/github\.com\/postlint\/postlint\/blob\/main\/docs\/rules\/no-drafts\.md\) \| 25 \| 0 \|$/m);
  assert.match(stdout, /^First 20 of 25 problems:$/m);
  const listed = stdout.split('\n').filter((line) => line.startsWith('- **'));
  assert.equal(listed.length, 20);
  assert.ok(listed[19].startsWith('- **error** [post-20.md:4:1](post-20.md#L4) '), listed[19]);
});

test('--format markdown links to the file on GitHub inside GitHub Actions', () => {
  const env = {...noGithub, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/site', GITHUB_SHA: 'abc123', GITHUB_WORKSPACE: repoRoot};
  const {stdout} = postlint(['--format', 'markdown', ...summaryArgs], {env});
  assert.ok(stdout.includes('[fixtures/summary/content/posts/launch.md:4:1](https://github.com/owner/site/blob/abc123/fixtures/summary/content/posts/launch.md#L4)'), stdout);
});

test('--format markdown says so when there is nothing to report', () => {
  const root = tempSite({'post.md': '---\ntitle: Fine\ndate: 2024-01-02\n---\n\nAll good here.\n'});
  const {code, stdout} = postlint(['--no-config', '--offline', '--format', 'markdown', '.'], {cwd: root, env: noGithub});
  assert.equal(code, 0);
  assert.equal(stdout, '### postlint: no problems in 1 file\n');
});

test('GITHUB_STEP_SUMMARY gets the summary appended, whatever --format prints', () => {
  const summary = join(mkdtempSync(join(tmpdir(), 'postlint-summary-')), 'summary.md');
  writeFileSync(summary, '# Earlier step\n');
  const env = {...noGithub, GITHUB_STEP_SUMMARY: summary};
  const first = postlintJson(summaryArgs, {env});
  assert.equal(first.code, 1);
  const markdown = postlint(['--format', 'markdown', ...summaryArgs], {env: noGithub}).stdout;
  assert.equal(readFileSync(summary, 'utf8'), `# Earlier step\n${markdown}\n`);
  postlint(['--format', 'github', ...summaryArgs], {env});
  assert.equal(readFileSync(summary, 'utf8'), `# Earlier step\n${markdown}\n${markdown}\n`);
});

test('docs/ci.md shows the summary rendered from fixtures/summary', () => {
  const readme = readFileSync(join(repoRoot, 'docs', 'ci.md'), 'utf8');
  const block = /<!-- summary-example: postlint --format markdown (.+?) -->\n```markdown\n([\s\S]*?)```\n/.exec(readme);
  assert.ok(block, 'docs/ci.md has a summary-example block');
  assert.equal(block[1], summaryArgs.join(' '));
  const {stdout} = postlint(['--format', 'markdown', ...summaryArgs], {env: noGithub});
  assert.equal(block[2], stdout, `docs/ci.md example is stale; run: npm run build && node scripts/readme-summary.mjs`);
});
