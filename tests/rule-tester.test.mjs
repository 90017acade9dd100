// The rule tester itself: it passes exactly when the rule reports what the case expects, and fails
// with the missing and unexpected findings otherwise.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule, readExpectations, testRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const anchors = 'no-broken-anchors';
const brokenLink = '# Setup\n\nText.\n\n<!-- expect no-broken-anchors col=5 -->\nSee [it](#setpu).\n';

test('tester: inline expectations met (rule, line, column) pass, and the run returns the findings', async () => {
  const {findings, expected} = await testRule({rule: anchors, files: {'post.md': brokenLink}});
  assert.deepEqual(expected, [{file: 'post.md', line: 6, column: 5, ruleId: anchors}]);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].message, 'Link to "#setpu" matches no heading in post.md; did you mean "#setup"?');
  assert.equal(findings[0].severity, 'error');
});

test('tester: a finding nobody expected fails, and says which', async () => {
  await assert.rejects(testRule({rule: anchors, files: {'post.md': '# Setup\n\nSee [it](#setpu).\n'}}), (error) => {
    // The message id the rule reported with shows in brackets before the text.
    assert.match(error.message, /reported, not expected:\n\s+\+ post\.md:3:5 no-broken-anchors error \[didYouMean\] Link to "#setpu"/);
    assert.doesNotMatch(error.message, /expected, not reported/);
    return true;
  });
});

test('tester: an expectation the rule does not meet fails, and says which', async () => {
  await assert.rejects(testRule({rule: anchors, files: {'post.md': '# Setup\n\n<!-- expect no-broken-anchors -->\nSee [it](#setup).\n'}}), (error) => {
    assert.match(error.message, /expected, not reported:\n\s+- post\.md:4:\? no-broken-anchors \? \?/);
    return true;
  });
});

test('tester: a wrong column, message or severity fails', async () => {
  const wrongColumn = brokenLink.replace('col=5', 'col=6');
  await assert.rejects(testRule({rule: anchors, files: {'post.md': wrongColumn}}), /- post\.md:6:6 no-broken-anchors[^]*\+ post\.md:6:5 no-broken-anchors/);
  const wrongMessage = brokenLink.replace('col=5', 'col=5 message="Link to \\"#setpu\\" is broken"');
  await assert.rejects(testRule({rule: anchors, files: {'post.md': wrongMessage}}), /- post\.md:6:5 no-broken-anchors error (\[\w+\] )?Link to "#setpu" is broken/);
  const wrongSeverity = brokenLink.replace('col=5', 'col=5 severity=warning');
  await assert.rejects(testRule({rule: anchors, files: {'post.md': wrongSeverity}}), /- post\.md:6:5 no-broken-anchors warning (\[\w+\] )?Link/);
  // The same three, right, pass.
  const right = brokenLink.replace('col=5', 'col=5 severity=error message="Link to \\"#setpu\\" matches no heading in post.md; did you mean \\"#setup\\"?"');
  await testRule({rule: anchors, files: {'post.md': right}});
});

test('tester: expectations given as a list, with a message pattern, work as inline ones', async () => {
  const files = {'post.md': '# Setup\n\nSee [it](#setpu).\n'};
  await testRule({rule: anchors, files, expect: [{file: 'post.md', line: 3, column: 5, message: /did you mean "#setup"/}]});
  await assert.rejects(testRule({rule: anchors, files, expect: [{file: 'post.md', line: 3, column: 5, message: /did you mean "#other"/}]}), /- post\.md:3:5 no-broken-anchors error (\[\w+\] )?\/did you mean "#other"\//);
  await assert.rejects(testRule({rule: anchors, files, expect: [{file: 'other.md', line: 3, column: 5}]}), /- other\.md:3:5/);
});

test('tester: only the rule under test runs; other rules\' findings and expect comments are not its business', async () => {
  const files = {
    'post.md': '# Title\n\n<!-- expect no-empty-headings -->\n## \n\n<!-- expect no-broken-anchors col=5 -->\nSee [x](#nowhere) TODO.\n',
  };
  const headings = await testRule({rule: 'no-empty-headings', files});
  assert.deepEqual(headings.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`), ['4:1 no-empty-headings']);
  const links = await testRule({rule: anchors, files});
  assert.deepEqual(links.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`), ['7:5 no-broken-anchors']);
  // no-placeholders would flag the TODO, but it is off here.
  assert.ok(links.result.files.every((file) => file.messages.every((m) => m.ruleId === anchors)));
});

test('tester: expect comments in a row apply to the next line; line= places one on an absolute line', () => {
  const text = ['---', 'title: 3', '---', '<!-- expect a col=2 -->', '<!-- expect b -->', '<!-- expect a col=9 -->', 'two here', '<!-- expect a line=2 col=8 severity=warning id=wrongType -->', 'end'].join('\n');
  assert.deepEqual(readExpectations('x.md', text, 'a'), [
    {file: 'x.md', line: 7, ruleId: 'a', column: 2},
    {file: 'x.md', line: 7, ruleId: 'a', column: 9},
    {file: 'x.md', line: 2, ruleId: 'a', column: 8, severity: 'warning', messageId: 'wrongType'},
  ]);
});

