// Conformance tables (fixtures/generators/<name>.json): behaviour learned from each generator's
// own source and tests, as data. Every row runs against the generator module postlint uses.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fixtures, repoRoot, tempSite} from './helpers.mjs';

const dist = join(repoRoot, 'dist', 'src');
const {generatorOf, siteFor} = await import(join(dist, 'site', 'generators', 'index.js'));
const {SiteIndex} = await import(join(dist, 'site', 'index.js'));
const {unbuiltReason} = await import(join(dist, 'site', 'detect.js'));

const folder = join(fixtures, 'generators');
const tables = readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => ({name, ...JSON.parse(readFileSync(join(folder, name), 'utf8'))}));

const frontMatter = (data = {}) => ({format: 'yaml', data, keyLines: {}, start: {line: 1, column: 1}});

/** A temporary copy of one of the table's sites, with its generator detected and its Markdown files indexed. */
async function makeSite(table, name) {
  const spec = table.sites[name];
  const root = tempSite(spec.files, `postlint-conf-${table.generator}-`);
  const site = await siteFor(root);
  const markdown = Object.keys(spec.files).filter((path) => /\.(md|markdown|mdx)$/.test(path)).map((path) => join(root, path));
  const sites = new Map(markdown.map((path) => [path, site]));
  const facts = markdown.map((path) => ({path, headings: [], anchors: [], links: [], control: [], frontMatter: frontMatter()}));
  return {root, site, index: new SiteIndex(facts, sites, {config: {}})};
}

for (const table of tables) {
  const sites = new Map();
  const siteOf = async (name) => {
    if (!sites.has(name)) sites.set(name, await makeSite(table, name));
    return sites.get(name);
  };

  test(`${table.name}: the sites are detected as ${table.generator}`, async () => {
    for (const name of Object.keys(table.sites ?? {})) {
      const {site} = await siteOf(name);
      assert.equal(site?.generator, table.generator, name);
    }
  });

  for (const [i, row] of (table.links ?? []).entries()) {
    test(`${table.name} link ${i + 1}: ${row.syntax ?? 'link'} "${row.link}" from ${row.from} → ${row.target ?? row.status}`, async () => {
      const {root, index} = await siteOf(row.site);
      const link = {url: row.link, kind: row.syntax ? 'shortcode' : row.kind ?? 'link', ...(row.syntax ? {syntax: row.syntax} : {}), line: 1, column: 1};
      const resolved = index.resolveLink(join(root, row.from), link);
      const resolution = resolved.resolution;
      if (row.target) {
        assert.equal(resolution.status, 'found', `${row.note ?? ''} ${JSON.stringify(resolution)}`);
        assert.equal(relative(root, resolution.path), row.target, row.note);
      } else {
        assert.equal(resolution.status, row.status, `${row.note ?? ''} ${JSON.stringify(resolution)}`);
      }
    });
  }

  for (const [i, row] of (table.pages ?? []).entries()) {
    test(`${table.name} page ${i + 1}: ${row.file} is served at ${row.url ?? '(unknown)'}`, async () => {
      const {root, site} = await siteOf(row.site);
      const url = generatorOf(site).pageUrl(join(root, row.file), site, frontMatter(row.frontMatter));
      assert.equal(url, row.url ?? undefined, row.note);
    });
  }

  for (const [i, row] of (table.publish ?? []).entries()) {
    test(`${table.name} publish ${i + 1}: ${JSON.stringify(row.frontMatter)} in ${row.file} → [${row.kinds.join(', ')}]`, async () => {
      const {root, site} = await siteOf(row.site);
      const problems = generatorOf(site).publishState(join(root, row.file), frontMatter(row.frontMatter), site, new Date(row.now));
      assert.deepEqual(problems.map((problem) => problem.kind), row.kinds, row.note);
    });
  }

  for (const [i, row] of (table.unbuilt ?? []).entries()) {
    test(`${table.name} unbuilt ${i + 1}: ${row.file} ${row.unbuilt ? 'is never built' : 'is read'}`, async () => {
      const {root, site} = await siteOf(row.site);
      assert.equal(unbuiltReason(join(root, row.file), site) !== undefined, row.unbuilt, row.note);
    });
  }
  for (const [i, row] of (table.pageness ?? []).entries()) {
    test(`${table.name} page-ness ${i + 1}: ${row.file} ${row.page ? 'is' : 'is not'} a page`, async () => {
      const {root, site} = await siteOf(row.site);
      assert.equal(generatorOf(site).isPage(join(root, row.file), site, frontMatter(row.frontMatter)), row.page, row.note);
    });
  }

  for (const [i, row] of (table.dates ?? []).entries()) {
    test(`${table.name} date ${i + 1}: ${JSON.stringify(row.value)} is ${row.valid ? '' : 'not '}a date ${table.generator} reads`, () => {
      assert.equal(generatorOf({root: '/', generator: table.generator, config: {}}).readsDate(row.value), row.valid, row.note);
    });
  }
}

// The tables sit beside the fixture sites of fixtures/generators/ that other tests run postlint on.
// A table named as a generator's config file (the Hugo table was hugo.json, a name Hugo reads) made
// the folder a site, and every run on a fixture below it checked that site's 230 files as well.
test('the tables\' folder is no site: every fixture site below it is checked on its own', async () => {
  assert.equal((await siteFor(folder))?.generator, undefined);
});
