// Review mend42b: feed-plugins.ts's isFeedLike tried its two unbounded runs around `feed|rss|atom` at every
// occurrence of the word in a path's last segment: quadratic in a long segment. Its answers are unchanged.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import '../dist/src/engine.js';
import {isFeedLike} from '../dist/src/site/feed-plugins.js';

test('isFeedLike: a feed file named by its last segment (.rss, .atom, an XML or JSON file named for a feed), nothing else', () => {
  for (const path of ['/feed.rss', '/blog/weekly.ATOM', '/feed.xml', '/blog/atom.json', '/rss/news-feed.xml', '/a/myRSS2.xml']) assert.equal(isFeedLike(path), true, path);
  for (const path of ['/feed/', '/feed', '/feeds/index.html', '/rss/data.xml', '/feed.xml/x', '/a.xml', '/feed.yaml', '/x.xmlfeed']) assert.equal(isFeedLike(path), false, path);
});

test('isFeedLike: a long last segment full of the words is read in linear time', () => {
  const time = (n) => {
    const path = `/${'feed'.repeat(n)}.html`;
    const start = process.hrtime.bigint();
    assert.equal(isFeedLike(path), false);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  time(100);
  const small = time(10000);
  const large = time(40000);
  assert.ok(large < small * 8 + 100, `10,000 words: ${small.toFixed(1)} ms, 40,000: ${large.toFixed(1)} ms`);
});
