// Generator versions the round-18 held-out sites showed postlint lacked: VitePress before
// 1.0.0-alpha.27 ids headings with its own slugify (no NFKD, no curly quotes), asserted by exact rule
// id, line and column, both ways, on fixtures/no-broken-anchors/vitepress-0 with the version varied.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {lintSite, fixture} from './rule-helpers.mjs';

/** A fixture folder's files as `{path: text}`, for lintSite. */
function filesOf(dir) {
  const files = {};
  const walk = (at) => {
    for (const entry of readdirSync(at, {withFileTypes: true})) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const storePages = filesOf(fixture('no-broken-anchors', 'vitepress-0'));
const withVitepress = (version, lock) => ({
  ...storePages,
  ...(version === undefined ? {} : {'package.json': JSON.stringify({devDependencies: {vitepress: version}})}),
  ...(lock === undefined ? {} : {'yarn.lock': `vitepress@${version}:\n  version "${lock}"\n`}),
});

// guide.md: 3:5 quotes, 3:46 kana, 5:6 street, 7:10 title-1, 7:49 title-2, 9:3 the real miss.
test('vitepress 0.20: ids are its own slugify\'s (curly quotes and kana kept as written, ß → ss); a real miss is still reported', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('^0.20.0'));
  assert.deepEqual(rows, ['guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress before 0.14 (markdown-it-anchor 5): a repeated heading is numbered from -2', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('~0.13.1'));
  assert.deepEqual(rows, ['guide.md:7:10 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress 1: @mdit-vue/shared\'s slugify (NFKD, curly quotes to -) makes the old ids broken', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('^1.6.4'));
  assert.deepEqual(rows, ['guide.md:3:5 no-broken-anchors', 'guide.md:3:46 no-broken-anchors', 'guide.md:5:6 no-broken-anchors', 'guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress: a range across 1.0.0-alpha.27 is decided by the lockfile', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress('^1.0.0-alpha.20', '1.0.0-alpha.21'));
  assert.deepEqual(rows, ['guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});

test('vitepress: with no version anywhere either release\'s id is accepted; what neither gives is still reported', async () => {
  const {rows} = await lintSite('no-broken-anchors', withVitepress(undefined));
  assert.deepEqual(rows, ['guide.md:7:49 no-broken-anchors', 'guide.md:9:3 no-broken-anchors']);
});
