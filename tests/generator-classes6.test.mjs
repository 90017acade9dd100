// Generator behaviours the round-6 tune sites showed postlint lacked, each on a small site of its
// own, asserted by exact rule id, line and column (or no finding at all), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, postlint, postlintJson, tempSite, siteFindings as run, siteJson} from './helpers.mjs';

const {siteFor, forgetSites} = await import('../dist/src/site/generators/index.js');

// A post that links to a post that does not exist: `post_url` is Jekyll's own syntax, and fails the build.
const jekyllPost = '---\ntitle: Hello\n---\n\nSee {% post_url 2020-01-02-missing %}.\n';

test('jekyll without _config.yml: Jekyll\'s own folders and Gemfile make a Jekyll site (GitHub Pages builds it with defaults)', async () => {
  const root = tempSite({
    'Gemfile': "source 'https://rubygems.org'\ngem 'github-pages', group: :jekyll_plugins\n",
    '_layouts/post.html': '<article>{{ content }}</article>\n',
    '_posts/2020-01-01-hello.md': jekyllPost,
    // A page without a date: outside every site it was read as a post that lacks one.
    'about.md': '---\nlayout: post\ntitle: About\n---\n\nText.\n',
  });
  forgetSites();
  const site = await siteFor(join(root, '_posts'));
  assert.equal(site?.generator, 'jekyll');
  assert.equal(site.root, root);
  assert.deepEqual(site.inferredFrom, ['_posts/', '_layouts/', 'the github-pages gem in Gemfile']);
  assert.deepEqual(run(root), ['_posts/2020-01-01-hello.md:5:5 no-missing-files']);
  assert.match(postlint(['--offline', '--no-config', '--verbose', '.'], {cwd: root}).stderr, /^postlint: site \. \(jekyll, no config file; told by _posts\/, _layouts\/, the github-pages gem in Gemfile\)$/m);
});

test('jekyll without _config.yml: weak signals are abstained on (no site, the Liquid tag is not read as a link)', async () => {
  const sites = {
    // `_includes/` and a Gemfile: no Jekyll-only folder.
    includesOnly: {'Gemfile': "gem 'jekyll'\n", '_includes/nav.html': '<nav></nav>\n', 'notes/2020-01-01-hello.md': jekyllPost},
    // `_posts/` alone: one signal.
    postsOnly: {'_posts/2020-01-01-hello.md': jekyllPost},
    // `_posts/` without a dated post, and `_includes/`.
    undatedPosts: {'_posts/hello.md': jekyllPost, '_includes/nav.html': '<nav></nav>\n'},
    // GitHub Pages skips Jekyll for a repository with .nojekyll.
    nojekyll: {'.nojekyll': '', 'Gemfile': "gem 'github-pages'\n", '_layouts/post.html': '', '_posts/2020-01-01-hello.md': jekyllPost},
    // An Eleventy project keeps `_includes/` and may keep `_layouts/`; its package.json says so.
    eleventy: {'package.json': '{"devDependencies": {"@11ty/eleventy": "^3.0.0"}}\n', '_layouts/base.njk': '', '_includes/nav.njk': '', '_posts/2020-01-01-hello.md': jekyllPost},
  };
  for (const [name, files] of Object.entries(sites)) {
    const root = tempSite(files);
    forgetSites();
    assert.equal(await siteFor(root), undefined, name);
    // Outside every site the `post_url` tag is text (a dated-looking post still gets the outside-a-site front-matter reading).
    assert.deepEqual(run(root).filter((row) => !row.endsWith(' front-matter')), [], name);
  }
});

test('jekyll without _config.yml: an inferred site yields to a site in a folder above it', async () => {
  const root = tempSite({
    'hugo.toml': "title = 'x'\n",
    'content/_index.md': '---\ntitle: Home\n---\n',
    // A Jekyll starter kept as content of the Hugo site.
    'content/starter/_layouts/post.html': '',
    'content/starter/_includes/nav.html': '',
    'content/starter/_posts/2020-01-01-hello.md': jekyllPost,
  });
  forgetSites();
  assert.equal((await siteFor(join(root, 'content', 'starter', '_posts')))?.generator, 'hugo');
  // Without the Hugo config the starter is a Jekyll site of its own.
  const alone = tempSite({'starter/_layouts/post.html': '', 'starter/_includes/nav.html': '', 'starter/_posts/2020-01-01-hello.md': jekyllPost, 'README.md': '# Kit\n'});
  forgetSites();
  const site = await siteFor(join(alone, 'starter', '_posts'));
  assert.equal(site?.generator, 'jekyll');
  assert.equal(site.root, join(alone, 'starter'));
  assert.equal(await siteFor(alone), undefined);
});

