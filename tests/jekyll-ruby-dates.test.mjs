// Jekyll reads front-matter dates YAML leaves as strings with Ruby's Time.parse (Date._parse): the
// conformance table fixtures/generators/jekyll-ruby-dates.json, and the front-matter rule on a site.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {rubyTimeAsIso} from '../dist/src/site/generators/jekyll-dates.js';
import {tempSite, siteFindings as run} from './helpers.mjs';

const table = JSON.parse(readFileSync(new URL('../fixtures/generators/jekyll-ruby-dates.json', import.meta.url), 'utf8'));

test('jekyll dates: every form the table says Ruby reads as written is read, to the date written', () => {
  for (const [input, iso, why] of table.read) assert.equal(rubyTimeAsIso(input), iso, `${input} (${why})`);
});

test('jekyll dates: every form the table says Ruby rejects or misreads is not read', () => {
  for (const [input, why] of table.reported) assert.equal(rubyTimeAsIso(input), undefined, `${input} (${why})`);
});

test('jekyll dates: a very long value is no date and takes no time', () => {
  assert.equal(rubyTimeAsIso(`${'Wed '.repeat(10000)}Jun 29 2011`), undefined);
});

const post = (date) => `---\ntitle: A post\ndate: ${date}\n---\n\nSome words of the post.\n`;

test('front-matter: a ctime date on a Jekyll post (Thurs, Sept, -0500) is no finding; an impossible day and a word Ruby misreads as a month still are, at the date\'s line', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\n',
    '_posts/2011-06-29-ctime.md': post('Wed Jun 29 21:13:22 -0500 2011'),
    '_posts/2011-10-13-thurs.md': post('Thurs Oct 13 17:03:39 -0500 2011'),
    '_posts/2011-09-01-sept.md': post('Mon Sept 01 12:17:36 -0600 2011'),
    '_posts/2013-01-08-local.md': post('Tue Jan 08 09:35:31 2013'),
    '_posts/2011-09-30-no-such-day.md': post('Sat Sep 31 10:00:00 -0500 2011'),
    '_posts/2011-06-05-junk.md': post('Sun Junk 05 10:00:00 -0500 2011'),
  });
  assert.deepEqual(run(root), ['_posts/2011-06-05-junk.md:3:1 front-matter', '_posts/2011-09-30-no-such-day.md:3:1 front-matter']);
});

test('front-matter: Hugo reads a date only in Go\'s layouts: the ctime form with an offset is RubyDate (cast.StringToDate), Ruby\'s `Thurs` is none: still reported there', () => {
  const root = tempSite({'hugo.toml': 'title = "Demo"\n', 'content/posts/ctime.md': post('Wed Jun 29 21:13:22 -0500 2011'), 'content/posts/thurs.md': post('Thurs Oct 13 17:03:39 -0500 2011')});
  assert.deepEqual(run(root), ['content/posts/thurs.md:3:1 front-matter']);
});

test('jekyll dates: hostile values just under the 200-character guard (a time then 97 letters that may open a zone name, digits between letters) finish and are no date', {timeout: 10_000}, () => {
  const under = (head, unit) => (head + unit.repeat(200)).slice(0, 199);
  for (const value of [under('1:00 ', 'a '), under('', '1x'), under('1', 'x'), under('', '1/ ')]) {
    assert.equal(value.length, 199);
    assert.equal(rubyTimeAsIso(value), undefined, value);
  }
});
