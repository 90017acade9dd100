// Generator behaviours and rule concepts the round-14 tune set showed postlint missed or withheld
// without a word, each on a small site of its own, asserted by exact rule id, line and column (or
// the notice that says what was left unchecked), a case that must be found and one that must not.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {postlint, postlintJson, findings, tempSite, siteFindings as run, siteUnverifiable} from './helpers.mjs';

const {readHook} = await import('../dist/src/site/generators/hugo-hooks.js');

const stderrLines = (root, pattern, args = []) => postlint(['--offline', '--no-config', ...args, '.'], {cwd: root}).stderr.split('\n').filter((line) => pattern.test(line));

// ---- VitePress: a Vue component on a page may write ids; the link is withheld, and the run says so ----

const vitepressSite = {
  '.vitepress/config.mts': 'export default {title: "Docs"}\n',
  'index.md': '# Docs\n\nRead [the tools](lang/tools.md#auto-setup) and [the shells](lang/shells.md#auto-setup).\n',
  // The component writes headings from data: their ids are the build's.
  'lang/tools.md': '# Tools\n\n## Auto setup, now renamed\n\nText.\n\n<ToolOptions :level="3" />\n',
  'lang/shells.md': '# Shells\n\n## Auto setup, now renamed\n\nText.\n',
};

