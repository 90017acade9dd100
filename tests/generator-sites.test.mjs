// One fixture site per generator module (fixtures/sites/<name>), each with true defects and traps:
// what the generator really builds decides every row.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const sites = join(fixtures, 'sites');
const args = ['--no-config', '--offline', '--rule', 'spelling:off'];

// One run over every site keeps the suite fast; each test reads its site's rows.
let all;
function rowsOf(site) {
  all ??= postlintJson([...args, '.'], {cwd: sites});
  return findings(all.json, sites).filter((row) => row.startsWith(`${site}/`)).map((row) => row.slice(site.length + 1));
}

test('hugo: a ref by bare file name into another folder gets the anchor check; a ref to nothing, figure sources, own-domain URLs to drafts and to fragments', () => {
  assert.deepEqual(rowsOf('hugo'), [
    'content/guides/start.md:8:25 no-broken-anchors', // {{< ref "install.md#requirement" >}} from guides/ into docs/setup/
    'content/guides/start.md:9:20 no-missing-files', // relref "uninstall.md": REF_NOT_FOUND fails Hugo's build
    'content/guides/start.md:12:1 no-missing-files', // figure src="/images/screenshot.png"
    'content/guides/start.md:14:5 no-unpublished-links', // https://blog.example.org/posts/secret/ is a draft
    'content/guides/start.md:15:5 no-broken-anchors', // https://blog.example.org/docs/setup/install/#stepz
    'content/learning/design-client.md:8:1 no-missing-files', // ../img/nowhere.png: neither beside the source nor below /learning/design-client/
    'content/posts/secret.md:4:1 no-drafts',
    // Traps: posts/dated.md's `2019-04-09T8:09:26-07:00` is a date Hugo reads; the archetype is no page;
    // other.example.com is another site; the ref inside a code block is an example; learning/design-client.md's
    // ../img/x.png is content/learning/img/x.png, read from the page's URL /learning/design-client/.
  ]);
});

test('hugo: a relative file link from a regular page is read from the page URL too (slug, url, uglyURLs, static), a missing one still reported', async () => {
  const {tempSite} = await import('./helpers.mjs');
  const image = '![Diagram](../img/x.png)\n';
  const root = tempSite({
    'pretty/hugo.toml': 'baseURL = "https://example.org/"\n',
    'pretty/content/learning/page.md': `---\ntitle: Page\n---\n\n${image}`,
    'pretty/content/learning/img/x.png': 'png\n',
    'pretty/content/learning/slugged.md': '---\ntitle: S\nslug: other\n---\n\n![S](../img/s.png)\n',
    'pretty/static/learning/img/s.png': 'png\n',
    'pretty/content/learning/moved.md': '---\ntitle: M\nurl: /elsewhere/deep/\n---\n\n![M](../img/m.png) and ![X](../img/x.png)\n',
    'pretty/static/elsewhere/img/m.png': 'png\n',
    'pretty/content/learning/missing.md': '---\ntitle: Missing\n---\n\nText first, then ![Gone](../img/gone.png).\n',
    'pretty/content/learning/bundle/index.md': `---\ntitle: Bundle\n---\n\n${image}`,
    'ugly/hugo.toml': 'baseURL = "https://example.org/"\nuglyURLs = true\n',
    'ugly/content/learning/page.md': `---\ntitle: Page\n---\n\n${image}`,
    'ugly/content/learning/img/x.png': 'png\n',
  });
  const {json} = postlintJson([...args, '.'], {cwd: root});
  assert.deepEqual(findings(json, root), [
    'pretty/content/learning/missing.md:5:18 no-missing-files', // /learning/img/gone.png and content/img/gone.png: neither exists
    'pretty/content/learning/moved.md:6:24 no-missing-files', // url: /elsewhere/deep/ makes ../img/x.png /elsewhere/img/x.png
    'ugly/content/learning/page.md:5:1 no-missing-files', // /learning/page.html: ../img/x.png is /img/x.png
  ]);
  // The bundle is served at /learning/bundle/, where ../img/x.png is content/learning/img/x.png by both readings.
});

test('hugo: the message for a ref that finds nothing names the build failure', () => {
  const message = all.json.flatMap((file) => file.messages).find((m) => m.line === 9 && m.ruleId === 'no-missing-files');
  assert.match(message.message, /"uninstall\.md" names no page of the site; .*REF_NOT_FOUND/);
});

test('a single file named on the command line is checked with the site around it', () => {
  const root = join(sites, 'hugo');
  const one = findings(postlintJson([...args, 'content/guides/start.md'], {cwd: root}).json, root);
  assert.deepEqual(one, rowsOf('hugo').filter((row) => row.startsWith('content/guides/start.md')));
  // --whole-site is still accepted and changes nothing here.
  assert.deepEqual(findings(postlintJson([...args, '--whole-site', 'content/guides/start.md'], {cwd: root}).json, root), one);
  // A folder inside the site too.
  assert.deepEqual(findings(postlintJson([...args, 'content/guides'], {cwd: root}).json, root), one);
});

test('a Zola config.toml beside content/ is read as Zola, not Hugo: Zola drafts, site-root page URLs from content pages', () => {
  // Zola is modelled (src/site/generators/zola.ts): `draft = true` is a Zola draft, and no content
  // page is served at /about/. The date (file name) and the title (optional) are not asked for.
  // The draft's own broken links are left alone (it is not going live yet); the same links on a published page are not.
  assert.deepEqual(rowsOf('zola-like'), ['content/blog/links.md:2:5 no-missing-files', 'content/blog/links.md:2:34 no-missing-files', 'content/blog/links.md:2:74 no-broken-anchors', 'content/blog/post.md:2:1 no-drafts']);
});

