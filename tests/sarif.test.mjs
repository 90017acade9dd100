// SARIF against the official SARIF 2.1.0 schema (OASIS, errata 01, kept in fixtures/), from a
// checkout whose path has a space, over files whose names have spaces, commas, colons and
// non-ASCII letters.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {createRequire} from 'node:module';
import {fixtures, postlint, tempSite} from './helpers.mjs';

const require = createRequire(import.meta.url);
// The official schema is draft-04; ajv-draft-04 is Ajv for that draft, ajv-formats checks "uri" and "uri-reference".
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const schema = JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv04({allErrors: true, strict: false});
addFormats(ajv);
const validate = ajv.compile(schema);

const post = (title) => `---\ntitle: ${title}\ndate: 2020-01-01\n---\n\nSee [the part](#nowhere).\n`;
const names = ['content/posts/faq, part:1.md', 'content/posts/über café.md', 'content/my posts/naïve 100%.md'];

function lintSite() {
  // The checkout itself has a space (and a non-ASCII letter) in its path.
  const checkout = join(tempSite({}, 'postlint-sarif-'), 'my blog ö');
  for (const name of names) mkdirSync(join(checkout, name, '..'), {recursive: true});
  for (const name of names) writeFileSync(join(checkout, name), post('T'));
  writeFileSync(join(checkout, 'content/posts/binary.md'), 'a\u0000b');
  const {code, stdout, stderr} = postlint(['--format', 'sarif', '--offline', 'content'], {cwd: checkout});
  assert.equal(code, 1, stderr);
  return {checkout, log: JSON.parse(stdout)};
}

test('SARIF from awkward paths validates against the official 2.1.0 schema', () => {
  const {log} = lintSite();
  const valid = validate(log);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

test('SARIF URIs are percent-encoded and relative to a file: URL of the working directory', () => {
  const {checkout, log} = lintSite();
  const run = log.runs[0];
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(checkout).href + '/');
  assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*my%20blog%20%C3%B6\/$/);
  const uris = [...new Set(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))].sort();
  assert.deepEqual(uris, [
    'content/my%20posts/na%C3%AFve%20100%25.md',
    'content/posts/binary.md',
    'content/posts/faq%2C%20part%3A1.md',
    'content/posts/%C3%BCber%20caf%C3%A9.md',
  ].sort());
  for (const result of run.results) {
    const {uri, uriBaseId} = result.locations[0].physicalLocation.artifactLocation;
    assert.equal(uriBaseId, '%SRCROOT%');
    // Resolved against the base, each URI names the file on disk.
    const file = decodeURIComponent(new URL(uri, run.originalUriBaseIds['%SRCROOT%'].uri).pathname);
    assert.ok(file.startsWith(checkout + '/content/'), file);
  }
});

test('the schema check can fail: the unencoded URIs postlint used to write are rejected', () => {
  const {log} = lintSite();
  const broken = structuredClone(log);
  broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'content/my posts/naïve 100%.md';
  assert.equal(validate(broken), false);
  const base = structuredClone(log);
  base.runs[0].originalUriBaseIds['%SRCROOT%'].uri = 'file:///tmp/my blog/';
  assert.equal(validate(base), false);
});

