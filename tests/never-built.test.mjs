// A Markdown file outside every folder the generator builds from (MkDocs' docs_dir, Starlight's
// src/ and its collections' bases), that no page includes and no forge shows by itself, is never
// built: left out, as --verbose says (a design note, a contributor guide beside the docs). A page,
// a snippet a page includes, and the files GitHub shows (a folder's README, the top folder's files,
// .github/) stay checked. A plugin that builds from more leaves everything checked.
// Fixtures: fixtures/never-built/{mkdocs,starlight}. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fixtures, siteFindings, siteStderr, tempFolder} from './helpers.mjs';

/** The fixture copied out of this repository, so that its own top folder is the project's top. */
function copy(name, changes = {}) {
  const root = tempFolder(`postlint-never-built-${name}-`);
  cpSync(join(fixtures, 'never-built', name), root, {recursive: true});
  for (const [path, text] of Object.entries(changes)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

const run = (root) => siteFindings(root, ['--no-cache']);
// The same run with --verbose (diagnostics on stderr, never findings): its findings and its account of left-out files.
const verbose = ['--no-cache', '--verbose'];

// Checked either way: the page, the snippet it pastes, and what GitHub shows by itself (READMEs, an issue template);
// not a top-level owners file, which only whoever opens it reads.
const shown = [
  '.github/ISSUE_TEMPLATE/bug.md:3:4 spelling',
  'Documentation/drafts/README.md:3:4 spelling',
  'Documentation/index.md:3:4 spelling',
  'Documentation/snippets/part.md:1:15 spelling',
  'README.md:3:4 spelling',
  'build/release/README.md:3:4 spelling',
  'design/shared.md:1:17 spelling',
];

// A README in a dot folder of docs_dir (MkDocs drops `.*` by default: Documentation/.help/README.md) is left out, its typo
// and its wiki link too: the build and the dot both hide it. A README in a folder exclude_docs names (drafts/) stays checked.
test('mkdocs: a design note outside docs_dir, a draft exclude_docs drops and a README in a dot folder of docs_dir are left out (spelling, anchor, missing file); pages, snippets (an excluded snippets folder too), READMEs and the issue template stay checked, a top-level OWNERS.md does not', () => {
  const root = copy('mkdocs');
  assert.deepEqual(siteFindings(root, verbose), shown);
  const stderr = siteStderr(root, verbose);
  assert.match(stderr, /5 files left out: the site never builds them \(Documentation\/\.help\/README\.md: MkDocs leaves it out of the build \(`exclude_docs`, or the exclude plugin\), and no page includes it\)/);
});

// With a plugin or hooks that may build from anywhere: the design note and the release checklist are checked too.
const allChecked = [
  ...shown,
  'OWNERS.md:3:4 spelling',
  'build/release/checklist.md:3:4 spelling',
  'design/proposal.md:3:4 spelling',
  'design/proposal.md:5:5 no-broken-anchors',
  'design/proposal.md:5:38 no-missing-files',
].sort();

test('mkdocs: with a plugin that builds pages from outside docs_dir (gen-files), the design note is checked: its typo, anchor and missing file', () => {
  const root = copy('mkdocs', {'mkdocs.yml': 'site_name: Never built\ndocs_dir: Documentation/\nexclude_docs: |\n  drafts/\n  snippets/\nplugins:\n  - gen-files\nmarkdown_extensions:\n  - pymdownx.snippets\n'});
  assert.deepEqual(run(root), allChecked);
});

test('mkdocs: with hooks (MkDocs 1.4+: on_files may add pages from any folder), the design note is checked: its typo, anchor and missing file', () => {
  const root = copy('mkdocs', {
    'mkdocs.yml': 'site_name: Never built\ndocs_dir: Documentation/\nexclude_docs: |\n  drafts/\n  snippets/\nhooks:\n  - pages.py\nmarkdown_extensions:\n  - pymdownx.snippets\n',
    'pages.py': 'def on_files(files, config):\n    return files\n',
  });
  assert.deepEqual(run(root), allChecked);
});

test('mkdocs: mkdocs-macros\' include_dir is read by pages: a file there stays checked', () => {
  const root = copy('mkdocs', {'mkdocs.yml': 'site_name: Never built\ndocs_dir: Documentation/\nexclude_docs: |\n  drafts/\n  snippets/\nplugins:\n  - macros:\n      include_dir: design\nmarkdown_extensions:\n  - pymdownx.snippets\n'});
  assert.deepEqual(run(root).filter((row) => row.startsWith('design/')), ['design/proposal.md:3:4 spelling', 'design/proposal.md:5:5 no-broken-anchors', 'design/proposal.md:5:38 no-missing-files', 'design/shared.md:1:17 spelling'].sort());
});

test('starlight: a guide beside src/ is left out; the docs page and the top folder\'s CONTRIBUTING.md are checked', () => {
  const root = copy('starlight');
  assert.deepEqual(run(root), ['CONTRIBUTING.md:3:4 spelling', 'src/content/docs/index.md:5:4 spelling']);
});

test('starlight: a glob loader\'s base is built from; a loader reading files in code leaves everything checked', () => {
  const globbed = copy('starlight', {'src/content.config.ts': "import {defineCollection} from 'astro:content';\nimport {glob} from 'astro/loaders';\nimport {docsLoader} from '@astrojs/starlight/loaders';\n\nexport const collections = {\n  docs: defineCollection({loader: docsLoader()}),\n  guides: defineCollection({loader: glob({pattern: '**/*.md', base: './guides'})}),\n};\n"});
  assert.deepEqual(run(globbed), ['CONTRIBUTING.md:3:4 spelling', 'guides/intro.md:3:4 spelling', 'src/content/docs/index.md:5:4 spelling']);
  const coded = copy('starlight', {'src/content.config.ts': "import {readFileSync} from 'node:fs';\nimport {defineCollection} from 'astro:content';\nimport {docsLoader} from '@astrojs/starlight/loaders';\n\nexport const collections = {\n  docs: defineCollection({loader: docsLoader()}),\n  notes: defineCollection({loader: async () => [{id: 'x', body: readFileSync('i18n-guides/guide.md', 'utf8')}]}),\n};\n"});
  assert.deepEqual(run(coded), ['CONTRIBUTING.md:3:4 spelling', 'guides/intro.md:3:4 spelling', 'i18n-guides/guide.md:3:4 spelling', 'src/content/docs/index.md:5:4 spelling']);
});

test('hugo: notes and a top-level CHANGELOG.md beside content/ are left out (no forge shows a changelog by itself); the page is checked; a template that reads files by path leaves them checked', () => {
  const root = copy('hugo');
  assert.deepEqual(run(root), ['content/posts/first.md:6:4 spelling']);
  const reading = copy('hugo', {'layouts/_default/single.html': '<article>{{ .Content }}{{ readFile "notes/plan.md" | markdownify }}</article>\n'});
  assert.deepEqual(run(reading), ['CHANGELOG.md:3:4 spelling', 'content/posts/first.md:6:4 spelling', 'notes/plan.md:3:4 spelling']);
});

// Hugo builds nothing of a disabled language (`disableLanguages`, `languages.<x>.disabled`): its contentDir and
// its `page.zh.md` translations are left out; the default language cannot be disabled. Fixture: fixtures/never-built/hugo-languages.
test('hugo: a disabled language\'s content folder and translation files are left out, as --verbose says; the enabled language stays checked', () => {
  const root = copy('hugo-languages');
  assert.deepEqual(siteFindings(root, verbose), ['content/en/guide.md:5:5 spelling']);
  const stderr = siteStderr(root, verbose);
  assert.match(stderr, /2 files left out: the site never builds them \(content\/en\/guide\.zh\.md: its language "zh" is disabled/);
});

test('hugo: `languages.zh.disabled = true` disables it too; with no language disabled (or only the default one) every language is checked', () => {
  const config = 'baseURL = "https://docs.example.org/"\ntitle = "Languages"\ndefaultContentLanguage = "en"\n\n[languages.en]\ncontentDir = "content/en"\n\n[languages.zh]\ncontentDir = "content/zh"\n';
  assert.deepEqual(run(copy('hugo-languages', {'hugo.toml': config.replace('contentDir = "content/zh"\n', 'contentDir = "content/zh"\ndisabled = true\n')})), ['content/en/guide.md:5:5 spelling']);
  const all = ['content/en/guide.md:5:5 spelling', 'content/en/guide.zh.md:5:5 spelling', 'content/zh/guide.md:5:5 spelling'];
  assert.deepEqual(run(copy('hugo-languages', {'hugo.toml': config})), all);
  assert.deepEqual(run(copy('hugo-languages', {'hugo.toml': config.replace('defaultContentLanguage = "en"\n', 'defaultContentLanguage = "en"\ndisableLanguages = ["en"]\n')})), all);
  // A `disableLanguages` written below a TOML table (`[sitemap]`) is that table's key: Hugo ignores it and builds every language.
  assert.deepEqual(run(copy('hugo-languages', {'hugo.toml': `${config}\n[sitemap]\nfilename = "sitemap.xml"\ndisableLanguages = ["zh"]\n`})), all);
});

// Jekyll renders a `_` file, or one of _includes/, only inside the pages that include it (its EntryFilter skips `_`
// names; lib/jekyll/tags/include.rb): one that no built page reaches, directly or through other partials, is left out
// (install/_orphan.md and the _chain.md only it includes, _includes/tabs.md); the partial a page includes and the one
// that partial includes, an include a layout names and a partial an HTML page names stay checked. A computed
// `include_relative {{ path }}` whose path the template captures under assets/ reaches none of them.
test('jekyll: `_` partials and _includes files no built page reaches are left out (spelling, anchor); included ones stay checked', () => {
  const root = copy('jekyll');
  assert.deepEqual(siteFindings(root, verbose), ['_includes/box.md:1:14 spelling', 'docs/_html-only.md:1:15 spelling', 'install/_nested.md:3:17 spelling', 'install/_used.md:3:4 spelling']);
  const stderr = siteStderr(root, verbose);
  assert.match(stderr, /3 files left out: the site never builds them \(_includes\/tabs\.md: it is in _includes\/, which Jekyll renders only inside the pages that include a file, and no page includes it\)/);
});

test('jekyll: a partial a built page starts to include is checked, with the partial it includes (its typo, its anchor)', () => {
  const root = copy('jekyll', {'install/index.md': '---\ntitle: Home\nlayout: default\n---\n\n# Home\n\n{% include_relative _used.md %}\n\n{% include_relative _orphan.md %}\n'});
  assert.deepEqual(run(root), ['_includes/box.md:1:14 spelling', 'docs/_html-only.md:1:15 spelling', 'install/_chain.md:3:16 spelling', 'install/_nested.md:3:17 spelling', 'install/_orphan.md:3:4 spelling', 'install/_orphan.md:5:5 no-broken-anchors', 'install/_used.md:3:4 spelling']);
});

test('jekyll: a computed include_relative whose start nothing tells reaches every partial: all stay checked', () => {
  const root = copy('jekyll', {'_includes/icon.html': '<span>{% include_relative {{ include.path }} %}</span>\n'});
  assert.equal(run(root).length, 9);
});

// A Markdown page's computed include reaches partials as a template's does: by its literal start ('' when the
// page's front matter names it: `{{ page.part }}`); Jekyll reads it on the page's every build.
test('jekyll: a computed include or include_relative in a Markdown page reaches the partials (and what they include): they stay checked', () => {
  const page = (tag, key, value) => `---\ntitle: Home\nlayout: default\n${key}: ${value}\n---\n\n# Home\n\nThe home page.\n\n{% include_relative _used.md %}\n\n${tag}\n`;
  const base = ['_includes/box.md:1:14 spelling', 'docs/_html-only.md:1:15 spelling', 'install/_nested.md:3:17 spelling', 'install/_used.md:3:4 spelling'];
  const included = run(copy('jekyll', {'install/index.md': page('{% include {{ page.part }} %}', 'part', 'tabs.md')}));
  assert.deepEqual(included, [...base, '_includes/tabs.md:3:15 spelling', '_includes/tabs.md:5:5 no-broken-anchors'].sort());
  const relative = run(copy('jekyll', {'install/index.md': page('{% include_relative {{ page.step }} %}', 'step', '_orphan.md')}));
  assert.deepEqual(relative, [...base, 'install/_chain.md:3:16 spelling', 'install/_orphan.md:3:4 spelling', 'install/_orphan.md:5:5 no-broken-anchors'].sort());
});

// jekyll-include-cache's `{% include_cached x %}` reads `_includes/x` as `include` does.
test('jekyll: `include_cached` in a layout or a Markdown page reaches the include: it stays checked', () => {
  const layout = '<html><body>{{ content }}{% include_cached box.md %}{% include icon.html name="x" %}</body></html>\n';
  const fromLayout = run(copy('jekyll', {'_layouts/default.html': layout.replace('box.md', 'tabs.md').replace('{% include icon', '{% include box.md %}{% include icon')}));
  assert.deepEqual(fromLayout, ['_includes/box.md:1:14 spelling', '_includes/tabs.md:3:15 spelling', '_includes/tabs.md:5:5 no-broken-anchors', 'docs/_html-only.md:1:15 spelling', 'install/_nested.md:3:17 spelling', 'install/_used.md:3:4 spelling']);
  const fromPage = run(copy('jekyll', {'install/index.md': '---\ntitle: Home\nlayout: default\n---\n\n# Home\n\n{% include_relative _used.md %}\n\n{% include_cached tabs.md %}\n'}));
  assert.deepEqual(fromPage, ['_includes/box.md:1:14 spelling', '_includes/tabs.md:3:15 spelling', '_includes/tabs.md:5:5 no-broken-anchors', 'docs/_html-only.md:1:15 spelling', 'install/_nested.md:3:17 spelling', 'install/_used.md:3:4 spelling']);
});

// Astro without Starlight builds pages from `src/` and its loaders' folders only (fix46c): an assistant's prompt file at
// the top and a notes folder are left out; the README and the issue template GitHub shows stay checked. A dot folder's
// files (`.claude/rules/`, `.cursor/README.md`, `.github/copilot-instructions.md`) are tooling for every generator, even
// where what the build reads is unknown (`srcDir` moved: the top files are checked then). Fixture: fixtures/never-built/astro.
test('astro: a prompt file and notes outside src/ and dot folders\' files are left out; the entry, the README and the issue template are checked', () => {
  const root = copy('astro');
  assert.deepEqual(siteFindings(root, verbose), ['.github/ISSUE_TEMPLATE/bug.md:6:14 spelling', 'README.md:3:4 spelling', 'src/content/posts/first.md:5:4 spelling']);
  assert.match(siteStderr(root, verbose), /5 files left out: the site never builds them \(\.claude\/rules\/tasks-prompt\.md: it is in \.claude\/, a dot folder of tooling outside src\/, all site builds from, and no page includes it\)/);
});

test('astro: with `srcDir` moved (built folders unknown) the top files are checked, the dot folders\' files still left out', () => {
  const root = copy('astro', {'astro.config.mjs': "import {defineConfig} from 'astro/config';\n\nexport default defineConfig({srcDir: './site'});\n"});
  assert.deepEqual(run(root), ['.github/ISSUE_TEMPLATE/bug.md:6:14 spelling', 'README.md:3:4 spelling', 'notes/plan.md:3:4 spelling', 'src/content/posts/first.md:5:4 spelling', 'tasks-prompt.md:3:22 spelling']);
});

test('hugo: with a template that reads files by path, a dot folder\'s notes are still left out', () => {
  const root = copy('hugo', {'layouts/_default/single.html': '<article>{{ .Content }}{{ readFile "notes/plan.md" | markdownify }}</article>\n'});
  mkdirSync(join(root, '.claude'));
  writeFileSync(join(root, '.claude', 'notes.md'), '# Notes\n\nWe recieve notes.\n');
  assert.deepEqual(run(root), ['CHANGELOG.md:3:4 spelling', 'content/posts/first.md:6:4 spelling', 'notes/plan.md:3:4 spelling']);
});

// Astro's content config may define its collections in modules it imports (`import {blog} from './collections/blog'`):
// a `glob()` loader there reads its `base` (relative to the project root) as well, so that folder's entries are built.
test('astro: a glob loader in a module the content config imports builds its base folder: its entry is checked', () => {
  const root = copy('astro', {
    'src/content.config.ts': "import {blog} from './collections/blog';\n\nexport const collections = {blog};\n",
    'src/collections/blog.ts': "import {defineCollection, z} from 'astro:content';\nimport {glob} from 'astro/loaders';\n\nexport const blog = defineCollection({\n  loader: glob({pattern: '**/*.md', base: './content/blog'}),\n  schema: z.object({title: z.string()}),\n});\n",
    'content/blog/hello.md': '---\ntitle: Hello\n---\n\nWe recieve mail here.\n',
  });
  assert.deepEqual(run(root), ['.github/ISSUE_TEMPLATE/bug.md:6:14 spelling', 'README.md:3:4 spelling', 'content/blog/hello.md:5:4 spelling', 'src/content/posts/first.md:5:4 spelling']);
});

// Vite bundles the Markdown a page or component imports, wherever it lies (`import {Content} from '../../CHANGELOG.md'`,
// `import.meta.glob('../../posts/*.md')`): Astro renders it, so it is built though outside src/. A loose file beside it is not.
test('astro: Markdown that src/ imports from outside it (an import, import.meta.glob) is built and checked; the prompt file beside it is not', () => {
  const root = copy('astro', {
    'src/pages/changelog.astro': "---\nimport {Content} from '../../CHANGELOG.md';\n---\n<Content />\n",
    'src/pages/archive.astro': "---\nconst posts = Object.values(import.meta.glob('../../posts/*.md', {eager: true}));\n---\n<ul>{posts.map((post) => <li>{post.frontmatter.title}</li>)}</ul>\n",
    'CHANGELOG.md': '# Changes\n\nWe recieve fixes.\n',
    'posts/old.md': '---\ntitle: Old\n---\n\nWe recieve old posts.\n',
  });
  assert.deepEqual(run(root), ['.github/ISSUE_TEMPLATE/bug.md:6:14 spelling', 'CHANGELOG.md:3:4 spelling', 'README.md:3:4 spelling', 'posts/old.md:5:4 spelling', 'src/content/posts/first.md:5:4 spelling']);
});

// An import through an alias tsconfig does not name (Vite's `resolve.alias` in astro.config) may point anywhere: the build
// is unknown then, and the top files are checked; one tsconfig names is placed, and only that file is added.
test('astro: Markdown imported through an alias tsconfig names is built; through one it does not, the build is unknown (all checked)', () => {
  const page = "---\nimport {Content} from '~/notes/plan.md';\n---\n<Content />\n";
  const unknown = copy('astro', {'src/pages/plan.astro': page});
  assert.deepEqual(run(unknown), ['.github/ISSUE_TEMPLATE/bug.md:6:14 spelling', 'README.md:3:4 spelling', 'notes/plan.md:3:4 spelling', 'src/content/posts/first.md:5:4 spelling', 'tasks-prompt.md:3:22 spelling']);
  const named = copy('astro', {'src/pages/plan.astro': page, 'tsconfig.json': '{"compilerOptions": {"paths": {"~/*": ["./*"]}}}\n'});
  assert.deepEqual(run(named), ['.github/ISSUE_TEMPLATE/bug.md:6:14 spelling', 'README.md:3:4 spelling', 'notes/plan.md:3:4 spelling', 'src/content/posts/first.md:5:4 spelling']);
});
