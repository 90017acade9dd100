// Rule concepts left out in round 8, each with a small site of its own and both directions: the
// false alarm gone, a true finding of the same shape kept (rule id, line and column).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const quoting = [
  '# Notes', // 1
  '',
  'Like "@ana is a django rockstar, and Github too" said Ana, and we use Github daily.', // 3
  '',
  'Host it on "Github" today.', // 5: one word in quotes is the writer's mention
  '',
  '> Github is where we all started.', // 7: a blockquote that names its source
  '>',
  '> — Ana Gómez, in The Register',
  '',
  '> **Note:** Github is down on Sundays.', // 11: no source named: the site's own words
  '',
  '- [Get storage for your functions with Minio and Docker](https://blog.example.org/minio/) _2017_', // 13
  '- [Storage on the Cheap With Youtube Today](https://blog.example.org/yt/)',
  '',
  '- [Deploying with Github Actions today](/posts/deploy/)', // 16: the site's own page title
  '',
  'We store files in Minio.', // 18
  '',
  "Here is Ana's article [Building an LLM-powered Chatbot With Python](https://medium.example.org/x), which we liked.", // 20
  '',
  'Write to ana [at] youtube [dot] com or watch on youtube.', // 22
  '',
  'As [the report](https://news.example.org/r) put it:', // 24
  '',
  '> Every team on Github ships faster.', // 26
  '',
  'We built a Chatbot here, with [a tool](https://example.org/t) for Github.', // 28
  '',
  '- [Openstack Swift Repository Plugin](https://github.com/example/swift-plugin), kept by a foundation.', // 30: a project named, not a work
  '- [Tanstack Start with Vite](https://gitlab.com/example/examples/tree/main/tanstack)',
  '- [HeadingsMap for FireFox](https://addons.example.org/headingsmap/)', // 32: a short label, not a work's title
  '- [Our basic operations video on Youtube](https://www.youtube.com/watch?v=x)', // 33: the destination named
  '',
  'Pages are in [Github Flavored Markdown](https://kramdown.example.org/gfm.html), not "*how to setup jekyll*" posts.', // 35
].join('\n') + '\n';

test('brand-casing: others\' words (a quotation, a blockquote naming its source, a linked work\'s title, an obfuscated address) are left as written; the site\'s own are checked', async () => {
  const {rows, messages} = await lintSite('brand-casing', {'page.md': quoting});
  assert.deepEqual(rows, [
    'page.md:3:71 brand-casing',
    'page.md:5:13 brand-casing',
    'page.md:11:13 brand-casing',
    'page.md:16:19 brand-casing',
    'page.md:18:19 brand-casing',
    'page.md:22:49 brand-casing',
    'page.md:28:12 brand-casing',
    'page.md:28:67 brand-casing',
    'page.md:30:4 brand-casing',
    'page.md:31:4 brand-casing',
    'page.md:32:20 brand-casing',
    'page.md:33:34 brand-casing',
    'page.md:35:15 brand-casing',
    'page.md:35:100 brand-casing',
  ]);
  assert.equal(messages[4].message, '`Minio` is written `MinIO`');
  assert.equal(messages[5].message, '`youtube` is written `YouTube`');
  assert.equal(messages[6].message, '`Chatbot` is written `ChatBot`');
});

test('spelling: a phrase marked as a mention in another language is not misspelled English; a typo in a quoted English phrase still is', async () => {
  const page = [
    'This was their *raison d’être* all along.', // 1
    '',
    'The report "Marché immobilier : tendance et évolution des prix" came out.', // 3
    '',
    'He said "we recieve it tomorrow" here.', // 5
    '',
    'We looked at "autoamted tests" here.', // 7
    '',
    'The *raison* was a typo for reason.', // 9: one word alone is no phrase of another language
  ].join('\n') + '\n';
  const {rows, messages} = await lintSite('spelling', {'page.md': page});
  assert.deepEqual(rows, ['page.md:5:13 spelling', 'page.md:7:15 spelling', 'page.md:9:6 spelling']);
  assert.deepEqual(messages.map((m) => m.data.word), ['recieve', 'autoamted', 'raison']);
});

test('spelling and brand-casing report each use at its own column, two on one line as well', async () => {
  const page = 'We recieve mail on Github and recieve parcels from Github.\n\nThey recieve nothing.\n';
  const spelling = await lintSite('spelling', {'page.md': page});
  assert.deepEqual(spelling.rows, ['page.md:1:4 spelling', 'page.md:1:31 spelling', 'page.md:3:6 spelling']);
  // The word's uses in the file, the same on each report; the message names only the word.
  assert.deepEqual(spelling.messages.map((m) => m.data.count), [3, 3, 3]);
  assert.match(spelling.messages[1].message, /^Unknown word "recieve"; did you mean "receive"/);
  const brands = await lintSite('brand-casing', {'page.md': page});
  assert.deepEqual(brands.rows, ['page.md:1:20 brand-casing', 'page.md:1:52 brand-casing']);
});


test('brand-casing: a camel form right after another name is a word of that longer name; after a common word or a sentence\'s start it is the brand miswritten', async () => {
  const page = 'We have a new JHipster DevBox and an Acme DevBox.\n\nUse DevBox or run on DevBox today. Use CloudFlare.\n';
  const {rows, messages} = await lintSite('brand-casing', {'notes.md': page});
  assert.deepEqual(rows, ['notes.md:3:5 brand-casing', 'notes.md:3:22 brand-casing', 'notes.md:3:40 brand-casing']);
  assert.deepEqual(messages.map((m) => m.message), ['`DevBox` is written `Devbox`', '`DevBox` is written `Devbox`', '`CloudFlare` is written `Cloudflare`']);
});

test('spelling: a word and the suffix -ity (`virality`) is a derived form, not a slip; a slip of a word still is', async () => {
  const {rows, messages} = await lintSite('spelling', {'post.md': 'The virality of the post was a surprise to my collegues.\n'});
  assert.deepEqual(rows, ['post.md:1:47 spelling']);
  assert.equal(messages[0].data.word, 'collegues');
});
