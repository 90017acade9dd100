// Astro's `build.format` (configuration reference): 'directory' (the default) writes `/glazes/index.html`,
// 'file' and 'preserve' write `/glazes.html`. Only the config's own `build: {format}` says so: a `format` key
// in another option (an image service's config, an integration's options) is not Astro's, and a link to
// `/glazes.html` on a site built as folders is a missing file. Asserted by exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

const notes = "---\ntitle: Kiln notes\n---\n\nSee [the glazes](/glazes/) and [the glaze page file](/glazes.html).\n";

function site(options) {
  return {
    'package.json': '{"name": "kiln-fixture", "private": true, "dependencies": {"astro": "^5.0.0"}}\n',
    'astro.config.mjs': `import {defineConfig} from 'astro/config';\n\nexport default defineConfig({\n  site: 'https://kiln.example.org',\n${options}});\n`,
    'src/pages/index.astro': '<h1>Kiln</h1>\n',
    'src/pages/glazes.astro': '<h1>Glazes</h1>\n',
    'src/pages/notes.md': notes,
  };
}

const glazeFile = 'src/pages/notes.md:5:32 no-missing-files';

test('built as folders (the default), /glazes.html is missing', async () => {
  assert.deepEqual(await siteFindings('no-missing-files', site('')), [glazeFile]);
});

test("build.format 'file' or 'preserve' serves /glazes.html", async () => {
  assert.deepEqual(await siteFindings('no-missing-files', site("  build: {format: 'file'},\n")), []);
  assert.deepEqual(await siteFindings('no-missing-files', site("  build: {assets: '_assets', format: 'preserve'},\n")), []);
});

test("a format key outside the config's build object (an image service's config) is not Astro's build.format", async () => {
  const image = "  image: {service: {entrypoint: './src/image-service.mjs', config: {format: 'preserve'}}},\n";
  assert.deepEqual(await siteFindings('no-missing-files', {...site(image), 'src/image-service.mjs': 'export default {};\n'}), [glazeFile]);
  assert.deepEqual(await siteFindings('no-missing-files', site("  vite: {build: {format: 'file'}},\n")), [glazeFile]);
});