test('jekyll exclude/include: what `exclude` lists (with Jekyll\'s default excludes) is no page; an `_` folder `include` names is one', () => {
  const empty = '---\ntitle: T\n---\n\n## Empty\n\n## Next\n\nText.\n';
  const root = tempSite({
    '_config.yml': 'title: x\nexclude: [docs-internal, "assets/vendor/*/README.*"]\ninclude: [_pages]\n',
    'index.md': empty,
    '_pages/about.md': empty,
    '_notes/idea.md': empty,
    'docs-internal/plan.md': empty,
    'assets/vendor/tooltip/README.md': empty,
    'assets/vendor/tooltip/docs/guide.md': empty,
    'vendor/bundle/gems/kit/guide.md': empty,
  });
  assert.deepEqual(run(root), [
    '_pages/about.md:5:1 no-empty-sections',
    'assets/vendor/tooltip/docs/guide.md:5:1 no-empty-sections',
    'index.md:5:1 no-empty-sections',
  ]);
});

test('jekyll exclude: a pattern with a class JavaScript rejects ([z-a]*) matches nothing, as Ruby\'s fnmatch, and the run goes on', () => {
  const empty = '---\ntitle: T\n---\n\n## Empty\n\n## Next\n\nText.\n';
  const root = tempSite({
    '_config.yml': 'title: x\nexclude: ["[z-a]*", drafts]\n',
    'index.md': empty,
    'drafts/plan.md': empty,
  });
  assert.deepEqual(run(root), ['index.md:5:1 no-empty-sections']);
});

test('astro: content collections besides Starlight\'s docs that a route renders are pages; their URL from a `[...slug]` route passing the entry id', () => {
  const empty = (title) => `---\ntitle: ${title}\n---\n\n## Intro\n\nText.\n\n## Empty\n\n## Next\n\nText.\n`;
  const root = tempSite({
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default {integrations: [starlight({title: 'Docs'})]};\n",
    'src/content.config.ts': [
      "import {defineCollection} from 'astro:content';",
      "import {docsLoader} from '@astrojs/starlight/loaders';",
      "import {file, glob} from 'astro/loaders';",
      'const blog = defineCollection({',
      "  loader: glob({base: './src/content/blog', pattern: ['releases/*.mdx', '*.{md,mdx}']}),",
      '});',
      "const notes = defineCollection({loader: glob({base: './notes', pattern: '**/*.md'})});",
      "const podcasts = defineCollection({loader: glob({base: './src/content/podcasts', pattern: '**/*.md'})});",
      "const team = defineCollection({loader: file('./src/content/team.json')});",
      'export const collections = {docs: defineCollection({loader: docsLoader()}), blog, notes, podcasts, team};',
      '',
    ].join('\n'),
    'src/pages/blog/[...slug].astro': '---\nimport {getCollection} from "astro:content";\nexport async function getStaticPaths() {\n  const posts = await getCollection("blog");\n  return posts.map((post) => ({params: {slug: post.id}, props: {post}}));\n}\n---\n',
    // A route that builds its URLs another way: entries are pages, their URLs unknown.
    'src/pages/podcast/[episode].astro': '---\nimport {getCollection} from "astro:content";\nexport async function getStaticPaths() {\n  return (await getCollection("podcasts")).map((e) => ({params: {episode: e.data.number}}));\n}\n---\n',
    'src/content/docs/index.md': '---\ntitle: Home\n---\n\nSee [the release](/blog/releases/v10/#intro), [a gap](/blog/releases/v10/#outro) and [episode 1](/podcast/1/).\n',
    'src/content/blog/releases/v1.0.mdx': empty('Release'),
    'src/content/blog/hello.md': '---\ntitle: Hello\n---\n\nText.\n',
    'src/content/blog/drafts/idea.md': empty('Not matched by the patterns'),
    'src/content/podcasts/1.md': empty('Episode'),
    // Loaded by no route: no page.
    'notes/todo.md': empty('Notes'),
  });
  assert.deepEqual(run(root), [
    'src/content/blog/releases/v1.0.mdx:9:1 no-empty-sections',
    'src/content/docs/index.md:5:47 no-broken-anchors',
    'src/content/podcasts/1.md:9:1 no-empty-sections',
  ]);
  const json = siteJson(root);
  const index = json.find((file) => file.filePath.endsWith(join('docs', 'index.md')));
  assert.deepEqual(index.unverifiable.map(({line, column, url}) => `${line}:${column} ${url}`), ['5:86 /podcast/1/']);
});

