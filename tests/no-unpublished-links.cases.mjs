import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, ruleFindings, siteFindings} from './rule-helpers.mjs';

const rule = 'no-unpublished-links';
const posts = 'no-unpublished-links/hugo/content/posts';
const now = new Date('2024-06-01T12:00:00Z');

test('no-unpublished-links flags links to drafts, scheduled and expired posts through every kind of link, and nothing else (a draft may link to a draft)', async () => {
  const {rows, messages} = await lintRule(rule, ['no-unpublished-links/hugo'], {now});
  assert.deepEqual(rows, [
    `${posts}/links-to-unpublished.md:6:49 ${rule}`, // [part two](series/part-two.md#setup): draft
    `${posts}/links-to-unpublished.md:7:24 ${rule}`, // relref to part three: scheduled
    `${posts}/links-to-unpublished.md:8:4 ${rule}`, // <a href="next-part/">: expired bundle
    `${posts}/links-to-unpublished.md:10:10 ${rule}`, // {{< ref "/posts/series/part-two.md" >}}
    `${posts}/links-to-unpublished.md:12:1 ${rule}`, // [sequel]: definition
  ]);
  assert.match(messages[0].message, /^Link to "series\/part-two\.md#setup" leads to an unpublished post: content\/posts\/series\/part-two\.md is marked `draft: true`; .*404/);
  // Part three's offset-less date is 09:00 in Lisbon (UTC+1 in summer).
  assert.match(messages[1].message, /part-three\.md is scheduled for 2024-07-01 08:00Z/);
  assert.match(messages[2].message, /next-part\/index\.md expired on 2024-04-30 23:00Z/);
  assert.equal(messages[0].severity, 'error');
});

test('no-unpublished-links reads targets outside the run (one changed post), and follows the clock', async () => {
  const rows = await ruleFindings(rule, [`${posts}/links-to-unpublished.md`], {now: new Date('2024-07-02T00:00:00Z')});
  // Part three went live on 1 July; the draft and the expired offer are still unpublished.
  assert.deepEqual(rows.map((r) => /:(\d+:\d+) /.exec(r)[1]), ['6:49', '8:4', '10:10', '12:1']);
});

test('no-unpublished-links: Jekyll _drafts and published: false', async () => {
  const rows = await siteFindings(rule, {
    '_config.yml': 'title: T\n',
    '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n\n[idea](../_drafts/idea.md) and [b](2024-01-02-b.md).\n',
    '_posts/2024-01-02-b.md': '---\ntitle: B\npublished: false\n---\n\nText.\n',
    '_drafts/idea.md': '---\ntitle: Idea\n---\n\nText.\n',
  });
  assert.deepEqual(rows, ['_posts/2024-01-01-a.md:5:1 no-unpublished-links', '_posts/2024-01-01-a.md:5:32 no-unpublished-links']);
});
