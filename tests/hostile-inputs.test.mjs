// Hostile input, sized: a post, a config or a side file built so that a reading that is not linear
// (or a parser without its limits) takes minutes or gigabytes. Each runs as a subprocess with a
// time limit and a heap limit and must still report the file's findings; where a tokenizer's
// reading can be counted in process, the count is asserted, not the clock, and where a scan can be
// called alone, its growth from n to 4n is (tests/growth.mjs). (Planted files, caches
// and links: tests/hostile.test.mjs.)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {findings, tempSite} from './helpers.mjs';
import {remarkDollarMath, remarkMdxJsxFlowTags} from '../dist/src/markdown.js';
import {maskSource, proseTokens} from '../dist/src/spelling/prose.js';
import {pairedTagRanges} from '../dist/src/paired-tags.js';
import {blankMdxComments} from '../dist/src/text/mdx-comments.js';
import {blankOnOneLine, blankTemplateCode} from '../dist/src/text/template-code-spans.js';
import {cmdrunLines} from '../dist/src/site/generators/mdbook-cmdrun.js';
import {blankKramdownDefinitions} from '../dist/src/text/kramdown-definitions.js';
import {draft, hostileRun, ok} from './hostile-run.mjs';
import {assertLinearGrowth} from './growth.mjs';
import {templateTagParagraph} from '../dist/src/text/template-tags.js';
import {rawLinkSpans} from '../dist/src/spelling/raw-html-spans.js';
import {inlineLanguageSpans} from '../dist/src/spelling/html-lang.js';
import {creditedHandles} from '../dist/src/spelling/credits.js';
import {generators} from '../dist/src/site/generators/index.js';

test('spelling: a 20,000-letter token (a pasted blob) is skipped in linear time; the typo after it and the other file are still found', () => {
  let blob = '';
  for (let i = 0; blob.length < 20_000; i++) blob += 'qwertyuiopasdfghjklzxcvbnm'[(i * 7 + (i >> 3)) % 26];
  const root = tempSite({'blob.md': `${ok}\n${blob} and a wrod here.\n`, 'other.md': draft});
  const {json, ms} = hostileRun(['.', '--rule', 'spelling:error'], root, {timeout: 30_000});
  assert.deepEqual(findings(json, root), ['blob.md:8:20008 spelling', 'other.md:4:1 no-drafts']);
  assert.ok(ms < 30_000);
});

test('spelling: a 200 KB sentence before a blockquote is read in linear time (its paragraph\'s last sentence found from the end); the typo after it is still found', () => {
  const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa '.repeat(3_500);
  const root = tempSite({'long.md': `${ok}\n${words}end. He wrote:\n\n> Quoted words here.\n\nA wrod here.\n`, 'other.md': draft});
  // Before: the sentence was found by a search from each character to the next \`.\`, 30 s here.
  const {json} = hostileRun(['.', '--rule', 'spelling:error'], root, {timeout: 15_000});
  assert.deepEqual(findings(json, root), ['long.md:12:3 spelling', 'other.md:4:1 no-drafts']);
});

/**
 * Markdown the parser takes more than linear time or memory on. Each is generated at the size that
 * stalled or exhausted a run before (minutes, gigabytes); now each is a fatal message at its line,
 * in a run with a 256 MB heap, and the other file keeps its finding.
 */
