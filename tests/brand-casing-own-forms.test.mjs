import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {row} from './rule-helpers.mjs';

const lint = (paths) => lintRule({rule: 'brand-casing', configFile: false, fixture: join(fixtures, 'brand-casing', 'own-forms'), paths});

// An operating system joined by a slash to an architecture (`freebsd / arm64`, `openbsd/riscv64`, `netbsd / arm/v7`)
// is a platform string, GOOS/GOARCH as Go and `docker --platform` spell it; `freebsd` and `Freebsd` in the
// sentence under the table are the product's name, still reported.
test('brand-casing: an os/arch platform string is an identifier; the OS named in prose is read', async () => {
  const {findings} = await lint(['platforms.md']);
  assert.deepEqual(findings.map(row), ['platforms.md:11:24 brand-casing', 'platforms.md:11:44 brand-casing']);
});

// A reference link's text in Title Case (`[OpenId Connect Relay Plugin]`, defined below as another site's
// page) is that work's title as its owner writes it, like the same text as an inline link; `OpenId` in the
// sentence and the two-word `[Openid notes]` (the site's own page) are the writer's, still reported.
test('brand-casing: the Title Case text of a reference link to another site is its title; prose is read', async () => {
  const {findings} = await lint(['plugins.md']);
  assert.deepEqual(findings.map(row), ['plugins.md:5:19 brand-casing', 'plugins.md:7:104 brand-casing']);
});

// A list of lower-case one-word values after words naming them values (`options are all, mysql, postgres,
// and sqlite`, `must be one of none, redis or memcached`) is what the option takes, as a config writes it;
// the same names listed in a sentence of the writer's (`We tested it with mysql, postgres and sqlite`) are read.
test('brand-casing: values a sentence says an option takes are left alone; the same list in plain prose is read', async () => {
  const {findings} = await lint(['values.md']);
  assert.deepEqual(findings.map(row), ['values.md:9:19 brand-casing', 'values.md:9:39 brand-casing', 'values.md:9:56 brand-casing']);
});

// A blockquote that is one quotation followed by its credit with a link out (`> "odin works …" Ana Gómez,
// [odin notes](https://…).`) is the source's words, its lower-case package name as the owner writes it. A
// quotation followed by the writer's own sentence (7:4, 7:13) or credited without a link (9:4) is still read.
test('brand-casing: a blockquoted quotation credited with a link out is others\' words; uncredited ones are read', async () => {
  const {findings} = await lint(['quoted.md']);
  assert.deepEqual(findings.map(row), ['quoted.md:7:4 brand-casing', 'quoted.md:7:13 brand-casing', 'quoted.md:9:4 brand-casing']);
});

// `Adblock Plus` is Simple Icons' title of its own (another product than the one-word `AdBlock`): its first
// word written whole is right (3:5, 5:9); `Adblock` alone is still held to `AdBlock` (5:30).
test('brand-casing: the first word of a longer listed name written whole is that name; alone it is read', async () => {
  const {findings} = await lint(['longer.md']);
  assert.deepEqual(findings.map(row), ['longer.md:5:30 brand-casing']);
  const {longerNames, vocabulary} = await import('../dist/src/spelling/vocabulary.js');
  const json = JSON.stringify([{title: 'AdBlock'}, {title: 'Adblock Plus'}, {title: 'GitHub'}, {title: 'GitHub Actions'}, {title: 'Github Desk'}]);
  assert.deepEqual(longerNames(json, new Set(['AdBlock', 'GitHub'])), ['Adblock Plus', 'Github Desk']);
  assert.equal((await vocabulary()).longerNames.has('Adblock Plus'), true);
});