test('tester: a malformed expect comment is an error naming its place, not a silent pass', () => {
  assert.throws(() => readExpectations('x.md', 'a\n<!-- expect a colum=3 -->\nb\n', 'a'), /x\.md:2: unknown expect attribute "colum"/);
  assert.throws(() => readExpectations('x.md', 'a\n<!-- expect a col=0 -->\nb\n', 'a'), /x\.md:2: col=0 is not a positive whole number/);
  assert.throws(() => readExpectations('x.md', 'a\n<!-- expect a col=3\nb\n', 'a'), /x\.md:2: cannot read this expect comment/);
  assert.throws(() => readExpectations('x.md', 'a\n<!-- expect a -->\n', 'a'), /x\.md:2: an expect comment at the end of the file/);
});

test('tester: a message id is compared when the expectation names one', async () => {
  // Whatever ids the rules give, an expectation naming an id no message has fails.
  await assert.rejects(testRule({rule: anchors, files: {'post.md': brokenLink.replace('col=5', 'col=5 id=no-such-message-id')}}), /- post\.md:6:5 no-broken-anchors error \[no-such-message-id\]/);
});

test('tester: options and severity reach the rule', async () => {
  const files = {'post.md': '# Title\n\n<!-- expect no-placeholders col=6 severity=error -->\nText WIBBLE here TODO.\n'};
  const {findings} = await testRule({rule: 'no-placeholders', options: {words: ['WIBBLE']}, severity: 'error', files});
  assert.equal(findings.length, 1);
  // Options the rule's schema refuses are a clear error, as in a config file.
  await assert.rejects(lintRule({rule: 'no-placeholders', options: {wordz: []}, files}), /wordz/);
  await assert.rejects(lintRule({rule: 'no-such-rule', files}), /unknown rule "no-such-rule"/);
});

test('tester: a fixture folder is copied, never written to, and its own config file is used', async () => {
  const site = join(fixtures, 'no-broken-anchors', 'override');
  const before = readdirSync(site).sort();
  // The fixture's .postlintrc.json sets anchors.slugger, which moves the finding from line 8 to line 10.
  const own = await lintRule({rule: anchors, fixture: site});
  assert.deepEqual(own.findings.map((f) => `${f.file}:${f.line}:${f.column}`), ['content/forced.md:10:6']);
  const none = await lintRule({rule: anchors, fixture: site, configFile: false});
  assert.deepEqual(none.findings.map((f) => `${f.file}:${f.line}:${f.column}`), ['content/forced.md:8:7']);
  assert.deepEqual(readdirSync(site).sort(), before);
  assert.equal(existsSync(join(site, '.postlint-rule-tester.json')), false);
});

test('tester: a file postlint cannot read is a fatal finding (rule id null) that a case must expect', async () => {
  const files = {'ok.md': '# Hi\n', 'bad.md': Buffer.from('# Hi\0\n')};
  await assert.rejects(testRule({rule: anchors, files}), /\+ bad\.md:1:1 fatal error File looks binary/);
  await testRule({rule: anchors, files, expect: [{file: 'bad.md', line: 1, column: 1, ruleId: null, message: /binary/}]});
});

test('tester: two expectations in a row for one line, one with a quoted message (the example in docs/testing-rules.md)', async () => {
  const text = [
    '# Notes',
    '',
    '<!-- expect spelling col=13 message="Unknown word \\"teh\\"; did you mean \\"the\\", \\"tech\\", \\"eh\\"? If it is spelled right, add it to .postlint/words.txt" -->',
    '<!-- expect spelling col=38 severity=warning -->',
    'A line with teh two findings, one at recieve.',
    '',
  ].join('\n');
  const {findings} = await testRule({rule: 'spelling', files: {'post.md': text}});
  assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.message.split(';')[0]}`), ['5:13 Unknown word "teh"', '5:38 Unknown word "recieve"']);
});

test('tester: a finding carries the id its rule reported it with, from a file half and from a site half', async () => {
  const placeholder = await lintRule({rule: 'no-placeholders', files: {'post.md': '# Notes\n\nStill TODO.\n'}});
  assert.deepEqual(placeholder.findings.map((f) => `${f.line}:${f.column} ${f.messageId}`), ['3:7 placeholder']);
  const broken = await lintRule({rule: anchors, files: {'post.md': '# Setup\n\nSee [it](#setpu) and [that](#nothing-like-it).\n'}});
  assert.deepEqual(broken.findings.map((f) => `${f.line}:${f.column} ${f.messageId}`), ['3:5 didYouMean', '3:22 noHeading']);
  // A file postlint could not read was reported by no rule: no message id.
  const fatal = await lintRule({rule: anchors, files: {'bad.md': Buffer.from('# Hi\0\n')}});
  assert.deepEqual(fatal.findings.map((f) => `${f.ruleId} ${f.messageId}`), ['null undefined']);
});

test('tester: a package.json at the root is the site\'s config only with a "postlint" key', async () => {
  const files = {'post.md': '# Notes\n\nText TBD and TODO.\n'};
  const withKey = await lintRule({rule: 'no-placeholders', files: {...files, 'package.json': JSON.stringify({name: 'x', postlint: {rules: {'no-placeholders': ['warn', {words: ['TBD']}]}}})}});
  assert.deepEqual(withKey.findings.map((f) => `${f.line}:${f.column}`), ['3:6']);
  const without = await lintRule({rule: 'no-placeholders', files: {...files, 'package.json': JSON.stringify({name: 'x'})}});
  assert.deepEqual(without.findings.map((f) => `${f.line}:${f.column}`), ['3:14']);
});

test('tester: a message id on the rule contract is matched (no-broken-anchors names its "did you mean" message)', async () => {
  const {findings} = await testRule({rule: anchors, files: {'post.md': brokenLink.replace('col=5', 'col=5 id=didYouMean')}});
  assert.equal(findings[0].messageId, 'didYouMean');
});
