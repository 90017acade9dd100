// A Markdown file with no front matter is a static file of a plain Jekyll build (Reader: only a file with a YAML
// header is a page), copied unrendered: no page of the site, a repository file read on GitHub, where a link from
// "/" that names nothing in the repository is abstained on. GitHub Pages' build renders it all the same
// (jekyll-optional-front-matter, a default plugin of the github-pages gem): there it is a page and its link is judged.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, findings, postlintJson} from './helpers.mjs';

const root = join(fixtures, 'jekyll-static-markdown');

test('plain Jekyll: a file without front matter is a static copy; its relative links and the pages\' links are still judged', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: join(root, 'plain')});
  assert.deepEqual(findings(json, join(root, 'plain')).sort(), ['index.md:7:5 no-missing-files', 'notes/kept.md:6:20 no-missing-files']);
});

test('GitHub Pages (the github-pages gem): a file without front matter is rendered, and its broken link reported; a CONTRIBUTING stays a static file', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: join(root, 'pages')});
  assert.deepEqual(findings(json, join(root, 'pages')).sort(), ['guide.md:3:36 no-missing-files']);
});
