// Generator behaviours the round-11 tune set showed postlint lacked (MkDocs hooks, Jekyll permalinks,
// multi-deploy mdBook hosts, Hugo front matter), each on a small site of its own, asserted by exact
// rule id, line and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteStderr, tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

/** The run's notices on stderr that say links were left unreported. */
const notices = (root) => siteStderr(root).split('\n').filter((line) => line.includes('left unreported'));

// ---- MkDocs: hooks whose build-level events may write files into the built site ----

const mkdocsPage = [
  '# Release',
  '',
  'Check with [the key](/signing.pub), [the same by URL](https://docs.example.org/signing.pub) and [a screenshot](shot.png).',
  '',
].join('\n');

test('mkdocs hooks: a hook with on_post_build makes a missing site-root file unverifiable; a missing relative file is still reported', () => {
  const root = tempSite({
    'mkdocs.yml': 'site_name: Demo\nsite_url: https://docs.example.org/\nhooks:\n  - tools/hooks.py\n',
    'tools/hooks.py': 'import shutil\n\ndef on_post_build(config, **kwargs):\n    shutil.copy("keys/signing.pub", config.site_dir)\n',
    'docs/index.md': mkdocsPage,
  });
  assert.deepEqual(run(root), ['docs/index.md:3:97 no-missing-files']);
  const rows = unverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['3:12 /signing.pub', '3:37 https://docs.example.org/signing.pub']);
  assert.match(rows[0], /the MkDocs hook tools\/hooks\.py has on_post_build, which may write files into the built site/);
  assert.deepEqual(notices(root), ['postlint: no-missing-files in site .: 2 site-root links to a file the checkout lacks left unreported: the MkDocs hook tools/hooks.py has on_post_build, which may write files into the built site (the rule\'s showUnverifiable option lists them)']);
});

test('mkdocs hooks: a hook with only page events writes no files (reported); a hook postlint cannot read may (unverifiable)', () => {
  const pageOnly = tempSite({
    'mkdocs.yml': 'site_name: Demo\nsite_url: https://docs.example.org/\nhooks:\n  - tools/hooks.py\n',
    'tools/hooks.py': 'def on_page_markdown(markdown, **kwargs):\n    return markdown.replace("TODAY", "now")\n',
    'docs/index.md': mkdocsPage,
  });
  assert.deepEqual(run(pageOnly), ['docs/index.md:3:12 no-missing-files', 'docs/index.md:3:37 no-missing-files', 'docs/index.md:3:97 no-missing-files']);
  assert.deepEqual(notices(pageOnly), []);
  const unread = tempSite({
    'mkdocs.yml': 'site_name: Demo\nhooks:\n  - tools/gone.py\n',
    'docs/index.md': mkdocsPage,
  });
  assert.deepEqual(run(unread), ['docs/index.md:3:97 no-missing-files']);
  assert.match(unverifiable(unread)[0], /^3:12 \/signing\.pub: the MkDocs hook tools\/gone\.py \(which postlint cannot read\)/);
});