const head = '---\ntitle: T\ndate: 2020-01-01\n---\n\n';
const pathological = {
  'lists nested 10,000 deep': {text: `${head}${'- '.repeat(10_000)}a\n`, line: 6, reason: 'lists or block quotes nested 10000 deep (the limit is 100)'},
  'block quotes nested 10,000 deep': {text: `${head}${'> '.repeat(10_000)}a\n`, line: 6, reason: 'lists or block quotes nested 10000 deep (the limit is 100)'},
  '50,000 `[a](`': {text: `${head}Intro.\n\n${'[a]('.repeat(50_000)}\n`, line: 8, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '50,000 `**a`': {text: `${head}${'**a'.repeat(50_000)}\n`, line: 6, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '50,000 `_*`': {text: `${head}${'_*'.repeat(50_000)}\n`, line: 6, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '50,000 `~~a`': {text: `${head}${'~~a'.repeat(50_000)}\n`, line: 6, reason: 'more than 2000 emphasis, strikethrough, code or link delimiters in one paragraph'},
  '1,500 paragraphs of 1,500 `**a` each': {text: `${head}${`${'**a'.repeat(1500)}\n\n`.repeat(150)}`, line: 20, reason: 'too many unclosed emphasis, strikethrough or link delimiters in its paragraphs'},
  'code spans of 600 lengths': {text: `${head}${Array.from({length: 600}, (_, i) => '`'.repeat(i + 1)).join('a')}\n`, line: 6, reason: 'too many code-span delimiters (backtick runs) in its paragraphs'},
  '50,000 footnotes': {text: `${head}${Array.from({length: 50_000}, (_, i) => `x[^${i}]\n\n[^${i}]: n`).join('\n\n')}\n`, line: 20_008, reason: 'more than 5000 link reference or footnote definitions'},
  '200,000 identical reference definitions': {text: `${head}See [a].\n\n${'[a]: b\n'.repeat(200_000)}`, line: 5_008, reason: 'more than 5000 link reference or footnote definitions'},
  '100,000-key YAML front matter': {text: `---\ntitle: T\n${Array.from({length: 100_000}, (_, i) => `k${i}: 1`).join('\n')}\n---\n\nText.\n`, line: 1, reason: 'its front matter has more than 5000 lines'},
};

test('pathological Markdown: each file is "too complex to check" at its line, in one run with a 256 MB heap and a time limit; the other file is still checked', () => {
  const names = Object.keys(pathological);
  const files = Object.fromEntries(names.map((name, i) => [`case-${String(i).padStart(2, '0')}.md`, pathological[name].text]));
  const root = tempSite({...files, 'z.md': draft});
  const {code, json} = hostileRun(['.'], root, {heapMb: 256, timeout: 90_000});
  assert.equal(code, 1);
  assert.deepEqual(findings(json, root), [...names.map((name, i) => `case-${String(i).padStart(2, '0')}.md:${pathological[name].line}:1 fatal`), 'z.md:4:1 no-drafts']);
  names.forEach((name, i) => assert.equal(json[i].messages[0].message, `File is too complex to check: ${pathological[name].reason}; not checked`, name));
});

test('100,000 `www.a.b` autolinks and a 4.5 MB run of backticks are checked in linear time within the heap limit', () => {
  const root = tempSite({'www.md': `${head}${'www.a.b '.repeat(100_000)}\n`, 'ticks.md': `${head}${'`'.repeat(4_500_000)}\n`, 'b.md': draft});
  const {code, json, stderr} = hostileRun(['--offline', '.'], root, {heapMb: 384, timeout: 90_000});
  assert.equal(code, 1, stderr);
  assert.deepEqual(findings(json, root).filter((row) => !row.includes('bare-url')), ['b.md:4:1 no-drafts']);
});

test('kramdown inline math: 1,200 `$` runs of different lengths that close nowhere, in two paragraphs, are read in linear time; the math and the prose around them are right', () => {
  const runs = Array.from({length: 1200}, (_, i) => '$'.repeat(2 + i)).join('a');
  const post = `---\ntitle: T\n---\n\n${runs}\n# Heading\n${runs}\n\nWe recieve $$ recieve^2 $$ twice.\n`;
  // Counted, not timed: micromark-extension-math alone reads each opening to its paragraph's end,
  // 1.16 × 10^9 characters here (80 s); the guarded tokenizer reads each about once.
  assert.ok(mathTextReads(post, 2 * post.length) <= 2 * post.length);
  const root = tempSite({'_config.yml': 'title: Blog\n', '_posts/2024-01-01-runs.md': post, '_posts/2024-01-02-draft.md': '---\ntitle: D\npublished: false\n---\n\nText.\n'});
  const {json, stderr} = hostileRun(['--offline', '.'], root, {heapMb: 384, timeout: 90_000});
  assert.deepEqual(findings(json, root), ['_posts/2024-01-01-runs.md:9:4 spelling', '_posts/2024-01-02-draft.md:3:1 no-drafts'], stderr);
});

/** How many characters the inline-math tokenizer reads while `text` is parsed as kramdown Markdown; throws past `budget`, so a reading that is not linear fails at once. */
function mathTextReads(text, budget) {
  const processor = unified().use(remarkParse).use(remarkDollarMath, {singleDollar: false, blocks: 'kramdown'}).freeze();
  const constructs = processor.data().micromarkExtensions.find((extension) => extension.text?.[36]).text;
  const construct = constructs[36];
  let reads = 0;
  constructs[36] = {
    ...construct,
    tokenize(effects, ok, nok) {
      const consume = (code) => {
        if (++reads > budget) throw new Error(`the inline-math tokenizer read more than ${budget} characters`);
        effects.consume(code);
      };
      return construct.tokenize.call(this, {...effects, consume}, ok, nok);
    },
  };
  processor.parse(text);
  return reads;
}

test('a 1 MB HTML block of unclosed `<h2>` (a heading the id scan looks for) finishes and finds nothing there; the other file is checked', () => {
  const root = tempSite({'open.md': `${head}${'<h2>Intro text '.repeat(70_000)}\n`, 'b.md': draft});
  const {code, json, stderr} = hostileRun(['--offline', '.'], root, {heapMb: 384, timeout: 90_000});
  assert.equal(code, 1, stderr);
  assert.deepEqual(findings(json, root), ['b.md:4:1 no-drafts']);
});

test('MkDocs hooks nested as deep as the parse limit allows finish within the heap limit; a larger hook is not parsed (unverifiable, never a hang)', () => {
  const site = (hook) => tempSite({
    'mkdocs.yml': 'site_name: Demo\nhooks:\n  - hooks.py\n',
    'hooks.py': hook,
    'docs/index.md': '# Home\n\nGet [the key](/signing.pub).\n',
  });
  // Just under 128 KB of nesting the parser recurses into, and nothing that puts files into the site.
  const deep = site(`x = ${'-'.repeat(128 * 1024 - 10)}1\n`);
  const parsed = hostileRun(['--offline', '--no-config', '.'], deep, {heapMb: 256, timeout: 60_000});
  assert.deepEqual(findings(parsed.json, deep), ['docs/index.md:3:5 no-missing-files'], parsed.stderr);
  const large = site(`def on_page_markdown(markdown, **kwargs):\n    return markdown\n${'#'.repeat(128 * 1024)}\n`);
  const skipped = hostileRun(['--offline', '--no-config', '.'], large, {heapMb: 256, timeout: 60_000});
  assert.deepEqual(findings(skipped.json, large), [], skipped.stderr);
  assert.match(skipped.stderr, /the MkDocs hook hooks\.py \(over 128 KB, which postlint does not parse\) may write files into the built site/);
});

// Inputs that made one helper quadratic. Where the helper can be called alone, its cost at n and 4n
// openings is compared in process (tests/growth.mjs: linear ≈ 4×, a rescan per opening ≈ 16×), at a
// size where the rescan already shows and no clock limit is needed; a small run checks the finding.
test('mdbook-cmdrun comments: their lines are counted in one pass (cost 4× on 4× the comments); the link after them is found at its line', () => {
  // Before: each comment's line was counted on a slice of the text before it (24 s on 40,000).
  const page = (n) => `# A\n\n${'<!-- cmdrun echo hi -->\n'.repeat(n)}\nSee [the plan](missing.md).\n`;
  assert.deepEqual(cmdrunLines(page(3)), [3, 4, 5]);
  assertLinearGrowth('cmdrunLines', cmdrunLines, page, 2000);
  const root = tempSite({
    'book.toml': '[book]\ntitle = "B"\n\n[preprocessor.cmdrun]\n',
    'src/SUMMARY.md': '# Summary\n\n- [A](a.md)\n',
    'src/a.md': page(2000),
  });
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root);
  assert.deepEqual(findings(json, root), ['src/a.md:2004:5 no-missing-files'], stderr);
});

test('unclosed MDX comments `{/*`: the comment scan and the template-code mask stay linear (cost 4× on 4× the openings); the link after them is found', () => {
  // Before: a `{/*…*/}` pattern (and a lazy one in the mask) read from every opening to the file's end.
  const page = (n) => `# T\n${'x {/*\n\n'.repeat(n)}See [the plan](missing.md).\n`;
  assert.equal(blankMdxComments('a {/* b */} c\n'), 'a           c\n');
  assert.equal(blankTemplateCode('a {/* b */} c\n'), 'a           c\n');
  assertLinearGrowth('blankMdxComments', blankMdxComments, page, 2000);
  assertLinearGrowth('blankTemplateCode', blankTemplateCode, page, 2000);
  const root = tempSite({'c.mdx': page(2000)});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root);
  assert.ok(findings(json, root).includes('c.mdx:4002:5 no-missing-files'), `${findings(json, root).join('\n')}\n${stderr}`);
});

test('an Org date of 60,000 unclosed `<2020-01-01 ` is read in one pass, as Hugo reads it (the first opening, a closer after it)', async () => {
  const {readOrgFields} = await import('../dist/src/front-matter-hugo-intro.js');
  const open = '<2020-01-01 '.repeat(60_000);
  assert.equal(readOrgFields(`#+date: ${open}`, 1).data.date, open.trim());
  assert.equal(readOrgFields(`#+date: x ${open}]`, 1).data.date, '2020-01-01');
  assert.equal(readOrgFields('#+date: <2020-01-01 Thu>', 1).data.date, '2020-01-01');
  assert.equal(readOrgFields('#+date: [2020-01-01 Thu', 1).data.date, '[2020-01-01 Thu');
  const root = tempSite({'hugo.toml': 'title = "T"\n', 'content/a.md': `#+title: A\n#+date: ${open}\n\nSee [the plan](missing.md).\n`});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 120_000});
  assert.ok(findings(json, root).includes('content/a.md:4:5 no-missing-files'), `${findings(json, root).join('\n')}\n${stderr}`);
});

test('a kramdown definition line with an open quote is read in one pass (cost 4× on a line 4× as long); the link after it is found', () => {
  // Before: kramdown's definition pattern backtracked over the line (minutes on 160,000 characters).
  const page = (n) => `# A\n\n[a]: ${'x'.repeat(n)}"\n\nSee [b](missing.md).\n`;
  assert.equal(blankKramdownDefinitions('[a]: x "t"\n'), '[a]: x "t"\n', 'a definition CommonMark reads too is left as it is');
  assert.equal(blankKramdownDefinitions('[a]: x y\n'), '        \n', 'kramdown reads it as a definition; CommonMark does not');
  assertLinearGrowth('blankKramdownDefinitions', blankKramdownDefinitions, page, 5000);
  const root = tempSite({'_config.yml': 'markdown: kramdown\n', 'a.md': page(5000)});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 120_000});
  assert.deepEqual(findings(json, root), ['a.md:5:5 no-missing-files'], stderr);
});

