// jekyll-redirect-from, when the site turns it on (`plugins:` in _config.yml, or the Gemfile's
// :jekyll_plugins group), serves a page at each `redirect_from` URL too: a link to one, absolute
// or relative to the linking page's URL, reaches the page. Without the plugin the URL is nothing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, tempSite} from './helpers.mjs';

const site = {
  '_config.yml': 'title: Guides\nplugins:\n  - jekyll-redirect-from\ncollections:\n  guides:\n    output: true\n    permalink: guides/:path\n',
  '_guides/matchers.md': '---\ntitle: Matchers\nredirect_from:\n  - "/guides/matcher"\n---\n\n## Writing one\n\nText.\n',
  '_guides/formatters.md': '---\ntitle: Formatters\n---\n\nFirst write <a href="./matcher">a matcher</a> ([how](/guides/matcher#writing-one)); not [this](./matchr).\n',
};

const run = (files) => siteFindings(tempSite(files));

test('Jekyll: a redirect_from URL reaches its page when jekyll-redirect-from is on', () => {
  assert.deepEqual(run(site), ['_guides/formatters.md:5:89 no-missing-files']);
});

test('Jekyll: the Gemfile plugin group turns it on too; without the plugin a redirect_from URL is nothing', () => {
  const gemfile = {...site, '_config.yml': site['_config.yml'].replace('plugins:\n  - jekyll-redirect-from\n', ''), Gemfile: "source 'https://rubygems.org'\ngroup :jekyll_plugins do\n  gem 'jekyll-redirect-from'\nend\n"};
  assert.deepEqual(run(gemfile), ['_guides/formatters.md:5:89 no-missing-files']);
  const off = {...gemfile, Gemfile: "source 'https://rubygems.org'\ngem 'jekyll-redirect-from'\n"};
  // The relative link is broken; a site-root page URL no file has is left to permalinks (unverifiable), as before.
  assert.deepEqual(run(off), ['_guides/formatters.md:5:16 no-missing-files', '_guides/formatters.md:5:89 no-missing-files']);
});
