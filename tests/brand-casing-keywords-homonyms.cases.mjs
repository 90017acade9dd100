import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const lint = (name) => lintRule({rule: 'brand-casing', configFile: false, fixture: join(fixtures, 'brand-casing', name)});

// A link to a tag page for exactly its text (`<a href="…/tag/github">github</a>`, `[github](…/tags/github/)`)
// is the tag, a keyword; a lower-case brand in other link text is still miscased.
test('brand-casing: a tag link whose text is its slug is a keyword; other link text is read', async () => {
  const {findings} = await lint('tag-links');
  assert.deepEqual(findings.map(row), ['prose.md:3:65 brand-casing', 'prose.md:5:56 brand-casing']);
});

// Mocking case (`TyPeScRiPt`, every other letter a capital) is a voice, not a miscased name; a WordPress
// shortcode's name (`[youtube=https://…]`) is a token. `[youtube]` and youtube in prose are still reported.
test('brand-casing: mocking case and a [name=value] shortcode are left alone; Typescript and youtube in prose are still reported', async () => {
  const {findings} = await lint('deliberate-forms');
  assert.deepEqual(findings.map(row), ['mock.md:5:28 brand-casing', 'shortcode.md:5:17 brand-casing', 'shortcode.md:5:33 brand-casing']);
});

// Two products whose names differ only in case (UIkit and Apple's UIKit, Launchpad and TI's LaunchPad):
// neither form is asked for. Mastercard is its owner's form since 2016; MasterCard on an undated page is reported.
test('brand-casing: case homonyms abstain; Mastercard is the current form', async () => {
  const {findings} = await lint('case-homonyms');
  assert.deepEqual(findings.map(row), ['apps.md:9:39 brand-casing', 'apps.md:9:54 brand-casing']);
});
