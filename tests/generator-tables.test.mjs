// Conformance: the page URLs (and, for Zola, the file-name dates) each generator module gives,
// against the rows taken from the generators' own tests in fixtures/generators/<name>.json.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures} from './helpers.mjs';
import {generators} from '../dist/src/site/generators/index.js';

const root = '/site';

for (const name of ['mdbook', 'eleventy', 'starlight', 'zola']) {
  const table = JSON.parse(readFileSync(join(fixtures, 'generators', `${name}.json`), 'utf8'));
  const generator = generators.find((candidate) => candidate.name === name);
  const site = {root, generator: name, config: table.config};
  const base = generator.contentRoots(site)[0];

  test(`${name}: ${table.urls.length} page URLs as the generator serves them`, () => {
    const wrong = [];
    for (const row of table.urls) {
      const frontMatter = {data: row.frontMatter ?? {}, keyLines: {}, start: {line: 1, column: 1}};
      const url = generator.pageUrl(join(base, row.file), site, frontMatter) ?? null;
      if (url !== row.url) wrong.push(`${row.file} ${JSON.stringify(row.frontMatter ?? {})} → ${url}, expected ${row.url}`);
    }
    assert.deepEqual(wrong, []);
  });

  if (table.dates) {
    test(`${name}: ${table.dates.length} file and folder names that date a page, or not`, () => {
      for (const row of table.dates) {
        const from = generator.fieldFrom('date', {path: join(base, row.file), site, data: {}, hasTopHeading: false});
        assert.equal(from === 'the file or folder name', row.fromName, row.file);
      }
    });
  }
}
