// Astro without Starlight (generators/astro-templates.ts, src/site/astro-markup.ts, template-ids.ts): a collection
// entry's page is rendered by the route whose getStaticPaths makes one page of each entry, and the components it
// imports; the `id` attributes their markup writes are ids of every entry's page. `id={'share'}` is a literal,
// `` id={`reply-${post.id}`} `` a pattern (unverifiable), `id={post.id}` wholly data (says nothing); the component
// script, `<script>` bodies and comments are no markup. A collection no route renders gets none of them.
// The schema's `z.coerce.date()` takes whatever `new Date(value)` reads (zod ZodDate: `new Date(input.data)`), a day
// the month lacks excepted; an unreadable date is said once. Fixture: fixtures/astro-template-ids. Exact rule, line, column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings, ruleMessages} from './rule-helpers.mjs';

test('ids the entry route and its components write are found; ids only in script, a <script> body or no template are reported', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', ['astro-template-ids']), [
    'astro-template-ids/src/content/notes/a-note.md:7:28 no-broken-anchors',
    'astro-template-ids/src/content/posts/first-post.md:13:6 no-broken-anchors',
    'astro-template-ids/src/content/posts/first-post.md:13:53 no-broken-anchors',
    'astro-template-ids/src/content/posts/first-post.md:13:78 no-broken-anchors',
    // Ids only inside an HTML comment or a `{/* … */}` comment of the route.
    'astro-template-ids/src/content/posts/first-post.md:15:5 no-broken-anchors',
    'astro-template-ids/src/content/posts/first-post.md:15:35 no-broken-anchors',
  ]);
});

test('an id written from a template literal is unverifiable, naming the route that writes it', async () => {
  const messages = await ruleMessages('no-broken-anchors', ['astro-template-ids'], {options: {showUnverifiable: true}});
  const reply = messages.find((message) => message.file.endsWith('first-post.md') && message.line === 11);
  assert.ok(reply, JSON.stringify(messages.map((message) => [message.file, message.line, message.column, message.message])));
  assert.equal(reply.column, 3);
  assert.match(reply.message, /src\/pages\/blog\/\[\.\.\.slug\]\.astro writes id="reply-/);
});

test('a z.coerce.date() key takes what V8 reads as a date; an unreadable one, a rolled-over day and a quoted plain z.date() are reported, each once', async () => {
  assert.deepEqual(await ruleFindings('front-matter', ['astro-template-ids']), [
    'astro-template-ids/src/content/posts/bad-dates.md:3:1 front-matter',
    'astro-template-ids/src/content/posts/bad-dates.md:4:1 front-matter',
    'astro-template-ids/src/content/posts/bad-dates.md:5:1 front-matter',
    // V8 reads `TODO 2024` as 2024-01-01 and `May 1` as 2001-05-01: not the date written, still reported.
    'astro-template-ids/src/content/posts/placeholder-dates.md:3:1 front-matter',
    'astro-template-ids/src/content/posts/placeholder-dates.md:4:1 front-matter',
  ]);
  const messages = await ruleMessages('front-matter', ['astro-template-ids']);
  assert.match(messages.find((message) => message.line === 3).message, /"date" is not a date generators can read \("sometime soon"\)/);
});
