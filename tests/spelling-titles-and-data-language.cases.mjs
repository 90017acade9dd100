import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {readFileSync} from 'node:fs';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

// A link's title (`[text](url "title")`, or a used reference definition's) is the tooltip a reader sees:
// the writer's prose, checked at its own line and column. A definition no link uses is never shown,
// and an image's title is left with the image (its alt text is not read either).
test('spelling: link titles (inline, single-quoted, parenthesized, and a used definition\'s) are read; an unused definition\'s and an image\'s are not', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'spelling-link-titles')});
  assert.deepEqual(findings.map(row), [
    'notes.md:5:56 spelling', // thier, in an inline link's "title"
    'notes.md:9:66 spelling', // recieved, in the title of a definition [the list][traits] uses
    'notes.md:13:50 spelling', // seperate, in a 'title'
    'notes.md:13:111 spelling', // comparision, in a (title) after a <destination>
  ]);
});

// Eleventy's data cascade gives a page its language from a directory data file, JavaScript too
// (`de/de.11tydata.js` exporting `{lang: 'de'}`; 11ty.dev/docs/data-template-dir/): the page and its
// front matter are German, so German words in its `description` are not English typos; an English
// description there is still read as English, and an English page's front matter is checked.
// A language the data computes (`eleventyComputed.lang`) says nothing: that page is read as before.
test('spelling: an Eleventy page whose directory data file (JS or JSON) sets lang: its front matter is in that language', async () => {
  const {findings} = await lintRule({rule: 'spelling', configFile: false, fixture: join(fixtures, 'eleventy-data-language')});
  assert.deepEqual(findings.map(row), [
    'de/quelle.md:3:42 spelling', // recieved, in an English description of a German page
    'en/hiking.md:3:71 spelling', // seperate, on a page its JSON data declares English
    'notes/heft.md:3:63 spelling', // habe: the language is computed, so not known to be German
  ]);
});

test('dataFileLanguage: a literal key of an exported object; computed when eleventyComputed sets it or code gives it', async () => {
  const {dataFileLanguage} = await import('../dist/src/site/generators/eleventy-data-language.js');
  const js = (text) => dataFileLanguage('x.11tydata.js', text, undefined);
  assert.deepEqual(js(readFileSync(join(fixtures, 'eleventy-data-language', 'de', 'de.11tydata.js'), 'utf8')), {tag: 'de'});
  assert.deepEqual(js("module.exports = {\n  locale: \"fr-CA\",\n};\n"), {tag: 'fr-ca'});
  assert.equal(js("module.exports = {eleventyComputed: {lang: (data) => data.lang}};\n"), 'computed');
  assert.equal(js("export default function () {\n  return {lang: 'de'};\n}\n"), 'computed');
  assert.equal(js("const site = {lang: 'de'};\nexport default {lang: site.lang};\n"), 'computed');
  // A snippet's `lang: 'js'` names code's language, and a nested object's key is not the page's.
  assert.equal(js("export default {lang: 'js'};\n"), undefined);
  assert.equal(js("export default {nav: {lang: 'de'}};\n"), undefined);
  assert.deepEqual(dataFileLanguage('x.json', '{"lang": "nl"}', {lang: 'nl'}), {tag: 'nl'});
  assert.equal(dataFileLanguage('x.json', '{"eleventyComputed": {"lang": "{{ x }}"}}', {eleventyComputed: {lang: '{{ x }}'}}), 'computed');
});
