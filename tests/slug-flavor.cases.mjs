// Flavor detection from site configs (the function behind no-broken-anchors' choice), imported from dist/.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chooseFlavor} from '../dist/src/site/flavor.js';

const site = (generator, config) => ({root: '/site', generator, configFile: '/site/config', config});
const pick = (generator, config, postlint = {}) => {
  const choice = chooseFlavor(generator ? site(generator, config) : undefined, postlint);
  return [choice.name, choice.options];
};

test('hugo: autoIDType, the older autoHeadingIDType, keys in any case, Blackfriday handler, ids off', () => {
  assert.deepEqual(pick('hugo', {}), ['hugo', {}]);
  assert.deepEqual(pick('hugo', {markup: {goldmark: {parser: {autoIDType: 'github-ascii'}}}}), ['hugo-ascii', {}]);
  assert.deepEqual(pick('hugo', {markup: {goldmark: {parser: {autoHeadingIDType: 'blackfriday'}}}}), ['hugo-blackfriday', {}]);
  assert.deepEqual(pick('hugo', {Markup: {Goldmark: {Parser: {autoheadingidtype: 'GitHub-ASCII'}}}}), ['hugo-ascii', {}]);
  assert.deepEqual(pick('hugo', {markup: {defaultMarkdownHandler: 'blackfriday'}}), ['hugo-blackfriday', {}]);
  assert.deepEqual(pick('hugo', {markup: {goldmark: {parser: {autoIDType: 'something-new'}}}}), ['hugo', {}]);
  assert.deepEqual(pick('hugo', {markup: {goldmark: {parser: {autoHeadingID: false}}}}), ['hugo', {autoIds: false}]);
});

test('jekyll: kramdown input gives kramdown ids, the default GFM input and other engines GitHub ids', () => {
  // kramdown renders footnotes (`fn:name`) whatever its input parser; other engines are GitHub's throughout.
  assert.deepEqual(pick('jekyll', {}), ['github', {footnotes: 'kramdown'}]);
  assert.deepEqual(pick('jekyll', {kramdown: {input: 'GFM', footnote_prefix: 'p-'}}), ['github', {footnotes: 'kramdown', footnotePrefix: 'p-'}]);
  assert.deepEqual(pick('jekyll', {markdown: 'CommonMark'}), ['github', {}]);
  assert.deepEqual(pick('jekyll', {kramdown: {input: 'kramdown'}}), ['kramdown', {footnotes: 'kramdown'}]);
  assert.deepEqual(pick('jekyll', {markdown: 'kramdown', kramdown: {input: 'Kramdown', auto_id_prefix: 'x-', auto_id_stripping: true}}), [
    'kramdown',
    {auto_id_prefix: 'x-', auto_id_stripping: true, footnotes: 'kramdown'},
  ]);
});

test('mkdocs, docusaurus, no site, and the anchors.slugger override', () => {
  assert.deepEqual(pick('mkdocs', {}), ['mkdocs', {}]);
  assert.deepEqual(pick('docusaurus', {}), ['github', {}]);
  assert.deepEqual(pick(undefined), ['github', {customIds: false, imageAlt: false}]);
  assert.deepEqual(pick('hugo', {}, {anchors: {slugger: 'mkdocs'}}), ['mkdocs', {}]);
  assert.deepEqual(pick(undefined, undefined, {anchors: {slugger: 'hugo-blackfriday'}}), ['hugo-blackfriday', {}]);
});
