import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, lintSite, ruleFindings, ruleMessages, siteFindings} from './rule-helpers.mjs';

const rule = 'no-drafts';
const at = (iso) => ({now: new Date(iso)});

test('no-drafts flags draft: true at the front-matter line', async () => {
  assert.deepEqual(await siteFindings(rule, {'post.md': '---\ntitle: A\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n'}), ['post.md:4:1 no-drafts']);
});

test('no-drafts leaves a published post alone', async () => {
  assert.deepEqual(await siteFindings(rule, {'post.md': '---\ntitle: A\ndate: 2020-01-01\ndraft: false\n---\n\nText.\n'}), []);
});

test('no-drafts fixtures: draft: true, published: false, status: draft, TOML draft, each at its field', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-drafts/fail']), [
    'no-drafts/fail/draft-true.md:4:1 no-drafts',
    'no-drafts/fail/published-false.md:4:1 no-drafts',
    'no-drafts/fail/status-draft.md:3:1 no-drafts',
    'no-drafts/fail/toml-draft.md:4:1 no-drafts',
  ]);
  assert.deepEqual(await ruleFindings(rule, ['no-drafts/pass'], at('2024-06-01T00:00:00Z')), []);
});

test('no-drafts: files in a Jekyll _drafts folder are drafts', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-drafts/jekyll/_drafts']), ['no-drafts/jekyll/_drafts/an-idea.md:1:1 no-drafts']);
});

test('no-drafts reads offset-less dates in the Hugo timeZone and says when a post goes live within 24 h', async () => {
  const {rows, messages: [launch, quarter, sale]} = await lintRule(rule, ['no-drafts/hugo-kolkata'], at('2024-05-01T20:00:00Z'));
  assert.deepEqual(rows, [
    'no-drafts/hugo-kolkata/content/posts/launch.md:3:1 no-drafts',
    'no-drafts/hugo-kolkata/content/posts/next-quarter.md:3:1 no-drafts', // publishDate wins over date
    'no-drafts/hugo-kolkata/content/posts/spring-sale.md:4:1 no-drafts',
  ]);
  // 09:00 in Kolkata is 03:30 UTC: seven and a half hours after "now".
  assert.match(launch.message, /scheduled for 2024-05-02 03:30Z \(in 7 h 30 min, reading "2024-05-02T09:00:00" in Asia\/Kolkata\)/);
  assert.equal(launch.severity, 'warning', 'scheduled is a warning');
  assert.match(quarter.message, /scheduled for 2024-08-31 18:30Z; /);
  assert.match(sale.message, /expired on 2024-04-29 18:30Z/);
  assert.equal(sale.severity, 'warning', 'expired is a warning');
  // Once 03:30 UTC has passed, the launch post is live.
  assert.deepEqual(await ruleFindings(rule, ['no-drafts/hugo-kolkata/content/posts/launch.md'], at('2024-05-02T03:31:00Z')), []);
});

test('no-drafts reads Jekyll timezone, and TOML local dates, in the site zone', async () => {
  const [evening] = await ruleMessages(rule, ['no-drafts/jekyll/_posts'], at('2024-05-01T20:00:00Z'));
  assert.match(evening.message, /scheduled for 2024-05-02 00:00Z \(in 4 h, reading "2024-05-01 20:00:00" in America\/New_York\)/);
  const {messages} = await lintSite(rule, {
    'hugo.toml': 'timeZone = "Europe/Berlin"\n',
    'content/posts/t.md': '+++\ntitle = "T"\ndate = 2024-07-01T10:00:00\n+++\n\nText.\n',
  }, at('2024-07-01T07:30:00Z'));
  assert.equal(messages.length, 1);
  assert.match(messages[0].message, /scheduled for 2024-07-01 08:00Z \(in 30 min, reading "2024-07-01T10:00:00" in Europe\/Berlin\)/);
});

test('no-drafts without a site time zone reads offset-less dates as UTC', async () => {
  const files = {'post.md': '---\ntitle: A\ndate: 2024-07-01T10:00:00\n---\n\nText.\n'};
  assert.deepEqual(await siteFindings(rule, files, at('2024-07-01T09:59:00Z')), ['post.md:3:1 no-drafts']);
  assert.deepEqual(await siteFindings(rule, files, at('2024-07-01T10:00:01Z')), []);
});

test('no-drafts: buildFuture in the site config publishes future posts', async () => {
  const files = {
    'hugo.toml': 'buildFuture = true\n',
    'content/post.md': '---\ntitle: A\ndate: 2099-01-01\n---\n\nText.\n',
  };
  assert.deepEqual(await siteFindings(rule, files), []);
  // Without it, the same post is scheduled.
  assert.deepEqual(await siteFindings(rule, {...files, 'hugo.toml': 'title = "T"\n'}), ['content/post.md:3:1 no-drafts']);
});

test('no-drafts allow globs, relative to the config file', async () => {
  const files = {
    'content/drafts/idea.md': '---\ntitle: A\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n',
    'content/posts/post.md': '---\ntitle: B\ndate: 2020-01-01\ndraft: true\n---\n\nText.\n',
  };
  assert.deepEqual(await siteFindings(rule, files, {options: {allow: ['content/drafts/**']}}), ['content/posts/post.md:4:1 no-drafts']);
});

test('no-drafts: a Jekyll post dated in the future by its file name is scheduled', async () => {
  const {rows, messages} = await lintSite(rule, {
    '_config.yml': 'title: T\n',
    '_posts/2024-09-01-autumn.md': '---\ntitle: Autumn\n---\n\nText.\n',
    '_posts/2024-01-01-winter.md': '---\ntitle: Winter\n---\n\nText.\n',
  }, at('2024-06-01T00:00:00Z'));
  assert.deepEqual(rows, ['_posts/2024-09-01-autumn.md:1:1 no-drafts']);
  assert.match(messages[0].message, /scheduled for 2024-09-01 00:00Z/);
});

test('no-drafts rounds the time left once as a whole: 4 h 59 min 45 s reads "5 h", never "4 h 60 min"', async () => {
  const files = {'post.md': '---\ntitle: A\ndate: 2024-07-01T10:00:00Z\n---\n\nText.\n'};
  const late = await lintSite(rule, files, at('2024-07-01T05:00:15Z'));
  assert.deepEqual(late.rows, ['post.md:3:1 no-drafts']);
  assert.match(late.messages[0].message, /\(in 5 h\)/);
  const early = await lintSite(rule, files, at('2024-07-01T05:00:45Z'));
  assert.deepEqual(early.rows, ['post.md:3:1 no-drafts']);
  assert.match(early.messages[0].message, /\(in 4 h 59 min\)/);
  const edge = await lintSite(rule, files, at('2024-07-01T08:59:50Z'));
  assert.match(edge.messages[0].message, /\(in 1 h\)/);
  const close = await lintSite(rule, files, at('2024-07-01T09:59:45Z'));
  assert.deepEqual(close.rows, ['post.md:3:1 no-drafts']);
  assert.match(close.messages[0].message, /\(in less than 1 min\)/, 'seconds away is not "0 min"');
});
