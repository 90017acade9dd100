// Conformance: which file and folder names date a page (Zola), from fixtures/generators/<name>.json
// (`fileDates`); the tables' page URLs run in generator-conformance.test.mjs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, tempSite} from './helpers.mjs';
import {generatorOf, siteFor} from '../dist/src/site/generators/index.js';

for (const name of ['zola']) {
  const table = JSON.parse(readFileSync(join(fixtures, 'generators', `${name}.json`), 'utf8'));
  test(`${name}: ${table.fileDates.length} file and folder names that date a page, or not`, async () => {
    const roots = new Map();
    for (const row of table.fileDates) {
      if (!roots.has(row.site)) roots.set(row.site, tempSite(table.sites[row.site].files));
      const root = roots.get(row.site);
      const site = await siteFor(root);
      assert.equal(site.generator, name);
      const from = generatorOf(site).fieldFrom('date', {path: join(root, row.file), site, data: {}, hasTopHeading: false});
      assert.equal(from === 'the file or folder name', row.fromName, row.file);
    }
  });
}
