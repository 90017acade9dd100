import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fixtures, findings, postlintJson, tempSite} from './helpers.mjs';

// fixtures/hugo-cast-languages: a Hugo site whose config folder gives each language its own file
// (config/_default/languages.<lang>.toml with contentDir), drafts written as strings, a headless bundle.
const site = join(fixtures, 'hugo-cast-languages');

function copy() {
  const root = mkdtempSync(join(tmpdir(), 'postlint-hugo-cast-'));
  cpSync(site, root, {recursive: true});
  return root;
}

test('hugo: cast.ToBool flags, language paths from per-language config files, headless bundle resources', () => {
  const {json} = postlintJson(['--offline', '.'], {cwd: site});
  assert.deepEqual(findings(json, site), [
    // `/docs/setup/` is the default language's (English) page: a Catalan id is not there.
    'content/ca/docs/setup.md:8:59 no-broken-anchors',
    // `/ca/docs/setup/` is the Catalan page: the English id is not there.
    'content/ca/docs/setup.md:8:97 no-broken-anchors',
    // `draft = "nope"` is no boolean Hugo can read (cast.ToBool makes it false).
    'content/en/posts/typo.md:4:1 front-matter',
    // `draft = "true"` is a draft to Hugo.
    'content/en/posts/wip.md:4:1 no-drafts',
  ]);
  const messages = json.flatMap((file) => file.messages.map((m) => `${file.filePath.slice(site.length + 1)}:${m.line}:${m.column} ${m.message}`));
  assert.ok(messages.some((m) => m.startsWith('content/en/posts/wip.md:4:1 ') && m.includes('it is marked `draft: "true"`, which Hugo reads as true')));
  assert.ok(messages.some((m) => m.startsWith('content/ca/docs/setup.md:8:59 ') && m.includes('content/en/docs/setup.md')));
});

test('hugo: a headless bundle\'s Markdown resource that a layout renders (site.GetPage … .Resources … .Content) is checked; `draft = "false"` stays a boolean Hugo reads', () => {
  const root = copy();
  // A layout that fetches the headless bundle and renders its resources' text: work.md reaches readers.
  const layouts = join(root, 'layouts/index.html');
  mkdirSync(join(root, 'layouts'));
  writeFileSync(layouts, '{{ with site.GetPage "homepage" }}{{ range .Resources }}{{ .Content }}{{ end }}{{ end }}\n');
  const {json} = postlintJson(['--offline', '.'], {cwd: root});
  assert.ok(findings(json, root).includes('content/en/homepage/work.md:5:1 no-placeholders'), findings(json, root).join('\n'));
  assert.ok(!findings(json, root).some((row) => row.startsWith('content/en/docs/setup.md') || row.startsWith('content/ca/docs/setup.md:4')));
});

test('hugo: without defaultContentLanguage and without `en`, the first language by weight is served from the root', () => {
  const root = tempSite({
    'hugo.toml': 'baseURL = "https://example.org/"\n[languages.de]\ncontentDir = "content/de"\nweight = 2\n[languages.fr]\ncontentDir = "content/fr"\nweight = 1\n',
    'content/fr/docs/a.md': '---\ntitle: A\n---\n\n## Premier pas\n\nText.\n',
    'content/de/docs/a.md': '---\ntitle: A\n---\n\n## Erste Schritte\n\n[fr](/docs/a/#premier-pas), [de](/de/docs/a/#erste-schritte), [wrong](/docs/a/#erste-schritte).\n',
  });
  const {json} = postlintJson(['--offline', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['content/de/docs/a.md:7:63 no-broken-anchors']);
});