test('raw HTML of `lang` spans, unclosed comments and unclosed `<code>` is read in one pass (cost 4× on 4×); the link after it is found', () => {
  // Each in one HTML block, as a Hugo site with raw HTML shown has its prose read (html-lang.ts,
  // prose.ts's raw elements and comments, raw-html-spans.ts), parsed and read at n and 4n. Before:
  // a lazy comment pattern ran to the end from every unclosed `<!--` (12 s of CPU through the CLI
  // for 40,000 spans, 50,000 comments and 30,000 `<code>`).
  const block = (part) => (n) => `# B\n\n<div>${part.repeat(n)}\n</div>\n\nSee [c](missing.md).\n`;
  const parser = unified().use(remarkParse);
  const read = (source) => proseTokens(parser.parse(source), source, undefined, false, true);
  assertLinearGrowth('`lang` spans', read, block('<span lang="de">wort</span> hello '), 2_000);
  assertLinearGrowth('unclosed comments', read, block('<!-- x '), 2_500);
  assertLinearGrowth('unclosed `<code>`', read, block('<code>y '), 3_000);
  const all = `# B\n\n<div>${'<span lang="de">wort</span> hello '.repeat(4_000)}\n${'<!-- x '.repeat(5_000)}\n${'<code>y '.repeat(3_000)}\n</div>\n\nSee [c](missing.md).\n`;
  const root = tempSite({'hugo.toml': 'title = "T"\n[markup.goldmark.renderer]\nunsafe = true\n', 'content/b.md': all});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 120_000});
  assert.deepEqual(findings(json, root), ['content/b.md:8:5 no-missing-files'], stderr);
});

