// A release post's list of resolved issues as raw HTML (`<li><a href="…/issues/12">#12</a> - title</li>`)
// or with one link over the number and the title (`[#12 - title](…/pull/12)`): the titles are their
// filers' words, left alone by spelling and brand-casing; the post's own sentences and headings, an
// entry of the writer's words that mentions an issue at its end, and a numbered link to another
// entry than its number are read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {siteFindings} from './rule-helpers.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const page = (path) => readFileSync(`${fixtures}${path}`, 'utf8');
// Jekyll writes raw HTML blocks as they are: their text is prose a reader sees.
const jekyll = (name, text) => ({'_config.yml': 'title: t\n', [name]: text});

test('the issue titles a raw HTML list or a numbered link quotes are not spell-checked; the post\'s prose, a writer\'s item and a mismatched number are', async () => {
  const found = await siteFindings('spelling', jekyll('_posts/2026-01-02-widget.markdown', page('quoted-records/resolved-issues.markdown')), {options: {report: 'unknown'}});
  assert.deepEqual(found, [
    '_posts/2026-01-02-widget.markdown:5:26 spelling', // "enhancments", the post's own sentence
    '_posts/2026-01-02-widget.markdown:13:39 spelling', // "relase", the writer's item that cites #104 at its end
    '_posts/2026-01-02-widget.markdown:19:35 spelling', // "commments", #202 linking to pull 999: not its own entry
  ]);
});

test('brand-casing leaves a quoted title\'s `Mysql` alone and still reports the post\'s `Github` heading', async () => {
  const found = await siteFindings('brand-casing', jekyll('_posts/2026-01-02-widget.markdown', page('quoted-records/resolved-issues.markdown')));
  assert.deepEqual(found, ['_posts/2026-01-02-widget.markdown:7:5 brand-casing']);
});

test('without the change the same entries are read: a title that does not lead with its number is the writer\'s', async () => {
  const text = page('quoted-records/resolved-issues.markdown')
    .replace('<li><a href="https://github.com/example/widget/issues/101">#101</a> - Widgit crashes on emtpy input</li>', '<li>Widgit crashes on emtpy input, see <a href="https://github.com/example/widget/issues/101">#101</a></li>')
    .replace('[#201 - Parser chokes on nested qoutes]', '[Parser chokes on nested qoutes, #201]');
  const found = await siteFindings('spelling', jekyll('_posts/2026-01-02-widget.markdown', text), {options: {report: 'unknown'}});
  assert.ok(found.includes('_posts/2026-01-02-widget.markdown:10:23 spelling'), found.join(', '));
  assert.ok(found.includes('_posts/2026-01-02-widget.markdown:18:28 spelling'), found.join(', '));
});
