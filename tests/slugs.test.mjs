// Conformance: every row of every table in fixtures/slugs/ against the slug modules in dist/.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures} from './helpers.mjs';
import {flavors} from '../dist/src/site/slug/index.js';

const dir = join(fixtures, 'slugs');
const tables = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

test('there is a conformance table for every flavor', () => {
  assert.deepEqual(tables.map((name) => name.replace(/\.json$/, '')).sort(), Object.keys(flavors).sort());
});

/** A row runs when the flavor implements every option it names. */
const supported = (flavor, options) => Object.keys(options ?? {}).every((name) => flavor.options.includes(name));

for (const name of tables) {
  const table = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const flavor = flavors[table.flavor];
  const cases = table.cases ?? [];
  const sequences = table.sequences ?? [];
  const runnable = cases.filter((row) => supported(flavor, row.options));
  const skipped = cases.length - runnable.length;
  const defaults = cases.filter((row) => !row.options).length;

  test(`${table.flavor}: ${runnable.length} of ${cases.length} cases (${defaults} default, ${skipped} skipped: option not supported)`, () => {
    assert.ok(flavor, `no slug flavor named ${table.flavor}`);
    const failures = [];
    for (const row of runnable) {
      const id = flavor.create(row.options).slug(row.heading);
      if (id !== row.id) failures.push(`${JSON.stringify(row.heading)} → ${JSON.stringify(id)}, expected ${JSON.stringify(row.id)}`);
    }
    assert.deepEqual(failures, []);
  });

  const runnableSequences = sequences.filter((seq) => supported(flavor, seq.options));
  test(`${table.flavor}: ${runnableSequences.length} of ${sequences.length} sequences through one slugger each`, () => {
    const failures = [];
    for (const row of runnableSequences) {
      const slugger = flavor.create(row.options);
      // Explicit ids the page holds, taken as the flavor takes them before the automatic ones.
      for (const id of row.reserved ?? []) slugger.reserve(id);
      const ids = row.headings.map((heading) => slugger.slug(heading));
      if (JSON.stringify(ids) !== JSON.stringify(row.ids)) failures.push(`${row.note ?? ''}: ${JSON.stringify(ids)} expected ${JSON.stringify(row.ids)}`);
    }
    assert.deepEqual(failures, []);
  });


  if (table.aliases) {
    test(`${table.flavor}: ${table.aliases.length} headings with the ids other versions give`, () => {
      const failures = [];
      for (const row of table.aliases) {
        const id = flavor.create(row.options).slug(row.heading);
        const aliases = flavor.aliases?.(id, row.heading) ?? [];
        if (id !== row.id || JSON.stringify(aliases) !== JSON.stringify(row.aliases)) failures.push(`${JSON.stringify(row.heading)} → ${id} ${JSON.stringify(aliases)}`);
      }
      assert.deepEqual(failures, []);
    });
  }

  test(`${table.flavor}: headings it cannot id exactly are said to be uncertain, and only those`, () => {
    for (const row of table.uncertain ?? []) assert.equal(flavor.uncertain?.(row.heading, row.options), true, row.heading);
    for (const row of runnable) assert.notEqual(flavor.uncertain?.(row.heading, row.options), true, `${row.heading} is in the table, so its id is known`);
  });
}