test('lines of unclosed `{{`, `{{<`, `{%`, `{*` and `{{< highlight` openings: the prose masks and paired-tag scans stay linear (cost 4× on 4× the openings); the typo after them is found', () => {
  // Before: lazy patterns rescanned the rest of the file from every unclosed opening (minutes on 40,000 of each).
  // (A line of unclosed `{*` was never quadratic: each line's first opening sends the search to the next line.
  // The `{*` mask's two quadratic shapes are the next test's.)
  const parts = ['a {{ ', 'b {{< ', 'c {% ', '{{< highlight go >}} e {{< code-x >}} '];
  // The highlight line's mask costs more per opening (its openings are whole tags): a smaller n.
  const sizes = [2000, 2000, 2000, 500];
  const line = (part) => (n) => `${ok}\n${part.repeat(n)}\n\nAnd a wrod here.\n`;
  parts.forEach((part, i) => {
    assertLinearGrowth(`maskSource on \`${part}\``, (source) => maskSource(source), line(part), sizes[i]);
    // A Jekyll site: Liquid's paired tags are read too (src/paired-tags.ts), as Hugo's `{{<` ones always are.
    assertLinearGrowth(`pairedTagRanges on \`${part}\``, (source) => pairedTagRanges(source, {liquid: true}), line(part), sizes[i]);
  });
  // The masks run over the whole source, code blocks too: there a line of `{*` is no emphasis for the parser to refuse.
  const lines = parts.map((part) => part.repeat(2000));
  const root = tempSite({'_config.yml': 'title: T\n', 'open.md': `${ok}\n${lines.join('\n\n')}\n\n\`\`\`\n${'d {* '.repeat(2000)}\n\`\`\`\n\nAnd a wrod here.\n`});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.', '--rule', 'spelling:error'], root);
  assert.deepEqual(findings(json, root), ['open.md:20:7 spelling'], stderr);
});

test('lines that open `{*` and one `*}` at the end, and one line of `{* … *}` spans: the one-line mask keeps its next closer and line end, in linear time (cost 4× on 4×); the typo after it is found', () => {
  // Before: each opening sought its closer from itself, to the one `*}` at the end (6.9 s on 40,000).
  const page = (n) => `${ok}\n\`\`\`\n${'{* a\n'.repeat(n)}*}\n\`\`\`\n\nAnd a wrod here.\n`;
  assertLinearGrowth('maskSource on `{*` lines', (source) => maskSource(source), page, 2000);
  // And its line end, to the end of one long line of spans: a `\n` search is fast, so only a larger n shows it.
  assert.equal(blankOnOneLine('a {* b *} c {* d\n*}', '{*', '*}'), 'a         c {* d\n*}');
  assertLinearGrowth('blankOnOneLine on one line of spans', (source) => blankOnOneLine(source, '{*', '*}'), (n) => `${'{* d *} '.repeat(n)}\n`, 40_000);
  const root = tempSite({'_config.yml': 'title: T\n', 'far.md': page(2000)});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.', '--rule', 'spelling:error'], root);
  assert.deepEqual(findings(json, root), ['far.md:2012:7 spelling'], stderr);
});

test('an `import X` line of 200,000 spaces with no `from`, in a page of a site with components: the import scans stay linear; the link after it is found', () => {
  // A code block: the scans read the whole source; the second line is a default import with named ones and no `from`.
  const lines = `import X${' '.repeat(200_000)}y\nimport X, {a}${' '.repeat(200_000)}y\n${'import {a,\n'.repeat(20_000)}`;
  const root = tempSite({'docusaurus.config.js': 'export default {title: "T"};\n', 'docs/a.md': `# A\n\n\`\`\`js\n${lines}\`\`\`\n\nSee [b](missing.md).\n`});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 60_000});
  assert.deepEqual(findings(json, root), ['docs/a.md:20008:5 no-missing-files'], stderr);
});

