// Front matter whose flow list or map goes on at column 0 (`tags: [sea, river, a long` then `name here, lake]`),
// judged by the site's own YAML reader: libyaml (Jekyll's Ruby Psych; PyYAML, MkDocs) checks indentation in
// block context only (scanner.c yaml_parser_unroll_indent: "In the flow context, do nothing"; scan_plain_scalar
// stops at a shallower line only outside flow), so it reads the list; the `yaml` package and js-yaml refuse it.
// An unclosed list or a wrongly indented key is an error to every reader. Fixture: fixtures/front-matter/flow-indent/jekyll.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parse} from 'yaml';
import {filesOf, fixture, siteFindings} from './rule-helpers.mjs';
import {flowLinesIndented} from '../dist/src/frontmatter.js';

const site = () => filesOf(fixture('front-matter', 'flow-indent', 'jekyll'));

test('front-matter on Jekyll: a flow list or map continued at column 0 is read as libyaml reads it; an unclosed list and a bad indent stay errors', async () => {
  assert.deepEqual(await siteFindings('front-matter', site()), [
    '_posts/2020-01-04-unclosed.md:4:1 front-matter',
    '_posts/2020-01-05-indented.md:2:8 front-matter',
  ]);
  // Its fields count: the post with `published: false` in such a block is a draft.
  assert.deepEqual(await siteFindings('no-drafts', site()), ['_posts/2020-01-03-unfinished.md:3:1 no-drafts']);
});

test('front-matter on a site whose YAML reader postlint does not know: the list continued at column 0 stays an error', async () => {
  const files = site();
  delete files['_config.yml'];
  files['next.config.js'] = 'module.exports = {};\n';
  const rows = await siteFindings('front-matter', files);
  assert.ok(rows.includes('_posts/2020-01-01-wrapped.md:4:1 front-matter'), rows.join('\n'));
});

test('flow indent: the values are those PyYAML (CSafeLoader and SafeLoader alike) reads', () => {
  const text = 'title: x\ntags: [machine learning, thinking\nmachines data science, deep learning]\nmore: {a: 1,\nb: 2}\nnested:\n  list: [one,\ntwo]\n';
  assert.throws(() => parse(text));
  assert.deepEqual(parse(flowLinesIndented(text)), {
    title: 'x',
    tags: ['machine learning', 'thinking machines data science', 'deep learning'],
    more: {a: 1, b: 2},
    nested: {list: ['one', 'two']},
  });
  // Lines outside flow collections are left as they are.
  assert.equal(flowLinesIndented('title: x\n  bad: y\n'), undefined);
});