test('vitepress: a link to an id a page with a Vue component may write is withheld with a notice naming the page and component; the same link into a page without one is reported', () => {
  const root = tempSite(vitepressSite);
  assert.deepEqual(run(root), ['index.md:3:48 no-broken-anchors']);
  const said = stderrLines(root, /no-broken-anchors/);
  assert.deepEqual(said, ['postlint: no-broken-anchors in site .: 1 link to an id its page does not show left unreported: lang/tools.md renders the component <ToolOptions> (line 7), whose output postlint cannot see and may hold that id (the rule\'s showUnverifiable option lists them)']);
  // --verbose names the place; showUnverifiable reports it as a warning at the link.
  assert.ok(stderrLines(root, /^ {2}index\.md:3:6 #auto-setup in lang\/tools\.md$/, ['--verbose']).length === 1);
  const config = tempSite({'postlint.json': JSON.stringify({rules: {'no-broken-anchors': ['error', {showUnverifiable: true}]}})});
  const {json} = postlintJson(['--offline', '--config', `${config}/postlint.json`, '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), ['index.md:3:48 no-broken-anchors', 'index.md:3:6 no-broken-anchors']);
});

// ---- spelling, brand-casing: `### Bug Fixes` alone does not make release notes generated ----

const handNotes = [
  '# Release notes', // 1
  '',
  '## v2.1.1 (2026-03-02)',
  '',
  '### Bug Fixes',
  '',
  '* [#4711](https://github.com/o/r/issues/4711) - Fix recieve of Github hooks', // 7: an issue's title, quoted
  '* We recommend [Hashicorp Vault](https://example.org/vault) over the old secrets store; compatability stays until v3.', // 8: the maintainers' own words
  '',
  '## v2.1.0 (2026-02-20)',
  '',
  '### Features',
  '',
  '* [#4700](https://github.com/o/r/issues/4700) - Add a Github login',
  '',
].join('\n');

// conventional-changelog with its commits: the tool's own marks, every entry a commit subject.
const toolNotes = [
  '## 2.1.1 (2026-03-02)',
  '',
  '### Bug Fixes',
  '',
  '* fix recieve of Github hooks 1a2b3c4',
  '* keep Hashicorp vault tokens 5d6e7f8',
  '',
  '## 2.1.0 (2026-02-20)',
  '',
  '### Features',
  '',
  '* add a Github login 9a8b7c6',
  '',
].join('\n');

// A commit log in Conventional Commits form under version headings: commit subjects too.
const commitLog = '# Changelog\n\n## v1.1.0\n\n### Bug Fixes\n\n* fix: recieve Github hooks (#12)\n\n## v1.0.0\n\n* feat(api): add a Github login (#10)\n';

test('spelling and brand-casing: hand-written release notes under `### Bug Fixes` are read, their quoted issue titles are not; notes whose entries end in commits are left alone', () => {
  const root = tempSite({'mkdocs.yml': 'site_name: X\n', 'docs/release-notes/v2.1.md': handNotes, 'docs/release-notes/changelog.md': toolNotes, 'docs/release-notes/log.md': commitLog, 'docs/index.md': '# X\n\nSee the notes.\n'});
  assert.deepEqual(run(root).filter((row) => /spelling|brand-casing/.test(row)), [
    'docs/release-notes/v2.1.md:8:17 brand-casing',
    'docs/release-notes/v2.1.md:8:89 spelling',
  ]);
});

// ---- Eleventy: a passthrough copy called in a loop over an array literal copies each value ----

const eleventyPost = [
  '---',
  'title: A show',
  'permalink: /shows/a-show/index.html',
  '---',
  '',
  'Every episode. ![Logo](/assets/logo.png)',
  '',
  '![Diagram](diagram-missing.png)', // 8: no such file beside the page's URL, and the loop copies only src/assets
  '',
].join('\n');

test('eleventy passthrough copy in a loop (`[…].forEach((p) => addPassthroughCopy(p))`, `for (const p of […])`): its values are read, so a relative image no copy brings is reported; a copied one is found', () => {
  for (const loop of ["  ;['src/assets'].forEach((path) => {\n    config.addPassthroughCopy(path)\n  })", "  for (const path of ['src/assets']) config.addPassthroughCopy(path)"]) {
    const root = tempSite({
      'eleventy.config.js': `export default function (config) {\n${loop}\n  return {dir: {input: 'src'}}\n}\n`,
      'src/assets/logo.png': 'png',
      'src/posts/a-show.md': eleventyPost,
    });
    assert.deepEqual(run(root), ['src/posts/a-show.md:8:1 no-missing-files']);
  }
  // A loop over a list the config computes stays unread: the image is unverifiable, not reported.
  const computed = tempSite({
    'eleventy.config.js': "const folders = ['src/assets']\n\nexport default function (config) {\n  folders.forEach((path) => config.addPassthroughCopy(path))\n  return {dir: {input: 'src'}}\n}\n",
    'src/assets/logo.png': 'png',
    'src/posts/a-show.md': eleventyPost,
  });
  assert.deepEqual(run(computed), []);
});

test('release notes written by hand whose bullets end in a number or a word of hex letters (`20240117`, `deadbeef`) are not commits: their spelling is read', () => {
  const notes = '# Changelog\n\n## 1.2.0\n\n- Fixed the recieve bug reported in ticket 20240117\n- Bumped the minimum build to 1250301, now deadbeef\n\n## 1.1.0\n\n- Frist release\n';
  const root = tempSite({'mkdocs.yml': 'site_name: X\n', 'docs/changelog.md': notes, 'docs/index.md': '# X\n\nSee the notes.\n'});
  assert.deepEqual(run(root).filter((row) => /spelling/.test(row)), ['docs/changelog.md:5:13 spelling']);
});

// ---- Hugo: an image hook that writes its attributes from a map (as Hugo's embedded hook does) ----

const mapHook = [
  '{{- $u := urls.Parse .Destination -}}',
  '{{- $src := $u.String -}}',
  '{{- with or (.PageInner.Resources.Get $u.Path) (resources.Get $u.Path) -}}',
  '  {{- $src = .RelPermalink -}}',
  '  {{- with $u.RawQuery }}{{ $src = printf "%s?%s" $src . }}{{ end -}}',
  '{{- end -}}',
  '{{- $attrs := merge .Attributes (dict "alt" .PlainText "src" $src) -}}',
  '<img {{- range $k, $v := $attrs }} {{ printf "%s=%q" $k $v | safeHTMLAttr }}{{ end }}>',
  '',
].join('\n');

test('hugo image hook writing `dict "src" $src` through `range`: read as the lookup it is, so a missing image is reported and a bundle resource is found; a map entry the template rewrites stays unverifiable', () => {
  const page = '---\ntitle: CLI\n---\n\nThe flags.\n\n![Flags](flags.png)\n\n![Missing](missing-diagram.png)\n';
  const site = (hook) => tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Docs"\n',
    'layouts/_markup/render-image.html': hook,
    'content/cli/_index.md': page,
    'content/cli/flags.png': 'png',
  });
  assert.deepEqual(run(site(mapHook)), ['content/cli/_index.md:9:1 no-missing-files']);
  assert.equal(readHook(mapHook, 'image'), 'lookup');
  // The same map with a src the template builds (`printf "/img/%s" …`): only the build knows it.
  const rewritten = mapHook.replace('"src" $src', '"src" (printf "/img/%s" $src)');
  assert.equal(readHook(rewritten, 'image'), 'rewrites');
  assert.deepEqual(run(site(rewritten)), []);
  // A variable that takes its own value through a rewrite is a rewrite.
  assert.equal(readHook('{{ $s := .Destination }}{{ $s = printf "/x/%s" $s }}<img src="{{ $s }}">', 'image'), 'rewrites');
});

// ---- Hugo: a permalink pattern without a closing slash still makes a folder URL ----

test('hugo permalinks: a pattern without a closing slash (`/posts/:year/:title`) serves the page at that folder, so a missing relative image is reported and a link to the page\'s URL is found; with a pattern with an extension, an image no folder has is missing whatever the URL', () => {
  const site = (pattern) => tempSite({
    'hugo.toml': `baseURL = "https://example.org/"\ntitle = "Blog"\n[permalinks]\n  posts = "${pattern}"\n`,
    'content/posts/first.md': '---\ntitle: "Fonts, Self-Hosted"\ndate: 2021-02-01T10:00:00Z\n---\n\nHow to host fonts.\n\n![Diagram](missing-diagram.png)\n',
    'content/posts/second.md': '---\ntitle: Second\ndate: 2021-03-01T10:00:00Z\n---\n\nSee [the font post](/posts/2021/fonts-self-hosted/).\n',
  });
  assert.deepEqual(run(site('/posts/:year/:title')), ['content/posts/first.md:8:1 no-missing-files']);
  // A stray character the path sanitizer drops (a backtick) changes nothing.
  assert.deepEqual(run(site('/posts/:year/:title/`')), ['content/posts/first.md:8:1 no-missing-files']);
  // A pattern with an extension leaves the URL unknown, but whatever it is, no file named missing-diagram.png is
  // published anywhere (static, assets or content folders), so the image is missing all the same.
  assert.deepEqual(run(site('/posts/:year/:title.html')), ['content/posts/first.md:8:1 no-missing-files']);
});

test('hugo permalinks: `:slug` is cleaned as Hugo\'s UnicodeSanitize cleans a path (`@` stays, a lone `%` goes), so a link to the page\'s URL is found and one to another spelling is not', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Blog"\n[permalinks]\n  posts = "/posts/:slug/"\n',
    'content/posts/first.md': '---\ntitle: First\ndate: 2021-02-01T10:00:00Z\nslug: "me@home 100%"\n---\n\nText.\n',
    'content/posts/second.md': '---\ntitle: Second\ndate: 2021-03-01T10:00:00Z\n---\n\nSee [the post](/posts/me@home-100/) and [not it](/posts/mehome-100/).\n',
  });
  assert.deepEqual(run(root), []);
  // A URL no content file makes is left to the permalinks, aliases and taxonomies the build may add: unverifiable, not found.
  assert.deepEqual(siteUnverifiable(root), ['6:41 /posts/mehome-100/: a page URL that matches no content file; permalinks, aliases or taxonomies may make it']);
});
