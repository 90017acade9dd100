// Classes learnt from the round-13 held-out verdicts and plant run (B sites): an MDX partial rendered
// as a component, and brand-casing concepts (a gloss after a code span, a command's own name, a
// pull request's title quoted in release notes).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

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
      '10:5 the fragment cannot be checked: the target pulls in content postlint cannot see (an include or a {{% shortcode %}})',
      // `[Promise<Config\>]`: MDX reads a component where Markdown reads letters.
      '12:63 the fragment cannot be checked: the target has a heading written with an MDX expression ({…}) or component',
    ],
  );
});
