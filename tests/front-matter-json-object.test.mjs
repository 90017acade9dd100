// Hugo's JSON front matter (src/front-matter-json.ts, from gohugoio/hugo's page lexer): a content
// file whose first character past blank space is `{` holds its front matter as a JSON object, to the
// matching `}`. Its fields are read (a draft is one), its lines are no prose, a syntax error is the
// build's error at its line. A generator without that form reads the same text as Markdown.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {postlintJson, tempSite} from './helpers.mjs';

function messages(root) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  return json.flatMap((file) => file.messages.filter((m) => !/spelling|brand-casing/.test(m.ruleId ?? '')).map((m) => `${file.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.ruleId}${m.ruleId === 'front-matter' ? ` ${m.message}` : ''}`)).sort();
}

// A `}` and an escaped quote inside a string do not close the block (Hugo counts braces outside quotes).
const post = '{\n  "title": "Greeting",\n  "draft": true,\n  "note": "a } and a \\" in a string, TODO"\n}\n\nSome words.\n';

test('Hugo: a post opening with a JSON object is front matter: its draft is reported where the field is, its lines are no paragraph', () => {
  const root = tempSite({
    'hugo.toml': 'title = "Site"\n',
    'content/posts/greeting.md': post,
    'content/posts/broken.md': '\n{\n  "title": "Broken",\n  "draft": false,\n}\n\nText.\n',
    'content/posts/open.md': '{\n  "title": "Open"\n\nText.\n',
    // A shortcode first is that block too (a highlight shortcode, which postlint reads as a code fence, included).
    'content/posts/shortcode.md': '{{< highlight go >}}\nx := 1\n{{< /highlight >}}\n\nText.\n',
  }, 'postlint-fm-json-');
  assert.deepEqual(messages(root), [
    'content/posts/broken.md:5:1 front-matter Invalid JSON front matter: Expected double-quoted property name',
    'content/posts/greeting.md:3:3 no-drafts',
    'content/posts/open.md:1:1 front-matter JSON front matter (the `{` opening the file) is never closed: the build stops on it',
    'content/posts/shortcode.md:1:1 front-matter The page opens with `{{`, which is read as JSON front matter, not as a shortcode, and the build stops on it: put front matter before it',
  ]);
});

test('not Hugo: the same text is Markdown (no front matter, no draft): its JSON lines are a paragraph', () => {
  const root = tempSite({'notes/greeting.md': post}, 'postlint-fm-json-');
  assert.deepEqual(messages(root), ['notes/greeting.md:4:38 no-placeholders']);
});

test('Hugo: a page linted alone that links to a JSON-front-matter draft links to an unpublished page (the draft read from disk)', () => {
  const root = tempSite({
    'hugo.toml': 'title = "Site"\n',
    'content/posts/greeting.md': '{\n  "title": "Greeting",\n  "draft": true\n}\n\nSome words.\n',
    'content/posts/home.md': '---\ntitle: Home\ndate: 2024-01-02\n---\n\nSee [the greeting](greeting.md).\n',
  }, 'postlint-fm-json-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', 'content/posts/home.md'], {cwd: root});
  assert.deepEqual(json.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)), ['6:5 no-unpublished-links']);
});

test('Hugo: a section whose `_index.md` cascades `build.render: never` in JSON front matter builds no page of its own below it', () => {
  const root = tempSite({
    'hugo.toml': 'title = "Site"\n',
    'content/parts/_index.md': '{\n  "title": "Parts",\n  "cascade": {"build": {"render": "never"}}\n}\n',
    // No title, no date: a built post would be asked for both.
    'content/parts/snippet.md': '---\nweight: 2\n---\n\nA part other pages include.\n',
  }, 'postlint-fm-json-');
  assert.deepEqual(messages(root), []);
});
