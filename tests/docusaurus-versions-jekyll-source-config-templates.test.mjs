// fix25b: a Docusaurus `onlyIncludeVersions` the config computes (read in its common shape, else abstained on).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, tempFolder} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function run(site) {
  const {json} = postlintJson(['--offline', '.'], {cwd: site});
  return findings(json, site).sort();
}

test('docusaurus: onlyIncludeVersions computed as [\'current\', ...versions.slice(0, 2)] builds the current docs and the newest two versions only', () => {
  // version-1.0's broken anchor is in a version Docusaurus leaves out; the current docs and 3.0, 2.0 are checked.
  assert.deepEqual(run(join(generators, 'docusaurus-computed-versions')), [
    'docs/guide.md:4:5 no-broken-anchors',
    'versioned_docs/version-2.0/guide.md:4:5 no-broken-anchors',
    'versioned_docs/version-3.0/guide.md:4:5 no-broken-anchors',
  ]);
});

test('docusaurus: an onlyIncludeVersions postlint cannot read leaves the versions unchecked, with a notice naming the setting', () => {
  const site = tempFolder('postlint-fix25b-');
  cpSync(join(generators, 'docusaurus-computed-versions'), site, {recursive: true});
  const config = join(site, 'docusaurus.config.js');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/\(\(\) => \{[\s\S]*?\}\)\(\)/, "versions.filter((name) => name !== '2.0')"));
  // The current docs are still checked; which versions are built is not known, so none is reported.
  assert.deepEqual(run(site), ['docs/guide.md:4:5 no-broken-anchors']);
  const {stderr} = postlint(['--offline', '--verbose', '.'], {cwd: site});
  assert.match(stderr, /onlyIncludeVersions is computed \(versions\.filter/);
});

test('jekyll: with `source: src`, a collection document\'s URL is read below the source (/:collection/:title), and relative links resolve from it', () => {
  // `../guides/utilities/size` from /guides/typography is /guides/utilities/size (a permalink); `contributing-to-the-system`
  // from /about/scale is the index.html whose permalink is /about/contributing-to-the-system/. The missing pages stay reported.
  assert.deepEqual(run(join(generators, 'jekyll-source-collections')), [
    'src/_about/scale.md:7:58 no-missing-files',
    'src/_guides/typography.md:7:58 no-missing-files',
  ]);
});

test('a page the site\'s config names as the template to copy (a `…template…` key holding its path or URL) is a template page', () => {
  // _guides/template.md is `new_guide_template_link`: its TODOs and empty section are slots. install.md, the same shape, is reported.
  assert.deepEqual(run(join(generators, 'jekyll-config-template')), [
    '_guides/install.md:7:1 no-placeholders',
    '_guides/install.md:9:1 no-empty-sections',
  ]);
});
