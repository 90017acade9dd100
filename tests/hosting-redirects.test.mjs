// Hosting redirects and rewrites as link targets, for any generator: firebase.json, Netlify
// (_redirects in a published folder, netlify.toml at the repository root) and vercel.json. A
// plain rule to a page of the site is followed there (its fragment checked); a rule to another
// host, with wildcards, placeholders or conditions, makes the link unverifiable; a path no rule
// answers is still missing. Exact rule id, line and column, and the unverifiable reasons.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

function run(files, cwd = '.') {
  const root = tempSite(files, 'postlint-hosting-');
  const site = `${root}/${cwd}`.replace(/\/\.$/, '');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  const rows = findings(json, site).filter((row) => /no-missing-files|no-broken-anchors/.test(row)).sort();
  const unverifiable = json.flatMap((file) => (file.unverifiable ?? []).map(({line, column, url, reason}) => `${line}:${column} ${url}: ${reason}`));
  return {rows, unverifiable};
}

test('firebase.json: redirects and rewrites answer site paths (eleventy)', () => {
  const {rows, unverifiable} = run({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'eleventy.config.js': "import {IdAttributePlugin} from '@11ty/eleventy';\nexport default function (config) { config.addPlugin(IdAttributePlugin); }\n",
    'firebase.json': JSON.stringify({hosting: {public: '_site', redirects: [
      {source: '/research', destination: '/grant', type: 302},
      {source: '/bug', destination: 'https://bugs.example.org/new', type: 301},
      {source: '/old', destination: '/gone', type: 301},
      {source: '/api/:api*', destination: 'https://api.example.org/:api', type: 301},
    ], rewrites: [{source: '/app/**', function: 'app'}]}}),
    'grant.md': '# Grant\n\n## Budget\n\nText.\n',
    'links.md': [
      '# Links',
      '',
      '[Research](/research), [its budget](/research#budget), [a bad part](/research#staff).',
      '',
      '[Bug](/bug), [old](/old), [API](/api/v1/isolate), [app](/app/settings).',
      '',
      '[Nothing](/nothing).',
      '',
    ].join('\n'),
  });
  assert.deepEqual(rows, ['links.md:3:56 no-broken-anchors', 'links.md:7:1 no-missing-files']);
  assert.deepEqual(unverifiable, [
    '5:1 /bug: firebase.json redirects it to https://bugs.example.org/new',
    '5:14 /old: firebase.json sends it to /gone, which matches no page',
    '5:27 /api/v1/isolate: firebase.json has a rule that may answer it (/api/:api* → https://api.example.org/:api)',
    '5:51 /app/settings: firebase.json has a rule that may answer it (/app/** → a function)',
  ]);
});

test('netlify: _redirects in the folder the site publishes, netlify.toml at the repository root (vitepress in docs/)', () => {
  const {rows, unverifiable} = run({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'netlify.toml': '[build]\nbase = "docs"\n\n[[redirects]]\nfrom = "/chat"\nto = "https://chat.example.org/"\nstatus = 302\n\n[[redirects]]\nfrom = "/fr/*"\nto = "/fr/index.html"\nstatus = 200\nconditions = {Language = ["fr"]}\n',
    'docs/.vitepress/config.mjs': 'export default {}\n',
    'docs/public/_redirects': '# moved pages\n/setup   /guide/install   301\n/blog/*  /posts/:splat  301!\n',
    'docs/guide/install.md': '# Install\n\nText.\n',
    'docs/index.md': '# Home\n\n[Setup](/setup), [chat](/chat), [a post](/blog/2024/hello), [French](/fr/guide).\n\n[Gone](/removed).\n',
  }, 'docs');
  assert.deepEqual(rows, ['index.md:5:1 no-missing-files']);
  assert.deepEqual(unverifiable, [
    '3:18 /chat: ../netlify.toml redirects it to https://chat.example.org/',
    '3:33 /blog/2024/hello: public/_redirects has a rule that may answer it (/blog/* → /posts/:splat)',
    '3:61 /fr/guide: ../netlify.toml answers it under conditions postlint does not evaluate (/fr/* → /fr/index.html)',
  ]);
});

