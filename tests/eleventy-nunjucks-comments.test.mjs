// Eleventy renders a Markdown page with its template engine first (`markdownTemplateEngine`, Liquid by
// default; a page's `templateEngineOverride`): on a page Nunjucks renders, a `{# … #}` comment never
// reaches Markdown, whatever it holds. Liquid has no such comment, and `md` alone runs no engine.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixtures, postlintJson} from './helpers.mjs';
import {blankNunjucksComments} from '../dist/src/text/nunjucks-comments.js';

function rows(cwd) {
  const {json} = postlintJson(['--no-config', '--offline', '.'], {cwd});
  return json.flatMap((file) => file.messages.map((m) => `${file.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId}`)).sort();
}

test('eleventy with setMarkdownTemplateEngine("njk"): a {#- … #} comment holding a rule, a heading, a brand and a broken link gives no finding; the page around it and other engines\' pages are read', () => {
  assert.deepEqual(rows(join(fixtures, 'template-code', 'eleventy-nunjucks')), [
    'pages/liquid-page.md:8:32 brand-casing', // templateEngineOverride: liquid,md — `{#` is text to Liquid
    'pages/plain-page.md:8:25 brand-casing', // templateEngineOverride: md — no engine
    'pages/resume.md:26:31 brand-casing', // inside {% raw %}: Nunjucks writes it as it is
    'pages/resume.md:28:1 no-empty-sections', // Empty: the sections around the comments are still read
    'pages/resume.md:7:31 brand-casing', // Typescript before the comment
    'pages/unclosed.md:7:49 brand-casing', // a `{#` never closed fails the build: left as written
  ]);
});

test('blankNunjucksComments: same length, line breaks kept; tags\' strings, raw blocks and the front matter left alone', () => {
  const text = 'a {# x\ny #} b {{ "{#" }} c\n{% raw %}{# kept #}{% endraw %}\n{#- z -#}\n';
  const out = blankNunjucksComments(text);
  assert.equal(out.length, text.length);
  assert.deepEqual(out.split('\n'), ['a     ', '     b {{ "{#" }} c', '{% raw %}{# kept #}{% endraw %}', '         ', '']);
  const matter = '---\ntitle: "{# t #}"\n---\n{# c #}\n';
  assert.equal(blankNunjucksComments(matter, matter.indexOf('{# c')), '---\ntitle: "{# t #}"\n---\n       \n');
  assert.equal(blankNunjucksComments('open {# never closed\n'), 'open {# never closed\n');
});