test('an MDX heading of 100,000 backticks and 100,000 letters: its code spans come from the parser, in linear time; the link after it is found', () => {
  const root = tempSite({'docusaurus.config.js': 'export default {title: "T"};\n', 'docs/a.mdx': `# A\n\n## ${'`'.repeat(100_000)}${'a'.repeat(100_000)}\n\nSee [b](missing.md).\n`});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 60_000});
  assert.deepEqual(findings(json, root), ['docs/a.mdx:5:5 no-missing-files'], stderr);
});

test('MDX tags left open (`<a b={"` and a long string, no closing quote): each is scanned a bounded number of times, not to the end of the file once per line (cost 4× on 4× the tags); the link after them is found', () => {
  // Before: each line's attempt scanned on to the file's end or 400 lines (minutes on 1,200 tags of 2,000 characters).
  const page = (n) => `# T\n\n${`<a b={"${'x'.repeat(200)}\n`.repeat(n)}See [the plan](missing.md).\n`;
  const mdx = unified().use(remarkParse).use(remarkMdxJsxFlowTags).freeze();
  assert.deepEqual(mdx.parse('<a b={"c"}>\n\nText.\n\n</a>\n').children.map((node) => node.type), ['html', 'paragraph', 'html']);
  assertLinearGrowth('MDX tags left open', (text) => mdx.parse(text), page, 100);
  const root = tempSite({'c.mdx': page(400)});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 120_000});
  assert.ok(findings(json, root).includes('c.mdx:403:5 no-missing-files'), `${findings(json, root).join('\n')}\n${stderr}`);
});

test('nginx configs built to backtrack or to be rescanned (bounded `{0,99}` repeats, `?` on alternations, unclosed `${`, many tags on one template line): unread or read in linear time (cost 4× on 4×); the links stay missing', async () => {
  const {parseNginx} = await import('../dist/src/site/nginx-syntax.js');
  const {templateText} = await import('../dist/src/site/nginx-redirects.js');
  // Before: each `${` looked for its `}` to the end of the file, and each tag for its line's end (minutes near the 4 MB side-file limit).
  const unclosed = (n) => `set $v ${'a${'.repeat(n)};\n`;
  const tagged = (n) => `---\npermalink: ../nginx.conf\n---\nrewrite ^/tagged/${'{{x}}'.repeat(n)} /guide permanent;\n`;
  assert.deepEqual(parseNginx('set $v a${b}c;\n'), [{name: 'set', args: ['$v', 'a${b}c']}]);
  assertLinearGrowth('parseNginx on unclosed `${`', parseNginx, unclosed, 20_000);
  assertLinearGrowth('templateText on one line of tags', templateText, tagged, 20_000);
  const eleventyConfig = "export default function () { return {dir: {input: 'src'}}; }\n";
  const root = tempSite({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'eleventy.config.js': eleventyConfig,
    // Each of these tested on a 256-character path would take minutes: they are not read, and start with nothing literal.
    'nginx.conf': [
      `rewrite "^${'.{0,99}'.repeat(6)}z$" /guide permanent;`,
      `rewrite "${'(a|aa)?'.repeat(16)}b" /guide permanent;`,
      '',
    ].join('\n'),
    ...Object.fromEntries(['a', 'b', 'c'].map((name) => [`deploy/${name}.conf`, unclosed(2000)])),
    'src/meta/nginx.conf.njk': tagged(2000),
    'src/guide.md': '# Guide\n\nText.\n',
    'src/links.md': `# Links\n\n[Long](/${'a'.repeat(250)}), [as](/${'a'.repeat(60)}).\n`,
  });
  const {json, stderr} = hostileRun(['--offline', '--no-config', '--no-cache', '.'], root, {timeout: 120_000});
  assert.deepEqual(findings(json, root).filter((row) => /no-missing-files/.test(row)), ['src/links.md:3:1 no-missing-files', 'src/links.md:3:262 no-missing-files'], stderr);
});

test('an Eleventy config of many `[…].forEach((p) => addPassthroughCopy(p))` lines: the loops are found once, each call looked up by offset (cost 4× on 4× the loops); the copy the last loop makes is read and the missing image is found', async () => {
  await import('../dist/src/site/index.js');
  const {readPassthroughCopies} = await import('../dist/src/site/generators/eleventy-copies.js');
  // Before: each call's loop was sought by a scan of the config before it (a minute on 20,000 loops).
  const config = (n) => `export default function (config) {\n${"  ;['a', 'b'].forEach((p) => config.addPassthroughCopy(p))\n".repeat(n)}  for (const p of ['src/assets']) config.addPassthroughCopy(p)\n  return {dir: {input: 'src'}}\n}\n`;
  assert.deepEqual(readPassthroughCopies([config(2)]).copies.map((copy) => copy.from), ['a', 'b', 'a', 'b', 'src/assets']);
  assertLinearGrowth('readPassthroughCopies', (text) => readPassthroughCopies([text]), config, 1000);
  const root = tempSite({
    'eleventy.config.js': config(200),
    'src/assets/logo.png': 'png',
    'src/posts/a.md': '---\ntitle: A\npermalink: /posts/a/index.html\n---\n\n![Logo](/assets/logo.png)\n\n![Diagram](diagram-missing.png)\n',
  });
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 60_000});
  assert.deepEqual(findings(json, root), ['src/posts/a.md:8:1 no-missing-files'], stderr);
});

test('mdBook: a SUMMARY.md of 20,000 nested `>` is "too complex to check", its chapters unknown (no crash); the book\'s other files are checked', () => {
  const root = tempSite({'book.toml': '[book]\ntitle = "T"\n', 'src/SUMMARY.md': `${'>'.repeat(20_000)} [x](x.md)\n`, 'src/a.md': '# A\n\nSee [b](missing.md).\n'});
  const {code, json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root);
  assert.equal(code, 1, stderr);
  // Chapters unknown: a.md is not called a draft of a book that does not list it.
  assert.deepEqual(findings(json, root), ['src/SUMMARY.md:1:1 fatal', 'src/a.md:3:5 no-missing-files']);
  assert.equal(json[0].messages[0].message, 'File is too complex to check: lists or block quotes nested 20000 deep (the limit is 100); not checked');
});

test('mdBook with a rewriting preprocessor: a page of unclosed `{{#a ` directives is scanned in linear time (cost 4× on 4× the openings); the unlisted page a chapter links to is still found', async () => {
  // The site index first: the generator modules import each other, and it loads them in their order.
  await import('../dist/src/site/index.js');
  const {directives} = await import('../dist/src/site/generators/mdbook-directives.js');
  // The old scan read from each `{{#a` to the file's end (its arguments could hold `{`): over a minute on 80,000.
  const page = (n) => `# P\n\nSee [Z](z.md).\n\n${'{{#a '.repeat(n)}\n`;
  assertLinearGrowth('mdBook directives', directives, page, 2000);
  // And the directive after an unclosed one is its own (the arguments hold no `{`).
  assert.deepEqual(directives('{{#a {{#include x.md}}'), [{name: 'include', index: 5, path: 'x.md'}]);
  // gettext with a catalog rewrites every page but adds no chapter (one that may add chapters would make z.md no draft).
  const root = tempSite({
    'book.toml': '[book]\ntitle = "T"\nlanguage = "fr"\n\n[preprocessor.gettext]\n',
    'po/fr.po': 'msgid ""\nmsgstr ""\n',
    'src/SUMMARY.md': '# Summary\n\n- [P](p.md)\n',
    'src/p.md': page(2000),
    'src/z.md': '# Z\n\nText.\n',
  });
  // z.md is a chapter in waiting (p.md links to it), so a draft; a file nothing links to is left behind, no draft.
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root);
  assert.deepEqual(findings(json, root), ['src/p.md:3:5 no-unpublished-links', 'src/z.md:1:1 no-drafts'], stderr);
});