test('SARIF rules carry fullDescription and help.markdown; results partialFingerprints; the invocation says whether every file was checked', () => {
  const {log} = lintSite();
  const run = log.runs[0];
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.fullDescription.text.length >= rule.shortDescription.text.length - 1, rule.id);
    assert.ok(rule.help.text.length > 0 && rule.help.markdown.length > 0, rule.id);
    assert.ok(rule.help.markdown.includes(rule.helpUri), `${rule.id} help links its page`);
  }
  const drafts = run.tool.driver.rules.find((rule) => rule.id === 'no-drafts');
  assert.equal(drafts.helpUri, 'https://github.com/postlint/postlint/blob/main/docs/rules/no-drafts.md');
  // The rule's page is the help shown in a code-scanning alert.
  assert.match(drafts.help.markdown, /`draft: true`/);
  assert.match(drafts.fullDescription.text, /Posts that would not be published/);
  // Relative links of a page become absolute: the alert is shown away from the page.
  const anchors = run.tool.driver.rules.find((rule) => rule.id === 'no-broken-anchors');
  assert.ok(anchors.help.markdown.includes('](https://github.com/postlint/postlint/blob/main/docs/rules/no-broken-anchors.md#slug-flavors-and-detection)'));
  for (const rule of run.tool.driver.rules) {
    const prose = rule.help.markdown.split(/^```[\s\S]*?^```|``[^`]+``|`[^`\n]+`/m).join('');
    assert.doesNotMatch(prose, /\]\((?!https?:|mailto:)[^)]+\)/, rule.id);
  }
  assert.ok(anchors.help.markdown.includes('See [coroutines](#coroutine)'), 'examples in code blocks are left as written');
  assert.ok(run.tool.driver.rules.find((rule) => rule.id === 'no-placeholders').help.markdown.includes('`[text](#)`'), 'and in code spans');
  // ruleId stays the rule's; the message the rule reported with is a property.
  const anchorResults = run.results.filter((r) => r.ruleId === 'no-broken-anchors');
  assert.equal(anchorResults.length, names.length);
  for (const result of anchorResults) assert.deepEqual(result.properties, {messageId: 'noHeading'});
  assert.equal(run.results.find((r) => r.ruleId === 'fatal').properties, undefined);
  const fingerprints = run.results.map((r) => r.partialFingerprints['postlintFinding/v1']);
  assert.ok(fingerprints.every((f) => /^[0-9a-f]{32}$/.test(f)));
  assert.equal(new Set(fingerprints).size, fingerprints.length, 'fingerprints are unique');
  // The binary file could not be checked: the analysis is incomplete, and says why.
  assert.equal(run.invocations[0].executionSuccessful, false);
  assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /binary|NUL|not text/i);
});

test('a clean run: executionSuccessful true, valid, and fingerprints do not move with the line', () => {
  const a = tempSite({'p.md': '# T\n\nSee [x](#nope).\n'});
  const b = tempSite({'p.md': '# T\n\nA new paragraph above.\n\nSee [x](#nope).\n'});
  const run = (cwd) => JSON.parse(postlint(['--format', 'sarif', '--no-config', '--offline', 'p.md'], {cwd}).stdout);
  const [logA, logB] = [run(a), run(b)];
  assert.ok(validate(logA), JSON.stringify(validate.errors?.slice(0, 5)));
  assert.equal(logA.runs[0].invocations[0].executionSuccessful, true);
  const print = (log) => log.runs[0].results.map((r) => `${r.ruleId} ${r.partialFingerprints['postlintFinding/v1']}`);
  assert.deepEqual(print(logA), print(logB));
  assert.notEqual(logA.runs[0].results[0].locations[0].physicalLocation.region.startLine, logB.runs[0].results[0].locations[0].physicalLocation.region.startLine);
});

test('SARIF with fixes (--fix-dry-run) still validates: replacements on the percent-encoded artifact', () => {
  const checkout = join(tempSite({}, 'postlint-sarif-fix-'), 'my blog');
  mkdirSync(join(checkout, 'posts'), {recursive: true});
  writeFileSync(join(checkout, 'posts', 'a, b:c.md'), '---\ntitle: T\ndate: 2020-01-01\n---\n\nWe use Github and Typescript daily.\n');
  const {stdout, stderr} = postlint(['--format', 'sarif', '--no-config', '--offline', '--fix-dry-run', 'posts'], {cwd: checkout});
  const log = JSON.parse(stdout);
  const fixed = log.runs[0].results.filter((result) => result.fixes);
  assert.ok(fixed.length >= 1, stderr);
  assert.equal(fixed[0].fixes[0].artifactChanges[0].artifactLocation.uri, 'posts/a%2C%20b%3Ac.md');
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});
