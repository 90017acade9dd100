// tests/helpers.mjs reuses an offline run on a temporary site whose files are unchanged: a test must never pass on
// a run of files it has since changed, in the site or in another temporary folder the site reads (a Hugo themesDir).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {siteFindings, tempSite} from './helpers.mjs';

const relUrlFigure = '<img src="{{ .Get "src" | relURL }}">\n';
const asIsFigure = '<img src="{{ .Get "src" }}">\n';

function themedSite(themes) {
  return tempSite({
    'hugo.toml': `baseURL = "https://example.org/"\ntitle = "T"\ntheme = "t"\nthemesDir = ${JSON.stringify(themes)}\n`,
    'content/_index.md': '---\ntitle: Home\n---\n\nHome.\n',
    'content/guide/brew.md': '---\ntitle: Brew\ndate: 2024-01-01\n---\n\n# Brew\n\n{{< figure src="pictures/kettle.png" >}}\n',
    'static/pictures/kettle.png': 'x',
  });
}

test('site runs: a change in another temporary folder the site reads (its themesDir) runs postlint again', () => {
  const themes = tempSite({'t/layouts/shortcodes/figure.html': relUrlFigure, 't/theme.toml': 'name = "t"\n'});
  const site = themedSite(themes);
  assert.deepEqual(siteFindings(site), []);
  writeFileSync(join(themes, 't/layouts/shortcodes/figure.html'), asIsFigure);
  assert.deepEqual(siteFindings(site), ['content/guide/brew.md:8:1 no-missing-files']);
});

test('site runs: a change inside the site runs postlint again; an unchanged site gives the same findings', () => {
  const themes = tempSite({'t/layouts/shortcodes/figure.html': asIsFigure, 't/theme.toml': 'name = "t"\n'});
  const site = themedSite(themes);
  assert.deepEqual(siteFindings(site), ['content/guide/brew.md:8:1 no-missing-files']);
  assert.deepEqual(siteFindings(site), ['content/guide/brew.md:8:1 no-missing-files']);
  writeFileSync(join(site, 'content/guide/brew.md'), '---\ntitle: Brew\ndate: 2024-01-01\n---\n\n# Brew\n\n{{< figure src="/pictures/kettle.png" >}}\n');
  assert.deepEqual(siteFindings(site), []);
});
