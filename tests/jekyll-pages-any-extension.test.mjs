// Jekyll renders every file it reads that opens with front matter, whatever its extension: a
// `feed.json` template is a page at its `permalink:`. `include:` makes an underscore folder read,
// so its files are pages too; without it the folder is not read and its files are no pages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, tempSite} from './helpers.mjs';

const site = {
  '_config.yml': "title: Feeds\ninclude: ['_pages']\n",
  'index.md': '---\ntitle: Home\n---\n\nRead [the feed](/feed.json), [the list](/list.json) or [the notes](/notes.txt).\n',
  '_pages/feed.json': '---\nlayout: null\npermalink: /feed.json\n---\n{"items": []}\n',
  '_pages/list.json': '{"no": "front matter"}\n',
  'notes.txt': '---\n---\nPlain notes.\n',
};

const run = (files) => siteFindings(tempSite(files));

test('Jekyll: a file with front matter in an included folder is a page at its permalink', () => {
  // list.json has no front matter: a static file at /_pages/list.json, nothing at /list.json.
  assert.deepEqual(run(site), ['index.md:5:30 no-missing-files']);
});

test('Jekyll: without include: the underscore folder is not read, and its files serve nothing', () => {
  const unread = {...site, '_config.yml': 'title: Feeds\n'};
  assert.deepEqual(run(unread), ['index.md:5:30 no-missing-files', 'index.md:5:6 no-missing-files']);
});

test('Jekyll: a Sass page is served as .css (jekyll-sass-converter), a CoffeeScript page as .js with jekyll-coffeescript (or github-pages), else as .coffee', () => {
  const styled = {
    '_config.yml': 'title: Styles\n',
    'Gemfile': "source 'https://rubygems.org'\ngem 'jekyll'\n",
    'index.md': '---\ntitle: Home\n---\n\nSee [css](/assets/main.css), [js](/assets/app.js), [coffee](/assets/app.coffee).\n',
    'assets/main.scss': '---\n---\nbody { color: red; }\n',
    'assets/app.coffee': '---\n---\nalert "hi"\n',
  };
  assert.deepEqual(run(styled), ['index.md:5:30 no-missing-files']);
  assert.deepEqual(run({...styled, '_config.yml': 'title: Styles\nplugins: [jekyll-coffeescript]\n'}), []);
  assert.deepEqual(run({...styled, Gemfile: "source 'https://rubygems.org'\ngem 'github-pages', group: :jekyll_plugins\n"}), []);
});

test('Jekyll: a Gemfile group closes at its own `end`, not at the `end` of a block nested in it', () => {
  const site = {
    '_config.yml': 'title: Styles\n',
    'index.md': '---\ntitle: Home\n---\n\nSee [js](/assets/app.js).\n',
    'assets/app.coffee': '---\n---\nalert "hi"\n',
  };
  const nested = "source 'https://rubygems.org'\ngroup :jekyll_plugins do\n  platforms :ruby do\n    gem 'tzinfo'\n  end\n  gem 'jekyll-coffeescript'\nend\n";
  assert.deepEqual(run({...site, Gemfile: nested}), []);
  const after = "source 'https://rubygems.org'\ngroup :jekyll_plugins do\n  gem 'jekyll-feed'\nend\ngem 'jekyll-coffeescript'\n";
  assert.deepEqual(run({...site, Gemfile: after}), ['index.md:5:5 no-missing-files']);
});
