// front-matter on files no generator builds and on titles a generator prints as text (fix30d).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings, ruleMessages} from './rule-helpers.mjs';

const rule = 'front-matter';

// GitHub's issue templates carry GitHub's keys (name, about, title, labels, assignees); `title: ""` prefills no
// title (docs.github.com, "Manually creating a single issue template"). Astro without Starlight is a build
// postlint does not model, so its module calls every file a page: the template is still GitHub's.
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