test('mkdocs hooks: only a top-level def (or binding) of on_pre_build, on_files or on_post_build counts; on_config, page events, comments, strings and methods do not', () => {
  const hooked = (hooks) => tempSite({
    'mkdocs.yml': 'site_name: Demo\nsite_url: https://docs.example.org/\nhooks:\n' + Object.keys(hooks).map((path) => `  - ${path}\n`).join(''),
    ...hooks,
    'docs/index.md': mkdocsPage,
  });
  const all = ['docs/index.md:3:12 no-missing-files', 'docs/index.md:3:37 no-missing-files', 'docs/index.md:3:97 no-missing-files'];
  const configOnly = hooked({'hooks.py': 'def on_config(config):\n    return config\n'});
  assert.deepEqual(run(configOnly), all);
  assert.deepEqual(notices(configOnly), []);
  const mentionsOnly = hooked({
    'hooks.py': [
      '# on_post_build(config) would copy the key; see on_files below',
      '"""',
      'def on_files(files, config):',
      '"""',
      'NOTE = "def on_post_build(config):"',
      'class Helper:',
      '    def on_pre_build(self, config):',
      '        pass',
      'def on_page_markdown(markdown, **kwargs):',
      '    def on_post_build(config):',
      '        pass',
      '    return markdown',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(mentionsOnly), all);
  assert.deepEqual(notices(mentionsOnly), []);
  const placing = hooked({
    'tools/a.py': 'import mkdocs\n\nif True:\n    def on_pre_build(config):\n        pass\n\n@mkdocs.plugins.event_priority(-50)\ndef on_files(files, config):\n    return files\n\ndef on_config(config):\n    return config\n',
    'tools/b.py': 'from tools.deploy import copy_key as on_post_build\n',
  });
  assert.deepEqual(run(placing), ['docs/index.md:3:97 no-missing-files']);
  const reason = 'the MkDocs hook tools/a.py has on_pre_build and on_files, which may write files into the built site; the MkDocs hook tools/b.py has on_post_build, which may write files into the built site';
  assert.deepEqual(unverifiable(placing), [`3:12 /signing.pub: ${reason}`, `3:37 https://docs.example.org/signing.pub: ${reason}`]);
  assert.deepEqual(notices(placing), [`postlint: no-missing-files in site .: 2 site-root links to a file the checkout lacks left unreported: ${reason} (the rule's showUnverifiable option lists them)`]);
});

// ---- A book served at `/` and `/<ref>/`: mdBook's index page, and a host other deploys fill ----

const deployWorkflow = (publishDir) => [
  'on: {push: {branches: [main], tags: ["*"]}}',
  'jobs:',
  '  deploy:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: mdbook build',
  '      - uses: peaceiris/actions-gh-pages@v4',
  '        with:',
  `          publish_dir: ${publishDir}`,
  '          destination_dir: ./${{ env.OUTDIR }}',
  '',
].join('\n');

const bookFiles = {
  'book.toml': '[book]\ntitle = "Demo"\n',
  'src/SUMMARY.md': '# Summary\n\n[Welcome](welcome.md)\n\n- [Usage](usage.md)\n',
  'src/welcome.md': '# Welcome\n\n<a href="/">Stable</a> <a href="/main/">Latest</a> [usage](/usage.html) [gone](/gone.html)\n',
  'src/usage.md': '# Usage\n\nBack to [the start](/index.html) or [the root](/).\n',
};

test('mdbook: `/` and `/index.html` are the first chapter, which mdBook also writes as index.html (no case or no-index message); a missing site-root path is reported', () => {
  const root = tempSite(bookFiles);
  assert.deepEqual(run(root), ['src/welcome.md:3:27 no-missing-files', 'src/welcome.md:3:73 no-missing-files']);
});

test('gh-pages deploys: a workflow publishing the book into a destination_dir shares the host: missing site-root paths are unverifiable; a deploy of another folder changes nothing', () => {
  const shared = tempSite({...bookFiles, '.github/workflows/pages.yml': deployWorkflow('./book')});
  assert.deepEqual(run(shared), []);
  const rows = unverifiable(shared);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['3:27 /main/', '3:73 /gone.html']);
  assert.match(rows[0], /\.github\/workflows\/pages\.yml publishes the site into destination_dir \.\/\$\{\{ env\.OUTDIR \}\} \(peaceiris\/actions-gh-pages\): other deploys fill the same host/);
  assert.equal(notices(shared).length, 1);
  assert.match(notices(shared)[0], /^postlint: no-missing-files in site \.: 2 site-root links to a file the checkout lacks left unreported: \.github\/workflows\/pages\.yml publishes/);
  const other = tempSite({...bookFiles, '.github/workflows/pages.yml': deployWorkflow('./site')});
  assert.deepEqual(run(other), ['src/welcome.md:3:27 no-missing-files', 'src/welcome.md:3:73 no-missing-files']);
});

// ---- Jekyll: a page whose permalink is the URL of a source folder without an index ----

test('jekyll: a source folder without an index whose URL is a page\'s permalink is read as that page URL (not "no index"); a folder no permalink names is still reported', () => {
  const root = tempSite({
    '_config.yml': 'title: Demo\nbaseurl: "/proj"\n',
    'guide/new_setup.md': '---\ntitle: Setup\npermalink: /guide/new-setup/\n---\n\n# Setup\n\n## Seed\n\nText.\n',
    'guide/new-setup/go.md': '---\ntitle: Go\npermalink: /guide/new-setup/go/\n---\n\n# Go\n\nText.\n',
    'guide/other/a.md': '---\ntitle: A\n---\n\n# A\n\nText.\n',
    'faq.md': '---\ntitle: FAQ\n---\n\n# FAQ\n\nSee [the seed]({{ site.baseurl }}/guide/new-setup#seed) and [other]({{ site.baseurl }}/guide/other).\n',
  });
  assert.deepEqual(run(root), ['faq.md:7:69 no-missing-files']);
  const rows = unverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['7:16 /guide/new-setup#seed']);
});

// ---- Hugo: a taxonomy left empty has no terms ----

// A field no taxonomy of the site names is a page param Hugo passes on untyped (fix44b): empty or not, no wrong type.
test('hugo: an empty (null) taxonomy field is no terms, not a wrong type; an empty field that is no taxonomy of the site is a param, not typed', () => {
  const post = '---\ntitle: "Made new"\ndate: 2025-10-19\n\ncategories:\ntags:\n - civics\n---\n\nText.\n';
  const defaults = tempSite({'hugo.toml': 'title = "Demo"\n', 'content/posts/made-new.md': post});
  assert.deepEqual(run(defaults), []);
  const own = tempSite({'hugo.toml': 'title = "Demo"\n\n[taxonomies]\ntag = "tags"\n', 'content/posts/made-new.md': post});
  assert.deepEqual(run(own), []);
});

// ---- Docusaurus: a Markdown image is resolved from the source files at build time, not by the host ----

test('docusaurus: a missing Markdown image is reported even where a host rewrite could answer its URL; an HTML image there is still the host\'s (unverifiable)', () => {
  const root = tempSite({
    'docusaurus.config.js': "module.exports = {\n  title: 'Demo',\n  presets: [['classic', {docs: {}}]],\n};\n",
    'netlify.toml': '[[redirects]]\n  from = "/docs/*"\n  to = "/docs/intro/:splat"\n',
    'docs/intro.md': '# Intro\n\nText.\n',
    'docs/guide.md': '# Guide\n\nText.\n\n[gh]: https://example.org/\n\n![Diagram](diagram-gone.png)\n\n<img src="photo-gone.png" alt="Photo" />\n',
  });
  assert.deepEqual(run(root), ['docs/guide.md:7:1 no-missing-files']);
  const rows = unverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['9:6 photo-gone.png']);
  assert.match(rows[0], /netlify\.toml has a rule that may answer it/);
});
