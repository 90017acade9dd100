// Hugo: an index file in a subfolder of a leaf bundle (`people/ann/index.md` under a headless `people/index.md`) is
// one more resource of that bundle, not a page of its own (gohugoio/hugo#6239, v0.57.2 on; hugolib
// TestBundleIndexInSubFolder): it needs no title and its text is shown only where a layout renders it. An index
// file below a branch bundle (`guides/_index.md`) is a page and is still checked; so is a nested one on a site
// pinned to a Hugo before v0.57.2.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, ruleFindings, siteFindings} from './rule-helpers.mjs';

const site = 'generators/hugo-nested-bundle-index';

test('hugo: a nested index file of a leaf bundle is a resource (no title needed, not checked); one below a branch bundle is a page', async () => {
  assert.deepEqual(await ruleFindings('front-matter', [site]), [`${site}/content/guides/setup/index.md:1:1 front-matter`]);
  assert.deepEqual(await ruleFindings('no-placeholders', [site]), [`${site}/content/guides/setup/index.md:5:1 no-placeholders`]);
});

test('hugo: a nested index file is checked when a layout renders resources\' text, or when the pinned Hugo predates v0.57.2', async () => {
  const files = filesOf(fixture(site));
  // A layout that writes each resource's `.Content`: the resource's text reaches the reader.
  const shown = {...files, 'layouts/partials/people.html': '{{ range (site.GetPage "/people").Resources.Match "*/index.md" }}{{ .Content }}{{ end }}\n'};
  assert.deepEqual(await siteFindings('no-placeholders', shown), ['content/guides/setup/index.md:5:1 no-placeholders', 'content/people/bo/index.md:5:1 no-placeholders']);
  // Hugo 0.55 (netlify.toml): the nested index's handling is not modelled, so it is checked as a page.
  const old = {...files, 'netlify.toml': '[build.environment]\nHUGO_VERSION = "0.55.6"\n'};
  assert.deepEqual(await siteFindings('front-matter', old), ['content/guides/setup/index.md:1:1 front-matter', 'content/people/ann/index.md:1:1 front-matter', 'content/people/bo/index.md:1:1 front-matter']);
});

test('hugo: an index file beside another of its folder (a translation, `index.fr.md`) is the bundle itself, not its resource', async () => {
  const files = {...filesOf(fixture(site)), 'content/guides/setup/index.fr.md': '---\ntitle: "Installation"\n---\n\nTODO: traduire.\n'};
  assert.deepEqual(await siteFindings('front-matter', files), ['content/guides/setup/index.md:1:1 front-matter']);
});
