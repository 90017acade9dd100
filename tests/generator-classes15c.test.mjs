// Generator behaviours the round-13 held-out sites showed postlint lacked: a page and a folder of
// the site's public/static files with the same path (VitePress, Hugo), and the files a VitePress
// plugin (vitepress-plugin-llms) writes at build. Each on a small site of its own, asserted by
// exact rule id, line and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

// ---- VitePress: a page beside a public/ folder of its name ----

const besideLinks = [
  '# Home',
  '',
  'Read [the intro](/notes/intro) and [its picture](/notes/intro/pic.png).',
  '',
  'A [folder of pictures](/notes/gallery) with no page of its name.',
  '',
  '<a href="/notes/intro">The intro, in HTML</a>',
  '',
].join('\n');

function vitepressBeside(config) {
  return tempSite({
    '.vitepress/config.ts': config,
    'index.md': besideLinks,
    'notes/intro.md': '# Intro\n\nHello.\n',
    'public/notes/intro/pic.png': 'png',
    'public/notes/gallery/one.png': 'png',
  });
}

test('vitepress: /x names the page x.md before a public/x/ folder without an index (the link is written /x.html); a folder with no page stays one', () => {
  const root = vitepressBeside("export default {title: 'Demo'}\n");
  assert.deepEqual(run(root), ['index.md:5:3 no-missing-files']);
  // In HTML the link is not rewritten: the host is asked for /x while it holds x.html and x/.
  assert.deepEqual(unverifiable(root).filter((row) => row.includes('/notes/intro:')).map((row) => row.split(': ')[0]), ['7:4 /notes/intro']);
  assert.ok(unverifiable(root).some((row) => row.startsWith('7:4 /notes/intro: VitePress serves the page notes/intro.md at /notes/intro beside a public/ folder')), unverifiable(root).join('\n'));
});

test('vitepress: with cleanUrls the link stays /x, which the host answers from x.html or the x/ folder: unverifiable, not missing', () => {
  const root = vitepressBeside("export default {title: 'Demo', cleanUrls: true}\n");
  assert.deepEqual(run(root), ['index.md:5:3 no-missing-files']);
  assert.ok(unverifiable(root).some((row) => row.startsWith('3:6 /notes/intro: ') && row.includes('cleanUrls keeps the link as written')), unverifiable(root).join('\n'));
});

// ---- Hugo: a page served as a folder at the path of a static/ folder ----

function hugoBeside(config) {
  return tempSite({
    'hugo.toml': `baseURL = "https://example.org/"\ntitle = "Demo"\n${config}`,
    'content/_index.md': '---\ntitle: Home\n---\n\nRead [the intro](/notes/intro) and [its picture](/notes/intro/pic.png).\n\nA [folder of pictures](/notes/gallery) with no page of its name.\n',
    'content/notes/intro.md': '---\ntitle: Intro\n---\n\nHello.\n',
    'static/notes/intro/pic.png': 'png',
    'static/notes/gallery/one.png': 'png',
  });
}

test('hugo: /x names the page served at /x/ whose folder of publishDir also holds static/x/ files; a static folder with no page stays one', () => {
  assert.deepEqual(run(hugoBeside('')), ['content/_index.md:7:3 no-missing-files']);
});

test('hugo: with uglyURLs the page is x.html beside the x/ folder: /x still names a folder without an index', () => {
  assert.deepEqual(run(hugoBeside('uglyURLs = true\n')), ['content/_index.md:5:6 no-missing-files', 'content/_index.md:7:3 no-missing-files']);
});

// ---- Zola: a page at the path of a static/ folder ----

test('zola: /x names the page at /x/ whose output folder also holds static/x/ files; a static folder with no page stays one', () => {
  const root = tempSite({
    'config.toml': 'base_url = "https://example.org"\n',
    'content/_index.md': '+++\ntitle = "Home"\n+++\n\nRead [the intro](/notes/intro) and [its picture](/notes/intro/pic.png).\n\nA [folder of pictures](/notes/gallery) with no page of its name.\n',
    'content/notes/_index.md': '+++\ntitle = "Notes"\n+++\n',
    'content/notes/intro.md': '+++\ntitle = "Intro"\n+++\n\nHello.\n',
    'static/notes/intro/pic.png': 'png',
    'static/notes/gallery/one.png': 'png',
  });
  assert.deepEqual(run(root), ['content/_index.md:7:3 no-missing-files']);
});

// ---- VitePress: the files vitepress-plugin-llms writes at build ----

const llmsLinks = [
  '# Home',
  '',
  'Get [the summary](/llms.txt), [everything](/llms-full.txt) or [a guide summary](/guide/llms.txt).',
  '',
  'A [typo](/llm.txt).',
  '',
].join('\n');

function llmsSite(plugins, imports = "import llmstxt from 'vitepress-plugin-llms'\n") {
  return tempSite({
    '.vitepress/config.ts': `import {defineConfig} from 'vitepress'\n${imports}\nexport default defineConfig({\n  title: 'Demo',\n  vite: {\n    plugins: [${plugins}],\n  },\n})\n`,
    'index.md': llmsLinks,
    'guide/start.md': '# Start\n\nHello.\n',
  });
}

