// Eleventy 0.x–2.x gives a layout the page's body as `layoutContent` as well as `content`
// (TemplateLayout.augmentDataWithContent; removed in 3.0.0-alpha.1): a layout writing
// `{{ layoutContent | safe }}` shows the body. "The layout hides the body" needs proof: a layout
// that runs a shortcode (any tag not Nunjucks' own) may write it. A page whose body is taken as
// hidden is said in a notice, once per layout, never dropped silently.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, ruleFindings, siteFindings} from './rule-helpers.mjs';
import {postlint, tempSite} from './helpers.mjs';

const site = 'generators/eleventy-layout-content';

test('eleventy 2: a layout writing layoutContent shows the body; one running a shortcode is not judged', async () => {
  assert.deepEqual(await ruleFindings('no-placeholders', [site]), [
    `${site}/src/projects/dial.md:8:1 no-placeholders`,
    `${site}/src/projects/gauge.md:8:1 no-placeholders`,
  ]);
});

test('eleventy 3: layoutContent is no name of the body any more: that layout hides it', async () => {
  const files = filesOf(fixture(site));
  files['package.json'] = files['package.json'].replace('^2.0.1', '^3.0.0');
  assert.deepEqual(await siteFindings('no-placeholders', files), ['src/projects/dial.md:8:1 no-placeholders']);
});

test('eleventy: the pages whose body a layout hides are said once per layout', () => {
  const root = tempSite(filesOf(fixture(site)));
  const said = postlint(['--offline', '--no-config', '.'], {cwd: root}).stderr.split('\n').filter((line) => line.includes('is not checked'));
  assert.equal(said.length, 1, said.join('\n'));
  assert.match(said[0], /every rule in site \.: the body of 2 pages \(src\/old\/dial\.md, …\) is not checked: their layout src\/_includes\/layouts\/moved\.njk never outputs `content`/);
});
