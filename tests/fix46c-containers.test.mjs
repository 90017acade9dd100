// `:::` containers read as their parsers read them (src/text/container-fences.ts): remark-directive (Docusaurus
// admonitions, Starlight asides) and markdown-it-container (VitePress) try a container's closing fence before its
// content sees the line, so `:::` then `---` ends the container and draws a rule, never a setext heading. A `:::`
// that closes nothing (no container open, or a name markdown-it-container was not registered with) stays paragraph
// text, and a real `Title` + `---` stays a heading. Inside a container, a line indented two spaces is Markdown prose
// (spelling reads it); only MkDocs' mkdocstrings `::: pkg.Class` keeps its indented options out of spelling.
// Fixtures: fixtures/containers/{docusaurus,vitepress,mkdocs}. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, siteFindings, tempFolder} from './helpers.mjs';

function copy(name) {
  const root = tempFolder(`postlint-containers-${name}-`);
  cpSync(join(fixtures, 'containers', name), root, {recursive: true});
  return root;
}

test('docusaurus: an admonition\'s closing `:::` then `---` is a rule, no empty section; a stray `:::` + `---` and a real setext heading are still read as headings', () => {
  assert.deepEqual(siteFindings(copy('docusaurus'), ['--no-cache']), [
    'docs/setup.md:27:1 no-empty-headings',
    'docs/setup.md:30:1 no-empty-sections',
    'docs/setup.md:32:1 no-empty-sections',
  ]);
});

test('vitepress: `::: info` content indented two spaces is prose (its typo reported); closing fences (nested `::::` too) end their container before `---`; an unregistered `::: aside` is no container', () => {
  assert.deepEqual(siteFindings(copy('vitepress'), ['--no-cache']), [
    'docs/guide.md:22:1 no-empty-sections',
    'docs/guide.md:24:1 no-empty-sections',
    'docs/guide.md:8:10 spelling',
  ]);
});

test('mkdocs: mkdocstrings\' `::: pkg.Class` options stay out of spelling; the same lines on a Hugo site are a paragraph\'s prose', () => {
  assert.deepEqual(siteFindings(copy('mkdocs'), ['--no-cache']), []);
  const hugo = copy('mkdocs');
  rmSync(join(hugo, 'mkdocs.yml'));
  writeFileSync(join(hugo, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Containers"\ncontentDir = "docs"\n');
  assert.deepEqual(siteFindings(hugo, ['--no-cache']), ['docs/index.md:6:11 spelling']);
});

test('blankContainerClosings: same length; a fence in code outside containers is left; the outer fence closes first', async () => {
  const {blankContainerClosings} = await import('../dist/src/text/container-fences.js');
  const directive = ':::note\nText.\n:::\n---\n';
  assert.equal(blankContainerClosings(directive, {}), ':::note\nText.\n   \n---\n');
  assert.equal(blankContainerClosings('```\n:::note\n:::\n```\n', {}), '```\n:::note\n:::\n```\n');
  assert.equal(blankContainerClosings('::: note\nText.\n:::\n', {}), '::: note\nText.\n:::\n');
  assert.equal(blankContainerClosings('::: tip\nText.\n:::\n', {names: ['tip']}), '::: tip\nText.\n   \n');
  assert.equal(blankContainerClosings('::: aside\nText.\n:::\n', {names: ['tip']}), '::: aside\nText.\n:::\n');
  // Both parsers try the outer container's fence first: with equal runs the first `:::` ends the outer one.
  assert.equal(blankContainerClosings(':::tip\n:::note\nA\n:::\n:::\n', {}), ':::tip\n:::note\nA\n   \n:::\n');
  assert.equal(blankContainerClosings('    :::\n', {}), '    :::\n');
});
