// Generator behaviours earlier precision rounds left open (round 10's "Left:"), each on a small
// site of our own, asserted by exact rule id, line and column, found and not found.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run} from './helpers.mjs';

// ---- MkDocs: admonitions, details and tabs inside list items (Python-Markdown's ListIndentProcessor) ----

const steps = [
  '# Steps', // 1
  '',
  '1. Install the tool.', // 3
  '',
  '    === "Linux"', // 5
  '',
  '        ##### On Linux { #on-linux }', // 7
  '',
  '        See [setup](setup.md) and [gone](missing-linux.md).', // 9
  '',
  '    === "macOS"', // 11
  '        !!! tip', // 12
  '            A [lost link](gone-tip.md).', // 13
  '',
  '2. Configure it:', // 15
  '    !!! note', // 16: right under the item's text, still the item's
  '        [Missing](missing-note.md) here.', // 17
  '',
  '- A bullet', // 19
  '',
  '    - A nested bullet', // 21
  '',
  '        ??? faq "Why?"', // 23
  '',
  '            ##### Because { #because }', // 25
  '',
  'Back at the margin.', // 27
  '',
  '    !!! note', // 29: after a margin paragraph an indented line is code
  '        [Not a link](code.md)', // 30
  '',
].join('\n');

const stepsIndex = '# Home\n\nSee [Linux](steps.md#on-linux), [why](steps.md#because) and [nowhere](steps.md#nowhere).\n';

function stepsSite(extensions) {
  return tempSite({
    'mkdocs.yml': `site_name: Demo\n${extensions}`,
    'docs/index.md': stepsIndex,
    'docs/steps.md': steps,
    'docs/setup.md': '# Setup\n\nRun it.\n',
  });
}

test('mkdocs: a tab, an admonition or a details block inside a list item (and inside those) has a Markdown body: ids exist, links are checked where they are', () => {
  const root = stepsSite('markdown_extensions:\n  - admonition\n  - attr_list\n  - pymdownx.details\n  - pymdownx.tabbed:\n      alternate_style: true\n');
  assert.deepEqual(run(root), [
    'docs/index.md:3:61 no-broken-anchors',
    'docs/steps.md:13:15 no-missing-files',
    'docs/steps.md:17:9 no-missing-files',
    'docs/steps.md:9:35 no-missing-files',
  ]);
});

test('mkdocs: without those extensions the same bodies are code or paragraph text, as Python-Markdown reads them', () => {
  const root = stepsSite('markdown_extensions:\n  - attr_list\n');
  assert.deepEqual(run(root), [
    'docs/index.md:3:33 no-broken-anchors',
    'docs/index.md:3:5 no-broken-anchors',
    'docs/index.md:3:61 no-broken-anchors',
    // Indented lines continue a paragraph: the link is a link in every reading.
    'docs/steps.md:13:15 no-missing-files',
    'docs/steps.md:17:9 no-missing-files',
  ]);
});