test('jekyll: {% link %} (missing, with a fragment, to an unpublished post), post_url, site.baseurl and relative_url, pretty (.), own-domain fragments', () => {
  assert.deepEqual(rowsOf('jekyll'), [
    '_drafts/idea.md:1:1 no-drafts',
    '_posts/2024-02-03-later.md:3:1 no-drafts',
    'index.md:7:18 no-missing-files', // {% link missing.md %} fails the build
    'index.md:7:62 no-broken-anchors', // {% link about.md %}#teams
    'index.md:8:68 no-missing-files', // {% post_url 2023-12-31-gone %}
    'index.md:9:18 no-unpublished-links', // {% link _posts/2024-02-03-later.md %}: published: false
    'index.md:11:55 no-missing-files', // "/assets/gone.css" | relative_url (site.css comes from site.scss)
    'index.md:12:5 no-broken-anchors', // https://jekyll.example.org/handbook/2024/01/02/first/#welcom
    // Traps: index.md's `draft: true` means nothing to Jekyll; about.md's (.) and (.#team) are about itself under
    // permalink: pretty; posts take title and date from the file name; the .github issue template is no page.
  ]);
});

test('mkdocs: INHERIT is read (docs_dir, site_url, nav), titles from nav, no drafts, README outside docs_dir is no page', () => {
  assert.deepEqual(rowsOf('mkdocs'), ['pages/index.md:3:35 no-broken-anchors', 'pages/index.md:5:5 no-broken-anchors']);
});

test('docusaurus: /x.md resolves against the docs folder, not static/; drafts are left out of production builds', () => {
  assert.deepEqual(rowsOf('docusaurus'), [
    'docs/guides/unfinished.md:2:1 no-drafts',
    'docs/guides/usage.md:3:54 no-broken-anchors',
    'docs/guides/usage.md:3:93 no-missing-files',
    'docs/guides/usage.md:4:5 no-unpublished-links',
  ]);
});

test('an unmodelled generator (Hexo) gets only what holds everywhere; its site-root links are unverifiable, listed in JSON', () => {
  assert.deepEqual(rowsOf('hexo'), ['source/_posts/hello.md:10:3 no-missing-files', 'source/_posts/hello.md:10:77 no-broken-anchors']);
  const file = all.json.find((entry) => entry.filePath.endsWith(join('hexo', 'source', '_posts', 'hello.md')));
  assert.deepEqual(file.unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['9:1 /images/logo.png', '10:40 /2024/01/01/other/']);
  assert.ok(file.unverifiable.every((u) => typeof u.reason === 'string' && u.reason.length > 0));
});

test('real-site false alarms: YAML 1.1 dates (Docusaurus, Jekyll), numeric entities in href, Hexo ids, Docusaurus comment ids, a pass-through Hugo hook', async () => {
  const {tempSite} = await import('./helpers.mjs');
  const root = tempSite({
    'docu/docusaurus.config.js': 'export default {};\n',
    'docu/blog/2019-07-03-release.md': '---\ntitle: Release\ndate: 2019-07-02 0:00:00\n---\n\nSee [stage 0](#stage-0-class-properties) and [the wrong one](#stage-1).\n\n### Stage 0: Class Properties { /*#stage-0-class-properties*/ }\n\nText.\n',
    'docu/blog/2017-03-01-leap.md': '---\ntitle: Leap\ndate: 2017-02-29 11:00:00\n---\n\nNo such day.\n',
    'jek/_config.yml': 'title: j\n',
    'jek/_posts/2019-04-25-recipe.md': '---\ntitle: Recipe\ndate: 2019-04-25 9:00:00\n---\n\nMail <a href="&#x6d;&#x61;&#105;&#108;&#116;&#111;&#58;&#97;&#64;&#98;&#46;&#99;">me</a>.\n',
    'hexo/_config.yml': 'title: h\nnew_post_name: :title.md\n',
    'hexo/source/docs/syntax.md': '---\ntitle: Syntax\n---\n\n## Code_Block\n\nSee [code blocks](#Code-Block) and [nothing](#no-such-heading).\n',
    'hugo/hugo.toml': 'baseURL = "https://example.org/"\n',
    'hugo/layouts/_default/_markup/render-image.html': '<figure><img src="{{ .Destination | safeURL }}" alt="{{ .Text }}"></figure>\n',
    'hugo/content/docs/page.md': '---\ntitle: Page\n---\n\n![Planted](missing-image.png)\n',
  });
  const {json} = postlintJson([...args, '.'], {cwd: root});
  assert.deepEqual(findings(json, root), [
    'docu/blog/2017-03-01-leap.md:3:1 front-matter', // February 29th, 2017 does not exist
    'docu/blog/2019-07-03-release.md:6:46 no-broken-anchors', // #stage-1; #stage-0-class-properties is the comment id
    'hexo/source/docs/syntax.md:7:36 no-broken-anchors', // #no-such-heading; #Code-Block is Hexo's id for Code_Block
    'hugo/content/docs/page.md:5:1 no-missing-files', // the image hook passes .Destination through
  ]);
});
