// Ids a shortcode template builds from its parameters (`{{ $id := cond … (print "stage-" $n) }}` … `id="{{ $id }}"`):
// the literal parts the expression writes make a pattern, so a fragment that fits it (`#stage-1`, `#setup-stage-2`)
// is unverifiable with the template named, and one no heading and no template can write stays broken.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, ruleFindings} from './rule-helpers.mjs';
import {siteUnverifiable, tempSite} from './helpers.mjs';

const {expressionValues, assignmentsOf} = await import('../dist/src/site/template-id-values.js');
const site = 'generators/hugo-shortcode-ids';

test('template id values: print, printf, cond, variables and string literals; anything else is data', () => {
  const assigned = assignmentsOf('{{ $n := .Get "n" }}{{ $id := cond .IsHome (print "top-" $n) "page" }}');
  assert.deepEqual(expressionValues('$id', assigned), [['top-', ''], ['page']]);
  assert.deepEqual(expressionValues('printf "tab-%d-%s" .Ordinal (.Get 0)', assigned), [['tab-', '-', '']]);
  // A pipeline may change the text (anchorize, lower): data.
  assert.deepEqual(expressionValues('print "step-" $n | anchorize', assigned), [['', '']]);
});

test('hugo: a fragment a shortcode\'s built id may be is unverifiable; one nothing can write is broken', async () => {
  assert.deepEqual(await ruleFindings('no-broken-anchors', [site]), [`${site}/content/docs/walkthrough.md:17:5 no-broken-anchors`]);
  const reason = 'the fragment cannot be checked: the target no heading has that id, but layouts/shortcodes/stage.html writes id="{{ $id }}" from data, which only the build knows';
  assert.deepEqual(siteUnverifiable(tempSite(filesOf(fixture(site)))), [`7:38 #setup-stage-2: ${reason}`, `7:6 #stage-1: ${reason}`]);
});

test('hugo: a template action with a Go escape JSON lacks (`\\x2d`) is data; the template\'s other ids are still read', async () => {
  const {siteFindings} = await import('./helpers.mjs');
  const files = filesOf(fixture(site));
  files['layouts/shortcodes/panel.html'] = '<section id="panel-intro"></section><div id="{{ print "panel\\x2d" (.Get 0) }}">{{ .Inner }}</div>\n';
  files['content/docs/panels.md'] = '---\ntitle: "Panels"\n---\n\nSee [the intro](#panel-intro) and [the outro](#panel-outro-missing).\n';
  const root = tempSite(files);
  const rows = siteFindings(root).filter((row) => row.startsWith('content/docs/panels.md') && row.endsWith('no-broken-anchors'));
  assert.deepEqual(rows, ['content/docs/panels.md:5:35 no-broken-anchors']);
});
