// Astro `redirects` entries postlint cannot read whole (astro-redirects.ts): each answers only the
// paths it could be. A source read without its destination: that source; a source built from a
// literal start (`` [`/archive/${year}`] ``, `['/old/' + name]`): the paths below that start. Only an
// entry of which nothing is read (a spread, a key from a variable, a `redirects` value built in code)
// leaves every missing site-root path unverifiable, said once in a notice.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, siteStderr, siteUnverifiable, tempSite} from './helpers.mjs';

const config = (redirects) => [
  "import {defineConfig} from 'astro/config';",
  "import starlight from '@astrojs/starlight';",
  "const moved = '/guides/new';",
  'export default defineConfig({',
  "  integrations: [starlight({title: 'Docs'})],",
  `  redirects: ${redirects},`,
  '});',
  '',
].join('\n');

const page = [
  '---',
  'title: Start',
  '---',
  '',
  'See [moved](/guides/moved/), [an archive](/archive/2020/), [an old page](/old/setup) and [gone](/guides/gone/).',
  '',
].join('\n');

const site = (redirects) => tempSite({'astro.config.mjs': config(redirects), 'src/content/docs/index.md': page, 'src/content/docs/guides/new.md': '---\ntitle: New\n---\n\nText.\n'});
const notices = (root) => siteStderr(root).split('\n').filter((line) => line.includes('left unreported'));

test('astro redirects read in part: each makes only the paths it could be unverifiable; a path none can be is reported', () => {
  const root = site("{\n    '/guides/moved': moved,\n    [`/archive/${year}`]: '/guides/new',\n    ['/old/' + name]: {status: 301, destination: `/guides/${name}`},\n  }");
  assert.deepEqual(siteFindings(root), ['src/content/docs/index.md:5:90 no-missing-files']);
  const rows = siteUnverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['5:30 /archive/2020/', '5:5 /guides/moved/', '5:60 /old/setup']);
  assert.match(rows[1], /astro\.config\.mjs redirects \/guides\/moved to a destination postlint cannot read/);
  assert.match(rows[0], /has a redirect from `\/archive\/\$\{year\}`, which postlint cannot read whole/);
  assert.deepEqual(notices(root), []);
});

test('astro redirects of which nothing is read: every missing site-root path is unverifiable, said once in a notice', () => {
  for (const redirects of ["{...legacy, '/guides/moved': '/guides/new'}", 'legacyRedirects', '{[oldPath]: moved}']) {
    const root = site(redirects);
    assert.deepEqual(siteFindings(root), [], redirects);
    const rows = siteUnverifiable(root);
    assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), redirects.includes("'/guides/moved'") ? ['5:30 /archive/2020/', '5:60 /old/setup', '5:90 /guides/gone/'] : ['5:30 /archive/2020/', '5:5 /guides/moved/', '5:60 /old/setup', '5:90 /guides/gone/'], redirects);
    const said = notices(root);
    assert.equal(said.length, 1, `${redirects}\n${said.join('\n')}`);
    assert.match(said[0], /no-missing-files in site \.: \d site-root links to a file the checkout lacks left unreported: astro\.config\.mjs has redirects postlint cannot read \(.+\), which may answer any path/);
  }
});

test('astro: the word `redirects` in a comment or a string of the config is no redirects option; a shorthand `redirects` key is one', () => {
  const commented = [
    "import {defineConfig} from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    '// Old redirects, like /blog, live in vercel.json',
    'export default defineConfig({',
    '  /* redirects: legacy */',
    "  integrations: [starlight({title: 'Docs', description: 'No redirects: see docs'})],",
    '});',
    '',
  ].join('\n');
  const root = tempSite({'astro.config.mjs': commented, 'src/content/docs/index.md': page, 'src/content/docs/guides/new.md': '---\ntitle: New\n---\n\nText.\n'});
  assert.deepEqual(siteFindings(root), ['src/content/docs/index.md:5:30 no-missing-files', 'src/content/docs/index.md:5:5 no-missing-files', 'src/content/docs/index.md:5:60 no-missing-files', 'src/content/docs/index.md:5:90 no-missing-files']);
  assert.deepEqual(notices(root), []);
  // `redirects,`: the shorthand for a variable's value, built in code.
  const shorthand = tempSite({'astro.config.mjs': config('redirects').replace('  redirects: redirects,', '  redirects,'), 'src/content/docs/index.md': page});
  assert.deepEqual(siteFindings(shorthand), []);
  assert.match(notices(shorthand)[0], /astro\.config\.mjs has redirects postlint cannot read \(redirects\)/);
});
