// The link worker's pre-scan (src/links/prescan.ts): it may only return destinations the parser
// also sees as links or images, and it must never take a URL out of code, HTML or front matter.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {visit} from 'unist-util-visit';
import {prescanUrls} from '../dist/src/links/prescan.js';
import {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';
import {fenceTemplateCode} from '../dist/src/template-code.js';
import {repoRoot} from './helpers.mjs';

// What phase 1 parses: the same plugins, the same template-tag rewriting.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmWithoutLiterals);
function parsedDestinations(text) {
  const urls = new Set();
  visit(processor.parse(fenceTemplateCode(text)), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.add(node.url);
  });
  return urls;
}

const u = (n) => `https://example.com/${n}`;
// [markdown, what the pre-scan may return]: each case is also checked against the parser below.
const cases = [
  [`[a](${u(1)}) and ![b](${u(2)}).\n\n# [c](${u(3)})\n\n> quoted [d](${u(4)})\n\n- item [e](${u(5)})\n`, [u(1), u(2), u(3), u(4), u(5)]],
  [`---\ntitle: "[x](${u(1)})"\n---\n\n[a](${u(2)})\n`, [u(2)]],
  [`+++\ntitle = "[x](${u(1)})"\n+++\n[a](${u(2)})\n`, [u(2)]],
  // Fences: what is inside is code, however it looks; after the fence, text again.
  ['Example:\n```md\n[a](' + u(1) + ')\n```\n[b](' + u(2) + ')\n', [u(2)]],
  ['~~~~\n[a](' + u(1) + ')\n~~~\n[still code](' + u(2) + ')\n~~~~\n\n[c](' + u(3) + ')\n', [u(3)]],
  ['```\n[a](' + u(1) + ')\n', []],
  // A fence inside a list item, or one the scanner cannot place: it stops there.
  ['[a](' + u(1) + ')\n\n- item\n  ```\n  [b](' + u(2) + ')\n```\n[c](' + u(3) + ')\n```\n', [u(1)]],
  ['[a](' + u(1) + ')\n\n> ```\n> [b](' + u(2) + ')\n> ```\n\n[c](' + u(3) + ')\n', [u(1)]],
  // Indented code, code spans, HTML, comments, escapes: that block (or the rest) is left to the parser.
  ['    [a](' + u(1) + ')\n\n[b](' + u(2) + ')\n', [u(2)]],
  ['- item\n\n      [a](' + u(1) + ')\n', []],
  ['\t[a](' + u(1) + ')\n', []],
  ['Use `[a](' + u(1) + ')` or ``\n[b](' + u(2) + ')`` here.\n\n[c](' + u(3) + ')\n', [u(3)]],
  ['<!--\n\n[a](' + u(1) + ')\n\n-->\n[b](' + u(2) + ')\n', []],
  ['[a](' + u(1) + ')\n\n<div>\n\n[b](' + u(2) + ')\n\n</div>\n', [u(1), u(2)]],
  ['<div title="[a](' + u(1) + ')">\n</div>\n\n[b](' + u(2) + ')\n', [u(2)]],
  ['<div>\n```\n</div>\n\n```\n[a](' + u(1) + ')\n```\n', []],
  ['<pre>\n\n[a](' + u(1) + ')\n\n</pre>\n', []],
  ['\\[a](' + u(1) + ')\n\n[b](' + u(2) + ')\n', [u(2)]],
  // Titles, references, footnotes, nested brackets, tables, entities: the whole paragraph is skipped.
  ['[a](' + u(1) + ' "see [b](' + u(2) + ')")\n', []],
  ['[a][b](' + u(1) + ')\n\n[b]: ' + u(2) + '\n', []],
  ['[^1](' + u(1) + ')\n\n[^1]: note\n', []],
  ['[![badge](' + u(1) + ')](' + u(2) + ')\n', []],
  ['| a | b |\n| - | - |\n| [x|y](' + u(1) + ') | [z](' + u(2) + ') |\n', []],
  ['| a | b |\n| - | - |\n| [x](' + u(1) + ') | [z](' + u(2) + ') |\n', [u(1), u(2)]],
  ['[a](' + u(1) + '?x=1&amp;y=2)\n', []],
  ['[a](' + u(1) + '?x=1&y=2)\n', [u(1) + '?x=1&y=2']],
  ['[a](<' + u(1) + '>)\n', []],
  ['[a](' + u(1) + ' (title))\n', []],
  // Template tags (Jekyll, Hugo) change what is code: the rest is left to the parser.
  ['[a](' + u(1) + ')\n\n{% highlight md %}\n[b](' + u(2) + ')\n{% endhighlight %}\n', [u(1)]],
  ['{{< highlight md >}}\n[b](' + u(2) + ')\n{{< /highlight >}}\n', []],
  ['[a](' + u(1) + ')\r\n```\r\n[b](' + u(2) + ')\r\n```\r\n[c](' + u(3) + ')\r\n', [u(1), u(3)]],
];

test('the pre-scan returns the simple links it is sure of, and nothing from code, HTML or front matter', () => {
  for (const [text, expected] of cases) assert.deepEqual(prescanUrls(text), expected, JSON.stringify(text));
});

test('every URL the pre-scan returns is a link or image the parser sees too (cases, fixtures, README)', () => {
  const files = [join(repoRoot, 'README.md')];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // Not installed packages, nor the corpora the benchmark generates into bench/.work (thousands of
      // posts after a local bench run, none in a fresh checkout): the committed files only, on every machine.
      if (name === 'node_modules' || name === '.work') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|markdown)$/.test(name)) files.push(path);
    }
  };
  walk(join(repoRoot, 'fixtures'));
  walk(join(repoRoot, 'bench'));
  const texts = [...cases.map(([text]) => text), ...files.filter((path) => !path.includes('node_modules')).map((path) => readFileSync(path, 'utf8'))];
  let returned = 0;
  for (const text of texts) {
    const parsed = parsedDestinations(text);
    for (const url of prescanUrls(text)) {
      returned++;
      assert.ok(parsed.has(url), `pre-scan returned ${url}, which the parser does not see as a link, in:\n${text.slice(0, 400)}`);
    }
  }
  // The check above says something only if the pre-scan found links at all.
  assert.ok(returned > 20, `only ${returned} URLs returned`);
});
