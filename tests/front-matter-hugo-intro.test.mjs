// Hugo's page lexer (src/front-matter-hugo-intro.ts, from gohugoio/hugo parser/pageparser
// pagelexer_intro.go and its tests): blank space before a `---`/`+++` block, and Org-mode `#+KEY:`
// lines, are front matter. Their fields are read (slug, url, draft), their lines are no prose.
// Another generator reads the same text as Markdown.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {postlintJson, tempSite} from './helpers.mjs';

function messages(root, args = ['.']) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', ...args], {cwd: root});
  return json.flatMap((file) => file.messages.filter((m) => !/spelling|brand-casing/.test(m.ruleId ?? '')).map((m) => `${file.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.ruleId}`)).sort();
}

const blankFirst = '\n\n---\ntitle: Moved\ndate: 2024-01-02\nslug: moved-here\n---\n## Part\n\nText.\n';
const spacedToml = '  \n+++\ntitle = "Spaced"\ndate = 2024-01-02\nurl = "/elsewhere/"\ndraft = true\n+++\n\nText.\n';
const org = '#+TITLE: An Org-style post\n#+DATE: <2024-01-02 Tue>\n#+DRAFT: true\n#+TAGS[]: one two\n#+WEIGHT: 3\n\nText.\n';
const links = '---\ntitle: Links\ndate: 2024-01-02\n---\n\n[a](/posts/moved-here/#part) [b](/posts/moved-here/#nope) [c](/elsewhere/) [d](/posts/org/)\n';

test('Hugo: a block after blank lines, and Org keywords, are front matter: slug, url and draft read, no heading made of their lines', () => {
  const root = tempSite({
    'hugo.toml': 'title = "Site"\n',
    'content/posts/moved.md': blankFirst,
    'content/posts/spaced.md': spacedToml,
    'content/posts/org.md': org,
    'content/posts/links.md': links,
    // `#` with no `+` is a heading, not Org front matter.
    'content/posts/heading.md': '# Heading first\n\nText.\n',
  }, 'postlint-fm-intro-');
  assert.deepEqual(messages(root), [
    // The Org draft's strings (`true`, `3`) are what Hugo casts: no type finding; its draft is one.
    'content/posts/links.md:6:30 no-broken-anchors',
    'content/posts/links.md:6:59 no-unpublished-links',
    'content/posts/links.md:6:76 no-unpublished-links',
    'content/posts/org.md:3:1 no-drafts',
    'content/posts/spaced.md:6:1 no-drafts',
  ]);
});

test('Hugo: before, the block after blank lines was a rule and a setext heading with an empty section; not Hugo, it still is Markdown', () => {
  const markdown = tempSite({'notes/moved.md': blankFirst}, 'postlint-fm-intro-');
  assert.deepEqual(messages(markdown), ['notes/moved.md:4:1 no-empty-sections']);
  const hugo = tempSite({'hugo.toml': 'title = "Site"\n', 'content/posts/moved.md': blankFirst}, 'postlint-fm-intro-');
  assert.deepEqual(messages(hugo), []);
});

// The disk path (SiteIndex.publishInfo): a page the run leaves out is read from disk in the site's
// forms. Hugo's url/slug lookups range over the run's pages only (url-map.ts), so for Hugo this is
// where reading front matter from disk changes a finding.
test('Hugo: drafts outside the run (.postlintignore) are read from disk in each form Hugo reads: a JSON object, a block after blank lines, Org keywords', () => {
  const root = tempSite({
    'hugo.toml': 'title = "Site"\n',
    '.postlintignore': 'content/posts/json.md\ncontent/posts/blank.md\ncontent/posts/org.md\n',
    'content/posts/json.md': '{\n  "title": "Json",\n  "draft": true\n}\n\nText.\n',
    'content/posts/blank.md': '\n---\ntitle: Blank\ndraft: true\n---\n\nText.\n',
    'content/posts/org.md': '#+TITLE: Org\n#+DRAFT: true\n\nText.\n',
    'content/posts/home.md': '---\ntitle: Home\ndate: 2024-01-02\n---\n\nSee [json](json.md), [blank](blank.md), [org](org.md).\n',
  }, 'postlint-fm-intro-');
  assert.deepEqual(messages(root), ['content/posts/home.md:6:22 no-unpublished-links', 'content/posts/home.md:6:41 no-unpublished-links', 'content/posts/home.md:6:5 no-unpublished-links']);
});
