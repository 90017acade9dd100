// front-matter on files no generator builds and on titles a generator prints as text (fix30d).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings, ruleMessages} from './rule-helpers.mjs';

const rule = 'front-matter';

// GitHub's issue templates carry GitHub's keys (name, about, title, labels, assignees); `title: ""` prefills no
// title (docs.github.com, "Manually creating a single issue template"). Astro without Starlight builds from `src/`
// only (and no product of the `unknown` module builds a dot folder): the template is GitHub's.
test('front-matter: an issue template on an Astro site needs no title; its front matter must still parse, and a page of the site still needs a title', async () => {
  const site = 'generators/astro-forge-templates';
  assert.deepEqual(await ruleFindings(rule, [site]), [
    `${site}/.github/ISSUE_TEMPLATE/glaze_idea.md:3:8 front-matter`, // about: Glaze: a colour (a second `: ` in a plain value)
    `${site}/src/pages/index.md:2:1 front-matter`, // title: "" on a page
  ]);
  const [parse, empty] = await ruleMessages(rule, [site]);
  assert.match(parse.message, /YAML/);
  assert.match(empty.message, /^Title is empty/);
});

// `title: 404` is a number to YAML. Hugo reads `title` with cast.ToString; Jekyll's Liquid prints it with to_s (so do
// jekyll-seo-tag and jekyll-feed); Docusaurus's JoiFrontMatter prepares a number for `Joi.string()` with toString: the
// page is titled "404". A boolean is refused by that Joi, and Starlight's `title: z.string()` refuses a number: both
// stop the build. `1.10` would be titled "1.1".
test('front-matter: a number Hugo, Jekyll or Docusaurus takes as its own text is a title; one taken otherwise, a boolean on Docusaurus, a number on Starlight are still wrong types', async () => {
  assert.deepEqual(await ruleFindings(rule, ['generators/jekyll-scalar-titles']), ['generators/jekyll-scalar-titles/release.md:3:1 front-matter']);
  assert.deepEqual(await ruleFindings(rule, ['generators/hugo-scalar-titles']), ['generators/hugo-scalar-titles/content/docs/version.md:2:1 front-matter']);
  assert.deepEqual(await ruleFindings(rule, ['generators/docusaurus-scalar-titles']), ['generators/docusaurus-scalar-titles/docs/truth.md:2:1 front-matter']);
  assert.deepEqual(await ruleFindings(rule, ['generators/starlight-scalar-titles']), ['generators/starlight-scalar-titles/src/content/docs/lost.md:2:1 front-matter']);
  const [jekyll] = await ruleMessages(rule, ['generators/jekyll-scalar-titles']);
  assert.equal(jekyll.message, '"title" should be a string, not a number (1.1); put the value in quotes');
});