test('vitepress-plugin-llms: its llms.txt and llms-full.txt are written at the root (in the production build); none in folders at depth 1; other names stay missing', () => {
  const root = llmsSite("\n      process.env.NODE_ENV === 'production'\n        ? llmstxt({description: 'A demo', ignoreFiles: ['index.md']})\n        : undefined,\n    ");
  assert.deepEqual(run(root), ['index.md:3:63 no-missing-files', 'index.md:5:3 no-missing-files']);
});

test('vitepress-plugin-llms: the production condition read in a declaration (`const llms = NODE_ENV === "production" ? llmstxt() : undefined`) writes its files', () => {
  const root = llmsSite('llms', "import llmstxt from 'vitepress-plugin-llms'\nconst llms = process.env.NODE_ENV === 'production' ? llmstxt() : undefined\n");
  assert.deepEqual(run(root), ['index.md:3:63 no-missing-files', 'index.md:5:3 no-missing-files']);
});

test('vitepress-plugin-llms: an output turned off is not written; experimental.depth writes folder files postlint leaves unverifiable', () => {
  const root = llmsSite('llmstxt({generateLLMsFullTxt: false, experimental: {depth: 2}})');
  assert.deepEqual(run(root), ['index.md:3:31 no-missing-files', 'index.md:5:3 no-missing-files']);
  assert.ok(unverifiable(root).some((row) => row.startsWith('3:63 /guide/llms.txt: vitepress-plugin-llms writes llms.txt in each folder of its pages down to experimental.depth 2')), unverifiable(root).join('\n'));
});

test('vitepress-plugin-llms: a condition postlint does not evaluate, or options in a variable, leave its files unverifiable', () => {
  const conditional = llmsSite("process.env.DOCS_LLMS === 'on' ? llmstxt() : undefined");
  assert.deepEqual(run(conditional), ['index.md:5:3 no-missing-files']);
  assert.ok(unverifiable(conditional).some((row) => row.startsWith("3:5 /llms.txt: .vitepress/config.ts adds vitepress-plugin-llms under a condition postlint does not evaluate (process.env.DOCS_LLMS === 'on' ?)")), unverifiable(conditional).join('\n'));
  const variable = llmsSite('llmstxt(llmsOptions)', "import llmstxt from 'vitepress-plugin-llms'\nconst llmsOptions = {generateLLMsTxt: false}\n");
  assert.ok(unverifiable(variable).some((row) => row.startsWith('3:31 /llms-full.txt: .vitepress/config.ts passes vitepress-plugin-llms options postlint cannot read (llmsOptions)')), unverifiable(variable).join('\n'));
});

test('vitepress-plugin-llms: a config that only imports its Markdown buttons (no plugin call) writes no llms.txt', () => {
  const root = llmsSite('', "import {copyOrDownloadAsMarkdownButtons} from 'vitepress-plugin-llms'\n");
  assert.deepEqual(run(root), ['index.md:3:31 no-missing-files', 'index.md:3:5 no-missing-files', 'index.md:3:63 no-missing-files', 'index.md:5:3 no-missing-files']);
});

// A folder's page (guide/index.md) gets its Markdown copy at /guide.md; a link in HTML reaches it, a
// Markdown link is rewritten to /guide.html by VitePress and does not.
const copyLinks = [
  '# Home',
  '',
  '<a href="/guide.md">The guide as Markdown</a> and <a href="/blog.md">the blog as Markdown</a>',
  '',
  'The [guide as Markdown](/guide.md).',
  '',
].join('\n');

function copySite(call) {
  return tempSite({
    '.vitepress/config.ts': `import llmstxt from 'vitepress-plugin-llms'\nexport default {title: 'Demo', vite: {plugins: [${call}]}}\n`,
    'index.md': copyLinks,
    'guide/index.md': '# Guide\n\nHello.\n',
    'blog/index.md': '# Blog\n\nNews.\n',
  });
}

test('vitepress-plugin-llms: its Markdown copy of guide/index.md is /guide.md (links in HTML); blog pages are left out by default; a Markdown link stays missing', () => {
  assert.deepEqual(run(copySite('llmstxt()')), ['index.md:3:54 no-missing-files', 'index.md:5:5 no-missing-files']);
});

test('vitepress-plugin-llms: excludeBlog: false copies the blog page; ignoreFilesPerOutput.pages leaves the guide out; generateLLMFriendlyDocsForEachPage: false writes no copies', () => {
  assert.deepEqual(run(copySite("llmstxt({excludeBlog: false, ignoreFilesPerOutput: {pages: ['guide.md']}})")), ['index.md:3:4 no-missing-files', 'index.md:5:5 no-missing-files']);
  assert.deepEqual(run(copySite('llmstxt({generateLLMFriendlyDocsForEachPage: false})')), ['index.md:3:4 no-missing-files', 'index.md:3:54 no-missing-files', 'index.md:5:5 no-missing-files']);
  const unread = copySite('llmstxt({ignoreFiles: skipped})');
  assert.ok(unverifiable(unread).some((row) => row.startsWith('3:4 /guide.md: .vitepress/config.ts sets the vitepress-plugin-llms option ignoreFiles to skipped')), unverifiable(unread).join('\n'));
});