test('a paragraph of n template tags then text is read in linear time (no tag may run across its own closer); the link after it is found', () => {
  // Before: each lazy tag could run over the next `%}`, so n tags then `x` split about 2^n ways (30 s at 27 tags).
  const paragraph = (n) => `${'{% a %}'.repeat(n)}x`;
  assert.equal(templateTagParagraph('{% assign x = 1 %}'), 'silent');
  assert.equal(templateTagParagraph('{%- if a -%}{%- endif -%}'), 'writes');
  assert.equal(templateTagParagraph('{{ notes }}'), 'writes');
  assert.equal(templateTagParagraph('{% set x = 1 %}{# c #}'), 'silent');
  assert.equal(templateTagParagraph('{% include "a%b" %}'), 'writes');
  assert.equal(templateTagParagraph('{{ {a:1} }}'), 'writes');
  assert.equal(templateTagParagraph('See {% include x %} below'), undefined);
  assert.equal(templateTagParagraph(paragraph(3)), undefined);
  assert.equal(templateTagParagraph('{% comment %}To be {{ written }}.{% endcomment %}'), 'silent');
  assertLinearGrowth('templateTagParagraph', templateTagParagraph, paragraph, 5);
  // A comment block that holds tags, and unclosed comment blocks: one reading each.
  assertLinearGrowth('templateTagParagraph (comment blocks)', templateTagParagraph, (n) => `${'{% comment %}{% a %}{% endcomment %}'.repeat(n)}x`, 5);
  assertLinearGrowth('templateTagParagraph (unclosed comments)', templateTagParagraph, (n) => `${'{% comment %}{% a %}'.repeat(n)}x`, 200);
  const root = tempSite({'_config.yml': 'title: T\n', 'index.md': `${ok}\n## S\n\n${paragraph(60)}\n\nSee [b](missing.md).\n`});
  const {json, stderr} = hostileRun(['--offline', '--no-cache', '.'], root, {timeout: 60_000});
  assert.ok(findings(json, root).some((row) => /^index\.md:\d+:5 no-missing-files$/.test(row)), `${findings(json, root).join('\n')}\n${stderr}`);
});

test('mkdocs include-markdown: the lines of a page\'s directives are counted in one pass (cost 4× on 4× the directives)', () => {
  // Before: each directive's line was counted on a slice of the text before it (29 s on 20,000 directives).
  const mkdocs = generators.find((generator) => generator.name === 'mkdocs');
  const preprocess = mkdocs.preprocessPage({root: '/nowhere', config: {plugins: ['include-markdown']}});
  const page = (n) => `# A\n\n${'{% include-markdown "part.md" %}\n\nText.\n\n'.repeat(n)}`;
  assert.deepEqual(preprocess(page(3)).outputLines, [3, 7, 11]);
  assert.deepEqual(preprocess('# A\n\n{% include-markdown "a.md"\n   start="x" %}\n{% include "b.md" %}\n').outputLines, [3, 5]);
  assertLinearGrowth('include-markdown preprocessPage', preprocess, page, 1000);
});

test('mkdocs include-markdown: a directive with a long run of spaces, and openings after the last closing tag, are read in one pass (cost 4× on 4×)', () => {
  // Before: `[\s\S]*?\s*%}` read the run of spaces from every position in it, and each opening with no `%}`
  // after it was read to the page's end (2.5 s on 20,000 spaces, 1.1 s on 8,000 openings, in two passes).
  const mkdocs = generators.find((generator) => generator.name === 'mkdocs');
  const preprocess = mkdocs.preprocessPage({root: '/nowhere', config: {plugins: ['include-markdown']}});
  const spaces = (n) => `# A\n\n{% include-markdown "part.md" ${' '.repeat(n)}x %}\n`;
  const open = (n) => `# A\n\n{% include "part.md" %}\n\n${'{% include "a.md" x\n'.repeat(n)}`;
  assert.deepEqual(preprocess(spaces(3)).outputLines, [3]);
  assert.deepEqual(preprocess(open(3)).outputLines, [3]);
  assertLinearGrowth('include-markdown: spaces in a directive', preprocess, spaces, 4000);
  assertLinearGrowth('include-markdown: openings after the last closing tag', preprocess, open, 2000);
});

test('hugo heading hook: a template\'s actions and define blocks are read in one pass (cost 4× on 4× the unclosed `{{` or unclosed defines)', async () => {
  // Before: a lazy `{{…}}` pattern read each unclosed `{{` to the text's end, and each define scanned the tags after it (41 s on 80,000 `{{ `).
  const {defines} = await import('../dist/src/site/generators/hugo-heading-hook.js');
  assert.deepEqual([...defines('{{ define "a" }}<b>{{ if .X }}x{{ end }}</b>{{- end -}}{{ define "c" }}')], [['a', '<b>{{ if .X }}x{{ end }}</b>']]);
  assertLinearGrowth('hugo defines: unclosed {{', defines, (n) => `{{ define "x" }}${'{{ '.repeat(n)}`, 4000);
  assertLinearGrowth('hugo defines: unclosed defines', defines, (n) => '{{ define "x" }}'.repeat(n), 2000);
});