test('netlify: a rule with a 4xx/5xx status is the host\'s not-found page, no answer: a missing site-root link is still missing', () => {
  const {rows, unverifiable} = run({
    'netlify.toml': '[[redirects]]\nfrom = "/old/*"\nto = "/404.html"\nstatus = 404\n',
    '.vitepress/config.mjs': 'export default {}\n',
    'public/_redirects': '/*  /404.html  404\n',
    'index.md': '# Home\n\n[Gone](/removed) and [old](/old/page).\n',
  });
  assert.deepEqual(rows, ['index.md:3:1 no-missing-files', 'index.md:3:22 no-missing-files']);
  assert.deepEqual(unverifiable, []);
});

test('vercel.json: plain redirects followed to the page, path-to-regexp sources abstain (vitepress)', () => {
  const {rows, unverifiable} = run({
    '.vitepress/config.mjs': 'export default {}\n',
    'vercel.json': JSON.stringify({
      redirects: [{source: '/start', destination: '/guide/', permanent: true}, {source: '/blog/:slug', destination: '/posts/:slug'}],
      rewrites: [{source: '/app/(.*)', destination: '/index.html'}],
    }),
    'guide/index.md': '# Guide\n\n## First steps\n\nText.\n',
    'index.md': '# Home\n\n[Start](/start#first-steps), [wrong](/start#last-steps), [a post](/blog/hello), [app](/app/a/b).\n\n[Post list](/blog/2024/hello).\n',
  });
  assert.deepEqual(rows, ['index.md:3:30 no-broken-anchors', 'index.md:5:1 no-missing-files']);
  assert.deepEqual(unverifiable, [
    '3:58 /blog/hello: vercel.json has a rule that may answer it (/blog/:slug → /posts/:slug)',
    '3:81 /app/a/b: vercel.json has a rule that may answer it (/app/(.*) → /index.html)',
  ]);
});

test('vercel.json: a parameter\'s alternatives match only inside it; a relative Markdown image VitePress imports is never the host\'s (vitepress)', () => {
  const {rows, unverifiable} = run({
    '.vitepress/config.mjs': 'export default {cleanUrls: true}\n',
    'vercel.json': JSON.stringify({
      cleanUrls: true,
      redirects: [{source: '/core/:section(actions|connectors)/:name', destination: '/core/api/:section/:name', permanent: true}],
      rewrites: [{source: '/guide/(.*)', destination: '/index.html'}],
    }),
    'guide/a.md': '# A\n\nText.\n\n![Shot](shot.png) and ![Logo](/guide/logo.png).\n',
    'index.md': '# Home\n\n[A](./guide/a.md), [an action](/core/actions/connect), [a hook](/react/connectors/mock).\n',
  });
  // `shot.png` is imported from guide/ when VitePress builds (the `/guide/(.*)` rewrite never sees it);
  // `/react/connectors/mock` is no `/core/…` path, whatever the group's alternatives say.
  assert.deepEqual(rows, ['guide/a.md:5:1 no-missing-files', 'index.md:3:56 no-missing-files']);
  assert.deepEqual(unverifiable, [
    '5:23 /guide/logo.png: vercel.json has a rule that may answer it (/guide/(.*) → /index.html)',
    '3:20 /core/actions/connect: vercel.json has a rule that may answer it (/core/:section(actions|connectors)/:name → /core/api/:section/:name)',
  ]);
});

test('vercel.json: a relative Markdown image Astro imports is never the host\'s; a site-root one is (starlight)', () => {
  const {rows, unverifiable} = run({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default {integrations: [starlight({title: 'X'})]};\n",
    'vercel.json': JSON.stringify({rewrites: [{source: '/guide/(.*)', destination: '/index.html'}]}),
    'src/content/docs/guide/a.md': '---\ntitle: A\n---\n\nText.\n\n![Shot](shot.png) and ![Logo](/guide/logo.png).\n',
    'src/content/docs/index.md': '---\ntitle: Home\n---\n\nHi.\n',
  });
  assert.deepEqual(rows, ['src/content/docs/guide/a.md:7:1 no-missing-files']);
  assert.deepEqual(unverifiable, ['7:23 /guide/logo.png: vercel.json has a rule that may answer it (/guide/(.*) → /index.html)']);
});
