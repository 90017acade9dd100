// Hugo site-root destinations (`/x.md`, `/shot.png`): never read from the page's folder unless a render
// hook looks them up among the page's resources (Resources.Get) or rewrites them. Exact rule id, line
// and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

const generators = join(fixtures, 'generators');

function rows(site) {
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: site});
  return findings(json, site).filter((row) => /no-missing-files|no-broken-anchors|no-empty-sections/.test(row)).sort();
}

test('hugo: a site-root `/x.md` link a GetPage hook does not find is published as written (a 404), never read from the page\'s folder; a hook that rewrites destinations keeps the guard', () => {
  const site = join(generators, 'hugo-root-md-links');
  const expected = ['install', 'upgrade', 'backup', 'restore', 'debug', 'plugins', 'hooks', 'api', 'faq', 'support'].map((_, index) => `content/docs/v1/_index.md:${7 + index}:1 no-missing-files`).sort();
  assert.deepEqual(rows(site), expected);
  // The same links through a hook whose output only its template knows: the guard withholds them as before.
  const copy = tempFolder('postlint-hugo-root-md-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'layouts/_default/_markup/render-link.html'), '<a href="{{ replace .Destination ".md" "/" | relURL }}">{{ .Text }}</a>\n');
  assert.deepEqual(rows(copy), []);
});

test('hugo: with hooks that look destinations up among the page\'s resources (the embedded ones, or `.Resources.Get`), `/diagram.png` in a bundle finds its `diagram.png`; a file the bundle lacks is reported; without such hooks all are', () => {
  const site = join(generators, 'hugo-bundle-resources');
  // Resources.Get compares names with a leading slash added to both (resources/resource/resources.go Get).
  assert.deepEqual(rows(site), ['content/posts/a/index.md:13:1 no-missing-files']);
  // A hook of the site's that looks pages up (GetPage) but no resources, and no image hook: published as written.
  const copy = tempFolder('postlint-hugo-bundle-');
  cpSync(site, copy, {recursive: true});
  writeFileSync(join(copy, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Bundles"\n');
  mkdirSync(join(copy, 'layouts/_markup'), {recursive: true});
  writeFileSync(join(copy, 'layouts/_markup/render-link.html'), '{{ $u := urls.Parse .Destination }}{{ $href := .Destination }}{{ with .Page.GetPage $u.Path }}{{ $href = .RelPermalink }}{{ end }}<a href="{{ $href }}">{{ .Text }}</a>\n');
  assert.deepEqual(rows(copy), ['content/notes/_index.md:7:1 no-missing-files', 'content/notes/_index.md:9:1 no-missing-files', 'content/posts/a/index.md:11:1 no-missing-files', 'content/posts/a/index.md:13:1 no-missing-files', 'content/posts/a/index.md:7:1 no-missing-files', 'content/posts/a/index.md:9:1 no-missing-files']);
});
