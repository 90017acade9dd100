// Comment widgets a page's templates load (src/site/comment-widgets.ts, read in template-ids.ts): Disqus reads
// `#comment-<number>` on the host page and shows that comment; Isso renders each comment as `id="isso-<number>"`.
// Such a fragment is unverifiable, naming the template that loads the widget, only when one does; any other
// fragment of the page is still judged. Fixtures: fixtures/generators/{hugo-disqus-comments,
// hugo-disqus-commented-out, jekyll-isso-comments, astro-disqus-comments}. Exact rule, line, column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings, ruleMessages} from './rule-helpers.mjs';
import {commentWidgetsLoaded} from '../dist/src/site/comment-widgets.js';

const unverifiable = async (site) =>
  (await ruleMessages('no-broken-anchors', [`generators/${site}`], {options: {showUnverifiable: true}})).filter((message) => /loads (?:Disqus|Isso)/.test(message.message));

test('Hugo: a partial calling the embedded Disqus template leaves #comment-<number> unverifiable, other fragments reported', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['generators/hugo-disqus-comments']), [
    'generators/hugo-disqus-comments/content/posts/grafting.md:8:68 no-broken-anchors',
    'generators/hugo-disqus-comments/content/posts/grafting.md:10:40 no-broken-anchors',
  ]);
  const [comment, ...rest] = await unverifiable('hugo-disqus-comments');
  assert.equal(rest.length, 0);
  assert.equal(`${comment.line}:${comment.column}`, '8:33');
  assert.match(comment.message, /layouts\/partials\/comments\.html loads Disqus/);
});

test('Hugo: Disqus commented out of the layout loads nothing, so #comment-<number> is reported', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['generators/hugo-disqus-commented-out']), [
    'generators/hugo-disqus-commented-out/content/posts/grafting.md:8:33 no-broken-anchors',
    'generators/hugo-disqus-commented-out/content/posts/grafting.md:8:68 no-broken-anchors',
    'generators/hugo-disqus-commented-out/content/posts/grafting.md:10:40 no-broken-anchors',
  ]);
});

test('Jekyll: a layout loading Isso leaves #isso-<number> unverifiable; a Disqus form is still reported', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['generators/jekyll-isso-comments']), [
    'generators/jekyll-isso-comments/_posts/2024-03-02-spring-tides.md:10:16 no-broken-anchors',
  ]);
  const found = await unverifiable('jekyll-isso-comments');
  assert.deepEqual(found.map((message) => `${message.line}:${message.column}`), ['8:4']);
  assert.match(found[0].message, /_layouts\/post\.html loads Isso/);
});

test('Astro: the entry route loading Disqus in a <script> leaves #comment-<number> unverifiable', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['generators/astro-disqus-comments']), [
    'generators/astro-disqus-comments/src/content/posts/descaling.md:9:5 no-broken-anchors',
  ]);
  const found = await unverifiable('astro-disqus-comments');
  assert.deepEqual(found.map((message) => `${message.line}:${message.column}`), ['7:16']);
  assert.match(found[0].message, /src\/pages\/blog\/\[\.\.\.slug\]\.astro loads Disqus/);
});

test('what counts as loading a widget', () => {
  const names = (text) => commentWidgetsLoaded(text).map((widget) => widget.name);
  assert.deepEqual(names(`s.src = 'https://' + shortname + '.disqus.com/embed.js';`), ['Disqus']);
  assert.deepEqual(names('{{ partial "disqus.html" . }}'), ['Disqus']);
  assert.deepEqual(names('<script data-isso="/isso/" src="/isso/js/embed.min.js"></script>'), ['Isso']);
  // Commented out, a count script only, or a name in prose: nothing loaded.
  assert.deepEqual(names(`  // s.src = 'https://x.disqus.com/embed.js';`), []);
  assert.deepEqual(names('{% comment %}<script src="//x.disqus.com/embed.js"></script>{% endcomment %}'), []);
  assert.deepEqual(names('<script id="dsq-count-scr" src="//x.disqus.com/count.js"></script>'), []);
  assert.deepEqual(names('<p>Comments by Disqus and Isso are off.</p>'), []);
});
