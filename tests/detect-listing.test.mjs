// While a folder is detected its listing answers "absent" for the config names it lacks, without a
// stat each (src/site/generators/detect-listing.ts); every name it holds, in any case, still goes to stat.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {siteFindings, tempSite} from './helpers.mjs';

const {withListing, listedAbsent, listedNames} = await import('../dist/src/site/generators/detect-listing.js');
const {siteFor, forgetSites} = await import('../dist/src/site/generators/index.js');
// After the registry: common.js is part of its import cycle.
const {isFile, isDir} = await import('../dist/src/site/generators/common.js');

test('detect listing: absent names answered from the listing, present ones (any case, non-ASCII) left to stat', async () => {
  const root = tempSite({'hugo.toml': "title = 'Ferns'\n", 'content/a.md': '# A\n'});
  await withListing(root, async () => {
    assert.equal(listedAbsent(join(root, 'mkdocs.yml')), true);
    assert.equal(listedAbsent(join(root, '.vitepress', 'config.mts')), true, 'below a folder the listing lacks');
    assert.equal(listedAbsent(join(root, 'hugo.toml')), false);
    assert.equal(listedAbsent(join(root, 'HUGO.TOML')), false, 'a case-insensitive disk finds it: stat decides');
    assert.equal(listedAbsent(join(root, 'conf\u00e9.py')), false, 'a disk may normalise names outside ASCII: stat decides');
    assert.equal(listedAbsent(join(root, 'content', 'b.md')), false, 'a folder it holds is not listed itself');
    assert.equal(listedAbsent(join(root, '..', 'elsewhere.toml')), false);
    assert.equal(isFile(join(root, 'hugo.toml')), true);
    assert.equal(isDir(join(root, 'content')), true);
    assert.equal(isFile(join(root, 'config.toml')), false);
    assert.deepEqual([...listedNames(root)].sort(), ['content', 'hugo.toml']);
  });
  assert.equal(listedAbsent(join(root, 'mkdocs.yml')), false, 'nothing held after the detection');
  assert.equal(listedNames(root), undefined);
});

test('detect listing: a config that is a link, and one below a folder, are still found', async () => {
  const elsewhere = tempSite({'shared.toml': "title = 'Moss'\n"});
  const root = tempSite({'content/a.md': '# A\n', '.vitepress/config.mts': 'export default {}\n', 'docs/index.md': '# Docs\n'});
  symlinkSync(join(elsewhere, 'shared.toml'), join(root, 'content', '..', 'hugo.toml'));
  forgetSites();
  const site = await siteFor(root);
  assert.equal(site?.generator, 'hugo');
  assert.equal(site.configFile, join(root, 'hugo.toml'));
  const vitepress = tempSite({'.vitepress/config.mts': 'export default {}\n', 'guide.md': '# Guide\n\n[Start](./start.md)\n'});
  forgetSites();
  assert.equal((await siteFor(vitepress))?.generator, 'vitepress');
  assert.deepEqual(siteFindings(vitepress), ['guide.md:3:1 no-missing-files']);
});