test('spelling: a page of thousands of links (each link text a span the foreign-mention check reads) finds each span\'s words by binary search (cost 4× on 4× the links); the typo before them is found', async () => {
  const {tokensInSpans} = await import('../dist/rules/spelling.js');
  // Before: each span scanned every token of the page (41 s of CPU on 16,000 links and one typo).
  const line = 'Item number of the list with some words after it';
  const page = (n) => {
    const tokens = [];
    const spans = [];
    for (let link = 0; link < n; link++) {
      const at = link * 100;
      for (const [i, text] of line.split(' ').entries()) tokens.push({text, offset: at + i * 6});
      spans.push([at, at + 30]);
    }
    // Front-matter tokens come last in the page's tokens, at the smallest offsets.
    tokens.push({text: 'Title', offset: -10});
    return {tokens, spans};
  };
  const small = page(3);
  assert.deepEqual(tokensInSpans(small.tokens, small.spans), [[0, 1, 2, 3, 4], [10, 11, 12, 13, 14], [20, 21, 22, 23, 24]]);
  assertLinearGrowth('tokensInSpans', ({tokens, spans}) => tokensInSpans(tokens, spans), page, 2000);
  const links = Array.from({length: 3000}, (_, i) => `- [Item number ${i} of the list](https://example.org/${i}/) with some words after it\n`).join('');
  const root = tempSite({'links.md': `${ok}\nThsi page has a typo.\n\n${links}`});
  const {json, stderr} = hostileRun(['.', '--offline', '--rule', 'spelling:error'], root, {timeout: 60_000});
  assert.ok(findings(json, root).includes('links.md:8:1 spelling'), `${findings(json, root).join('\n')}\n${stderr}`);
});

test('VitePress component-only pages: a tag name of 20,000 `-b` parts left open is read in linear time (cost 4× on 4×); the check still knows a component-only page', async () => {
  // Through the generators' index: the module imported alone starts an import cycle before its constants exist.
  await import('../dist/src/site/generators/index.js');
  const {componentOnlyBody} = await import('../dist/src/site/generators/vitepress-pages.js');
  // Before: the name's `[\w-]*` backtracked to every `-` and each try rescanned the rest of the line (15 s on 40 KB).
  const page = (n) => `---\nlayout: page\n---\n\n<a-${'b-'.repeat(n)}\n`;
  assert.equal(componentOnlyBody('---\nlayout: page\n---\n\n<Team />\n<TeamMembers\n  :members="core" />\n<my-el></my-el>\n'), true);
  assert.equal(componentOnlyBody('<Badge text="new" /> and prose\n'), false);
  assert.equal(componentOnlyBody(page(3)), false);
  assertLinearGrowth('componentOnlyBody', componentOnlyBody, page, 2000);
});

test('VitePress component-only pages: unclosed `<!--`, `<script>` and `<style>` are read in linear time (cost 4× on 4×); closed ones still leave a component-only page', async () => {
  await import('../dist/src/site/generators/index.js');
  const {componentOnlyBody} = await import('../dist/src/site/generators/vitepress-pages.js');
  // Before: lazy `<!--[\s\S]*?-->` and `<(script|style)\b[\s\S]*?<\/\1\s*>` patterns rescanned to the end from every unclosed opening.
  assert.equal(componentOnlyBody('<Team />\n<!-- note -->\n<script setup>\nconst a = 1\n</SCRIPT >\n<style>\n.a {}\n</style>\n'), true);
  assert.equal(componentOnlyBody('<Team />\n<!-- note\n'), false);
  for (const opening of ['<!-- x', '<script> x', '<style x']) {
    const page = (n) => `<Team />\n${`${opening}\n`.repeat(n)}`;
    assertLinearGrowth(`componentOnlyBody, unclosed ${opening.slice(0, -2)}`, componentOnlyBody, page, 2000);
  }
});

test('config text of unclosed `(/[` openings on one line: the string- and regex-aware bracket scan stays linear (cost 4× on 4×; a regex literal is looked for a bounded way)', async () => {
  const {topLevelParts} = await import('../dist/src/site/generators/js-source.js');
  const line = (n) => `a: 1, b: ${'(/['.repeat(n)}`;
  assert.equal(topLevelParts(line(2)).length, 2);
  assertLinearGrowth('topLevelParts', topLevelParts, line, 2000);
});

test('raw HTML of n `<a href="x" ` openings with no `>` after them: the link scan reads each tag to its `>` once and stops at the first that has none (cost 4× on 4× the openings); a link after a closed tag is still paired', () => {
  // Before: one pattern tried every later `href` from every `<a` and scanned to the node's end each time (20 s at n = 1000).
  const parse = (source) => ({source, tree: unified().use(remarkParse).parse(source)});
  const page = (n) => parse(`# A\n\n<div><a href="y">Y</a>${'<a href="x" '.repeat(n)}\n`);
  assert.deepEqual(rawLinkSpans(page(2).tree, page(2).source).map(([, , href]) => href), ['y']);
  assertLinearGrowth('rawLinkSpans', ({tree, source}) => rawLinkSpans(tree, source), page, 100);
});

