// fix44e: round 44's brand-casing classes. Escapes read as rendered (`languages\.erlang\.package` is a dotted
// identifier), MDX inline JSX attributes as the component's props, a package URL's parts, a list of a project's
// repositories; and its recall miss: words of text in code (a quoted string of words, a fence never closed) are
// the writer's, no evidence that code spells a name so. Each with the lines that must still be reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const findings = async (rule, folder) => {
  const result = await lintRule({rule, configFile: false, fixture: join(fixtures, 'classes44e', folder)});
  return result.findings.map(row);
};

test('brand-casing: a dotted identifier written with backslash escapes is the identifier a reader sees; the prose around it is read', async () => {
  // Lines 3, 7 (headings) and 9 (`pkgs\.kubernetes-helmPlugins\.`) were reported before; 13 is prose.
  assert.deepEqual(await findings('brand-casing', 'escaped-identifiers'), ['options.md:13:18 brand-casing', 'options.md:13:46 brand-casing']);
});

test('brand-casing: an inline JSX tag\'s attributes in MDX are props, not text; the words beside the tag are read', async () => {
  // 7:19 `mdi:debian`, 9:49 `simple-icons:nixos`, 11:29 `simple-icons:openwrt`: icon ids passed to the component.
  assert.deepEqual(await findings('brand-casing', 'jsx-props'), ['install.mdx:9:80 brand-casing', 'install.mdx:13:23 brand-casing']);
});

test('brand-casing: a package URL\'s type and name are identifiers; another name on the page is read', async () => {
  // 6:15 `(pypi)` and 7:11 `(django)` gloss `pkg:pypi/django@4.2.0`; `mysql` is named nowhere so.
  assert.deepEqual(await findings('brand-casing', 'package-urls'), ['model.md:10:36 brand-casing']);
});

test('brand-casing: a quoted string of words in code is text, no evidence of a code form; a quoted word alone is a value', async () => {
  // `'Github Pages'` in the logged tags no longer makes the prose's `Github` code; `'oxc'` still makes line 11's `oxc` the value.
  assert.deepEqual(await findings('brand-casing', 'code-strings'), ['tags.md:3:62 brand-casing', 'tags.md:11:35 brand-casing']);
});

test('brand-casing: a fence never closed took in the writer\'s prose; its words are no code form', async () => {
  // The stray `~~~` on line 8 runs to the end of deploy.md, holding `[Github issue](…)`; both pages' prose is read.
  assert.deepEqual(await findings('brand-casing', 'unclosed-fence'), ['deploy.md:3:30 brand-casing', 'other.md:3:23 brand-casing']);
});

test('brand-casing: a list of the repositories the site links under one owner names them; a list of products is read', async () => {
  // 3:45 `openwrt` among `firmware, web, openwrt, python` (all linked as zorblat-mesh/*); line 5 lists products.
  assert.deepEqual(await findings('brand-casing', 'repository-lists'), ['ci.md:5:25 brand-casing', 'ci.md:5:34 brand-casing', 'ci.md:5:44 brand-casing']);
});
