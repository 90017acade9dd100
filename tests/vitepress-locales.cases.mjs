// VitePress locales: the folders its config's `locales` names are written in their `lang`, so the
// spelling rule does not read a Spanish page as English; an English page's typo is still found.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures, tempSite} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const site = join(fixtures, 'generators', 'vitepress-locales');

test('vitepress: locale folders are not spell-checked as English; the English typo is found exactly', async () => {
  // The fixture's .postlintrc.json reports every unknown word (`report: unknown`), so a Spanish page read as English would be full of findings.
  const {findings, result} = await lintRule({rule: 'spelling', fixture: site});
  assert.deepEqual(findings.map(row), ['guide.md:4:42 spelling']);
  // The Spanish page was checked, and has nothing to report.
  assert.ok(result.files.some((file) => file.path === join('es', 'guide.md')));
});

test('vitepress: language() from the config locales keys and lang values', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const info = await siteFor(join(site, 'es'));
  assert.equal(info.generator, 'vitepress');
  assert.equal(pageLanguage(join(site, 'es', 'guide.md'), {}, info), 'es');
  assert.equal(pageLanguage(join(site, 'pt', 'guide.md'), {}, info), 'pt-br');
  assert.equal(pageLanguage(join(site, 'guide.md'), {}, info), 'en-us');
});

test('vitepress: config locales postlint cannot read: a language-code folder that mirrors the root is that language', async () => {
  const {siteFor} = await import('../dist/src/site/generators/index.js');
  const {pageLanguage} = await import('../dist/src/site/language.js');
  const root = tempSite({
    '.vitepress/config.mts': "import {locales} from './locales';\nexport default {title: 'X', locales};\n",
    'index.md': '# Home\n',
    'guide.md': '# Guide\n',
    'es/index.md': '# Inicio\n',
    'es/guide.md': '# Guía\n',
    // A language-code name alone is not enough: `id/` holds pages the root does not have.
    'id/tokens.md': '# Tokens\n',
  });
  const info = await siteFor(root);
  assert.equal(info.generator, 'vitepress');
  assert.equal(pageLanguage(join(root, 'es', 'guide.md'), {}, info), 'es');
  assert.equal(pageLanguage(join(root, 'id', 'tokens.md'), {}, info), undefined);
  assert.equal(pageLanguage(join(root, 'guide.md'), {}, info), undefined);
});