test('a paragraph of many inline tags beside a `lang` one, or of many credited links, is read in one pass (cost 4× on 4×)', () => {
  // Before: each inline tag was spliced into a copy of the whole block (html-lang.ts), and each credit
  // filtered every link of its paragraph (credits.ts): 11–12× the cost on 4× the tags or credits.
  const parser = unified().use(remarkParse);
  const parsed = (source) => ({source, tree: parser.parse(source)});
  const tags = (n) => `# A\n\nSee <i lang="fr">x</i> ${'<b>m</b> '.repeat(n)}<span lang="de">Wort</span> end.\n`;
  const small = tags(2);
  assert.deepEqual(inlineLanguageSpans(parser.parse(small), small).map((span) => [small.slice(span.start, span.end), span.lang]), [['<i lang="fr">x</i>', 'fr'], ['<span lang="de">Wort</span>', 'de']]);
  assertLinearGrowth('inlineLanguageSpans', ({source, tree}) => inlineLanguageSpans(tree, source), (n) => parsed(tags(n)), 1000);
  const credits = (n) => `# A\n\n${'[a](https://a.example.com/) by a, '.repeat(n)}[b](https://b.example.com/) by a.\n`;
  const few = credits(2);
  assert.deepEqual([...creditedHandles(parser.parse(few), few)].map((at) => few.slice(at, at + 2)), ['a,', 'a,'], 'the last credit follows b.example.com, which does not spell `a`');
  assertLinearGrowth('creditedHandles', ({source, tree}) => creditedHandles(tree, source), (n) => parsed(credits(n)), 1500);
});

test('release notes: a raw HTML `<li>` of a tracker export is read in linear time on hostile tags (`<li <li …`, `<a href=\'\' href=\'\' …`, spaces after the key)', async () => {
  const {quotedTitleSpans} = await import('../dist/src/spelling/release-notes.js');
  const spans = (source) => quotedTitleSpans(unified().use(remarkParse).parse(source), source);
  const item = "<ul>\n<li>[<a href='https://i.example.org/browse/WID-7081'>WID-7081</a>] - Upgrade the depndencies\n</li>\n</ul>\n";
  assert.deepEqual(spans(item), [[5, 98]], 'a Jira item is still its title');
  // Before: each `<li` (or `<a`) opening rescanned the rest of the block (≈ 15× at 4n).
  for (const [what, make] of [['<li <li …', (n) => `<li ${'<li '.repeat(n)}\n`], ['<a href=\'\' …', (n) => `<li><a${" href=''".repeat(n)}\n`], ['spaces after </a>', (n) => `<li><a href='x'>WID-1</a>${' '.repeat(n)}x\n`]]) {
    assertLinearGrowth(`quotedTitleSpans, ${what}`, spans, make, 2000);
  }
});

test('credited changes and code names: items of many references, handles or parentheses, and long hyphenated or called names, are read in linear time', async () => {
  const {quotedTitleSpans} = await import('../dist/src/spelling/release-notes.js');
  const {codeCompounds} = await import('../dist/src/spelling/code-compounds.js');
  const {codeNameParts} = await import('../dist/src/spelling/code-name-parts.js');
  const parser = unified().use(remarkParse);
  const spans = (source) => quotedTitleSpans(parser.parse(source), source);
  const list = '- parser: drop the buffer (#1)\n  (@ana)\n- Add retries (#2) @bo\n';
  assert.equal(spans(list).length, 2, 'two credited changes are quoted titles');
  for (const [what, make] of [['(#1) …', (n) => `${list}- x ${'(#1) '.repeat(n)}(@a)\n`], ['(@a, …', (n) => `${list}- x (${'@a, '.repeat(n)}@b)\n`], ['( ( ( …', (n) => `${list}- x ${'( '.repeat(n)}(@a)\n`]]) {
    assertLinearGrowth(`quotedTitleSpans, ${what}`, spans, make, 2000);
  }
  assertLinearGrowth('codeCompounds', (tree) => codeCompounds(tree), (n) => parser.parse(`\`${'a-'.repeat(n)}_\`\n`), 2000);
  assertLinearGrowth('codeNameParts', (tree) => codeNameParts(tree, () => false)('envlist'), (n) => parser.parse(`Fix ${'a'.repeat(n)} and ${'b_'.repeat(n)}( here.\n`), 2000);
});

test('BibTeX keys: a file of unclosed braces, unclosed entries, `@` words without a body, or many small entries is read in one pass (cost 4× on 4×); the keys before the damage are found', async () => {
  const {bibtexKeys} = await import('../dist/src/text/bibtex-keys.js');
  assert.deepEqual(bibtexKeys(`@article{ng2019, title = {Tides}}\n@book{lee2020,\n  title = {Currents {and {waves}\n`).keys, ['ng2019', 'lee2020']);
  for (const [what, make] of [
    ['unclosed braces', (n) => `@article{k,\n${'title = {a'.repeat(n)}`],
    ['unclosed entries', (n) => '@a{'.repeat(n)],
    ['`@word` with no body', (n) => `@${'a'.repeat(40)} `.repeat(n)],
    ['`@a` then spaces', (n) => `@a${' '.repeat(n)}`],
    ['entries', (n) => '@article{k1, title={x}}\n'.repeat(n)],
  ]) {
    assertLinearGrowth(`bibtexKeys, ${what}`, bibtexKeys, make, 20_000);
  }
});

test('astro drafts: a route that loads a collection thousands of times is read in linear time (cost 4× on 4× the calls), its filters not read', async () => {
  // Before: each call's `.filter(…)` was looked for in a copy of the code after it (3 s on 20,000 calls).
  const {routeDraftKeys} = await import('../dist/src/site/generators/astro-drafts.js');
  const route = (n) => [{path: '/site/src/pages/[id].astro', rel: 'src/pages/[id].astro', text: `---\nimport {getCollection} from 'astro:content';\nexport async function getStaticPaths() {\n${"  const p = await getCollection('blog');\n".repeat(n)}  return p.filter((post) => !post.data.draft).map((post) => ({params: {id: post.id}}));\n}\n---\n`}];
  assert.deepEqual(routeDraftKeys('blog', route(1)), {draft: true});
  assert.equal(routeDraftKeys('blog', route(2000)), undefined);
  assertLinearGrowth('routeDraftKeys', (input) => routeDraftKeys('blog', input), route, 2000);
});
