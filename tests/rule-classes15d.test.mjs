// Classes learnt from the round-13 held-out verdicts and plant run (B sites): an MDX partial rendered
// as a component, and brand-casing concepts (a gloss after a code span, a command's own name, a
// pull request's title quoted in release notes).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';
import {lintSite} from './rule-helpers.mjs';

test('docusaurus: a component that is an imported Markdown partial (<Where />) brings that partial\'s ids, and the page\'s own headings are checked; a heading with an MDX expression or a code component leaves the page unverifiable', () => {
  const site = join(fixtures, 'generators', 'docusaurus-partial-component');
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  // `#servertimeout-number` (code span and an escaped bracket), `#mapstring-of-hosts` (a tag in code) and the partial's `#where-it-goes` resolve; `#servertimeout` does not.
  assert.deepEqual(findings(json, site).sort(), ['docs/guide/tuning.md:7:14 no-broken-anchors']);
  const tuning = json.find((file) => file.filePath === join(site, 'docs', 'guide', 'tuning.md'));
  assert.deepEqual(
    tuning.unverifiable.map(({line, column, reason}) => `${line}:${column} ${reason.split(',')[0]}`),
    [
      '9:5 the fragment cannot be checked: the target has a heading written with an MDX expression ({…}) or component',
      '10:5 the fragment cannot be checked: the target renders the component <PluginTable> (line 7)',
      // `[Promise<Config\>]`: MDX reads a component where Markdown reads letters.
      '12:63 the fragment cannot be checked: the target has a heading written with an MDX expression ({…}) or component',
    ],
  );
});

test('brand-casing and spelling: a release-note item led by its pull request or issue and ending with its author (`[#179](…) title by @user`, `#180 title by @user`) quotes that title; the notes\' own words are read', async () => {
  const notes = [
    '# Release 0.7', // 1
    '',
    'Thanks to everyone who sent fixes on Github.', // 3: the notes' own prose
    '',
    '- [#179](https://github.com/o/r/pull/179) add github action to run the tests by @ann', // 5
    '- #180 recieve events from Github (by @bo)', // 6
    '- [#181](https://github.com/o/r/issues/181), [#182](https://github.com/o/r/pull/182) support Typescript paths by @cy', // 7
    '- [#183](https://github.com/o/r/pull/183) We rewrote the Github hook. It no longer drops events by @dee', // 8: two sentences, the writer's
    '- [#184](https://github.com/o/r/pull/184) now deploys to Github pages', // 9: no author credited
    '',
  ].join('\n');
  const files = {'mkdocs.yml': 'site_name: X\n', 'docs/release-0.7.md': notes};
  const brands = await lintSite('brand-casing', files, {severity: 'error'});
  assert.deepEqual(brands.rows, ['docs/release-0.7.md:3:38 brand-casing', 'docs/release-0.7.md:8:58 brand-casing', 'docs/release-0.7.md:9:58 brand-casing']);
  const spelling = await lintSite('spelling', files, {severity: 'error'});
  assert.deepEqual(spelling.rows, []);
});

test('brand-casing: a lower-case gloss in parentheses right after a code span names that code thing (`u` (unicode)); the name elsewhere in prose, or capitalized wrongly in the gloss, is read', async () => {
  const page = [
    '# Flags', // 1
    '',
    'Flags such as `g` (global) and `u` (unicode) are ignored.', // 3
    '',
    'Text is stored as unicode (utf-8) here.', // 5: no code span before the parentheses
    '',
    'Use `gh` (the Github cli) to log in.', // 7: a capital in the gloss is a slip
    '',
  ].join('\n');
  const {rows} = await lintSite('brand-casing', {'mkdocs.yml': 'site_name: X\n', 'docs/flags.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/flags.md:5:19 brand-casing', 'docs/flags.md:7:15 brand-casing']);
});

test('brand-casing: a lower-case name whose sentence gives an installed package\'s state (openssl is up to date) is the package; the name doing anything else is read', async () => {
  const page = [
    '# Setup', // 1
    '',
    'Make sure openssl is upto date and that curl is installed.', // 3
    '',
    'Check that nodejs is not installed twice.', // 5
    '',
    'We moved our certificates to openssl last year.', // 7: the product named
    '',
  ].join('\n');
  const {rows} = await lintSite('brand-casing', {'mkdocs.yml': 'site_name: X\n', 'docs/setup.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/setup.md:7:30 brand-casing']);
});
