// postlint parses without GFM's literal-autolink extension (it costs half of all parsing) and
// finds bare URLs itself: the http(s) and www. links it finds must be the ones remark-gfm makes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {visit} from 'unist-util-visit';
import {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';
import {findBareUrls} from '../dist/src/bare-urls.js';

const samples = [
  'See https://example.com.',
  'See https://example.com/a/b?x=1&y=2#frag, then stop.',
  'Visit www.example.com/path: it works!',
  '(https://example.com/wiki/Foo_(bar)) and (https://example.com/x)',
  'Quoted "https://example.com/q" and \'www.example.org\'',
  'Entity https://example.com/a&amp; and https://example.com/b&hellip;',
  'Emphasis *https://example.com/em* and _www.example.com_ and ~https://example.com/del~',
  'Underscores https://example.com/a_b_c and https://ex_ample.com/x and www.exa_mple.com',
  'No domain http:// and https://-bad.com and www. and wwwexample.com',
  'Localhost http://localhost:8080/path and HTTPS://EXAMPLE.COM/UP',
  'Inline `https://example.com/code` and [text](https://example.com/linked) and <https://example.com/angle>',
  'Glued texthttps://example.com and (www.example.com) and [www.example.com]',
  'Trailing ?!., https://example.com/x?!., and https://example.com/y]',
  'A line\nhttps://example.com/second-line\n',
  '# Heading https://example.com/heading\n\n| a | b |\n| - | - |\n| https://example.com/cell | www.example.com |\n',
  '- item https://example.com/item\n\n> quote www.example.com/quote\n',
  'Before <b>https://example.com/in-html</b> after',
  'Path https://example.com/a/(b)/c) and https://example.com/ü/ünïcode',
  'Mail someone@example.com and mailto:someone@example.com here',
];

function gfmLinks(markdown) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const links = [];
  visit(tree, 'link', (node) => {
    // remark-gfm's second pass makes links without positions (postlint never reported those).
    if (!node.position) return;
    const start = node.position.start.offset;
    // Literal autolinks only: not [text](url), not <url>, and not e-mail addresses.
    if (markdown[start] === '[' || markdown[start] === '<' || !/^https?:/i.test(node.url)) return;
    links.push([node.url, start, node.position.end.offset]);
  });
  return links;
}

function ours(markdown) {
  const tree = unified().use(remarkParse).use(remarkGfmWithoutLiterals).parse(markdown);
  return findBareUrls(tree, markdown).map((url) => [url.url, url.start, url.end]);
}

for (const sample of samples) {
  test(`bare URLs as remark-gfm finds them: ${JSON.stringify(sample).slice(0, 60)}`, () => {
    assert.deepEqual(ours(sample), gfmLinks(sample));
  });
}

test('a file without bare URLs has none, and the search does not look inside code blocks', () => {
  assert.deepEqual(ours('```\nhttps://example.com/in-code\n```\n\n    https://example.com/indented\n'), []);
});
