// Heading ids as browsers match them and as attribute blocks set them: a percent-encoded fragment
// reaches the decoded id (and an id written with escapes is reached by the link that writes them);
// a kramdown block IAL right under a heading sets that heading's id; a markdown-it-attrs block on
// its own line gives the page its id. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

function run(files, args = []) {
  const root = tempSite(files, 'postlint-ids-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', ...args, '.'], {cwd: root});
  return findings(json, root).filter((row) => /no-broken-anchors|no-missing-files/.test(row)).sort();
}

test('a percent-encoded fragment matches the decoded id and the raw form too; a wrong one still fails', () => {
  assert.deepEqual(run({
    'guide.md': [
      '# Guide',
      '',
      '## Café au lait',
      '',
      'Text.',
      '',
      'See [the café](#caf%C3%A9-au-lait), [raw](#café-au-lait) and [wrong](#caf%C3%A9-noir).',
      '',
    ].join('\n'),
  }), ['guide.md:7:62 no-broken-anchors']);
});

test('markdown-it-anchor ids written with escapes (`async%2Fawait`) are reached by the link that writes the escapes', () => {
  const files = {
    'eleventy.config.js': "import markdownItAnchor from 'markdown-it-anchor';\nexport default function (config) { config.amendLibrary('md', (md) => md.use(markdownItAnchor)); }\n",
    'post.md': [
      '# Post',
      '',
      '## `async`/`await`',
      '',
      'Text.',
      '',
      '## Which version should I use?',
      '',
      'Text.',
      '',
      'Read [it](#async%2Fawait), [this](#which-version-should-i-use%3F) and [not this](#async%2Fwait).',
      '',
    ].join('\n'),
  };
  assert.deepEqual(run(files), ['post.md:11:71 no-broken-anchors']);
});

test('kramdown: a block IAL on the line under a heading (`{: #id}`, `{:#id}`) sets its id; with a blank line between it does not', () => {
  const files = {
    '_config.yml': 'kramdown:\n  input: kramdown\n',
    'page.md': [
      '---',
      'title: Page',
      '---',
      '## Install the tool',
      '{: #setup}',
      '',
      'Text.',
      '',
      '## Configure it',
      '{:#config .wide}',
      '',
      'Text.',
      '',
      '## Run it',
      '',
      '{: #running}',
      '',
      'Text.',
      '',
      'Go to [setup](#setup), [config](#config), [run](#run-it) and [gone](#install-the-tool).',
      '',
    ].join('\n'),
  };
  // The IAL under "Run it" follows a blank line: kramdown gives it to nothing, and "#run-it" stays.
  assert.deepEqual(run(files), ['page.md:20:62 no-broken-anchors']);
});

test('eleventy with markdown-it-attrs: a paragraph that is only `{ #id }` gives the page that id; without markdown-it-attrs it is text', () => {
  const page = [
    '# Debugging',
    '',
    'Given a `test.js` example:',
    '',
    '{ #test.js }',
    '',
    'Run [test.js](#test.js) and [nothing](#test-ts).',
    '',
  ].join('\n');
  const withAttrs = "import markdownItAttrs from 'markdown-it-attrs';\nimport markdownItAnchor from 'markdown-it-anchor';\nexport default function (config) { config.amendLibrary('md', (md) => md.use(markdownItAttrs).use(markdownItAnchor)); }\n";
  assert.deepEqual(run({'eleventy.config.js': withAttrs, 'debug.md': page}), ['debug.md:7:29 no-broken-anchors']);
  const without = "import markdownItAnchor from 'markdown-it-anchor';\nexport default function (config) { config.amendLibrary('md', (md) => md.use(markdownItAnchor)); }\n";
  assert.deepEqual(run({'eleventy.config.js': without, 'debug.md': page}), ['debug.md:7:29 no-broken-anchors', 'debug.md:7:5 no-broken-anchors']);
});