test('hugo: a ref from a leaf bundle reads from the folder holding the bundle; HTML content files with front matter are pages', () => {
  const root = tempSite({
    'hugo.toml': "baseURL = 'https://example.org/'\ntitle = 'x'\n",
    'content/blog/_index.md': '---\ntitle: Blog\n---\n',
    'content/blog/first/index.md': [
      '---',
      'title: First',
      'date: 2024-01-01',
      '---',
      '',
      'See [the second]({{< relref "second/index.md" >}}), [its setup]({{< relref "second/index.md#setup" >}}),',
      '[a gap]({{< relref "second/index.md#nothing" >}}), [the tool]({{< relref "tool" >}}) and [plain]({{< relref "plain" >}}).',
      '',
    ].join('\n'),
    'content/blog/second/index.md': '---\ntitle: Second\ndate: 2024-01-02\n---\n\n## Setup\n\nSee [the first]({{< relref "../first/index.md" >}}).\n',
    'content/blog/third.md': '---\ntitle: Third\ndate: 2024-01-03\n---\n\nSee [the second]({{< relref "second/index.md" >}}).\n',
    // A content page written in HTML, and an HTML file without front matter (no page).
    'content/blog/tool/index.html': '---\ntitle: Tool\n---\n<p>Encode.</p>\n',
    'content/blog/plain/index.html': '<p>Static.</p>\n',
  });
  assert.deepEqual(run(root), [
    'content/blog/first/index.md:7:9 no-broken-anchors',
    'content/blog/first/index.md:7:98 no-missing-files',
  ]);
});

test('liquid in a raw-HTML href makes the URL: its fragment is template code (unverifiable), a literal one is still checked', () => {
  const root = tempSite({
    '_config.yml': 'title: x\n',
    'appendix.md': [
      '---',
      'title: Appendix',
      '---',
      '',
      '{% for rule in site.data.rules %}',
      '<a href="#{{ rule.tag }}">{{ rule.label }}</a>',
      '{% endfor %}',
      '<a href="#nowhere">Nowhere</a>',
      '',
      '## Rules',
      '',
      'Text.',
      '',
    ].join('\n'),
  });
  assert.deepEqual(run(root), ['appendix.md:8:4 no-broken-anchors']);
  const json = siteJson(root);
  assert.deepEqual(json[0].unverifiable.map(({line, url, reason}) => `${line} ${url}: ${reason}`), ['6 #{{ rule.tag }}: template code makes this URL']);
});

test('hugo: a tab shortcode with `codelang` (Kubernetes style, also `blocks/tab`) renders its body as code', () => {
  const root = tempSite({
    'hugo.toml': "title = 'x'\n",
    'content/docs/_index.md': '---\ntitle: Docs\n---\n',
    'content/docs/setup.md': [
      '---',
      'title: Setup',
      '---',
      '',
      '{{< blocks/tabs name="config" >}}',
      '{{< blocks/tab name="Service" codelang="yaml" >}}',
      'metadata:',
      '  name: Javascript',
      '# Not a heading',
      '{{< /blocks/tab >}}',
      '{{< blocks/tab name="Notes" >}}',
      'Use Github here.',
      '{{< /blocks/tab >}}',
      '{{< /blocks/tabs >}}',
      '',
    ].join('\n'),
  });
  // Only the prose tab is prose: brand-casing asks for "GitHub" there, and leaves the YAML's "Javascript" alone.
  assert.deepEqual(run(root), ['content/docs/setup.md:12:5 brand-casing']);
});

test('an absolute URL in stray brackets (`<https://…>` in an attribute, `<(https://…)>`) is reported as a malformed URL, not a missing file', () => {
  const root = tempSite({
    'page.md': '# Page\n\n<a href="<https://example.org/course>">Course</a> and [notes](<(https://example.org/notes)>).\n\n[Missing](missing.md).\n',
  });
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(json[0].messages.map(({line, column, ruleId, message}) => `${line}:${column} ${ruleId} ${message}`), [
    '3:4 no-missing-files Link target "<https://example.org/course>" is a malformed URL: an absolute URL inside "<…>"; write the URL alone',
    '3:55 no-missing-files Link target "(https://example.org/notes)" is a malformed URL: an absolute URL inside "(…)"; write the URL alone',
    '5:1 no-missing-files Link target "missing.md" does not exist (no file at missing.md); fix the path or add the file',
  ]);
});

test('hugo: a short ref no page has is unverifiable, not "missing", when the content folder holds more files than postlint reads', () => {
  const many = Object.fromEntries(Array.from({length: 20_001}, (_, i) => [`content/data/f${i}.txt`, '']));
  const root = tempSite({
    'hugo.toml': "baseURL = 'https://example.org/'\ntitle = 'x'\n",
    'content/a.md': '---\ntitle: A\n---\n\nSee [gone]({{< relref "gone" >}}).\n',
    ...many,
  });
  const {json} = postlintJson(['--offline', '--no-config', 'content/a.md'], {cwd: root});
  assert.deepEqual(findings(json, root), []);
  assert.deepEqual(json[0].unverifiable.map((u) => `${u.line}:${u.column} ${u.url}`), ['5:12 gone']);
  assert.match(json[0].unverifiable[0].reason, /holds more files than it reads/);
});
