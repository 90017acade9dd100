// Build step: each rule's page (docs/rules/<id>.md) and the README's rule table, generated from the
// rule files: the page is the header comment of rules/<id>.ts, the table row its meta. Run by
// `npm run build` after tsc (the meta is read from dist/rules). tests/rule-docs.test.mjs runs every
// example of every header and fails when a committed page differs from what the header makes.
//
// In a header, an example is one or more fenced blocks marked `example` (the files of a small site;
// `file=<path>` names each, `post.md` by default; `now=<ISO date>` sets the clock, 2025-06-01T12:00:00Z when not given), followed by a
// block marked `output` with the exact findings, one a line, as `[file:]line:column  severity
// message  rule`, or `no findings`. On the page the marks are dropped and each named file is
// labelled. `{{home}}` is the project's home page.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
// The project's home as every other address postlint writes derives it (built: this runs after tsc).
import {home} from '../dist/src/home.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tableStart = '<!-- rules table: generated from the rules\' meta by scripts/rule-docs.mjs -->';
const tableEnd = '<!-- end of rules table -->';

/** The Markdown of a rule file's header comment (`*\/` is written escaped inside it). */
export function readHeader(source) {
  const match = /^\/\*\*\r?\n([\s\S]*?)\r?\n\s*\*\//.exec(source);
  if (!match) return undefined;
  return match[1].split(/\r?\n/).map((line) => line.replace(/^ \* ?|^ \*$/, '')).join('\n').replaceAll('*\\/', '*/');
}

/** Every fenced block of the header: its line, info words and attributes, text. */
function fences(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, marker, info] = open;
    let end = i + 1;
    while (end < lines.length && !(lines[end].startsWith(marker) && lines[end].trim() === marker)) end++;
    const words = info.trim().split(/\s+/).filter(Boolean);
    const attributes = Object.fromEntries(words.filter((word) => word.includes('=')).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));
    blocks.push({start: i, end, marker, lang: words[0] && !words[0].includes('=') ? words[0] : '', flags: new Set(words.filter((word) => !word.includes('='))), attributes, text: lines.slice(i + 1, end).join('\n')});
    i = end;
  }
  return blocks;
}

/**
 * The examples of a header: each the files written before an `output` block, and the findings
 * that block expects (`[]` for "no findings").
 */
export function examplesOf(markdown) {
  const examples = [];
  let files = [];
  for (const block of fences(markdown)) {
    if (block.flags.has('example')) {
      files.push({path: block.attributes.file ?? 'post.md', text: block.text.endsWith('\n') || block.text === '' ? block.text : `${block.text}\n`, now: block.attributes.now, line: block.start + 1});
    } else if (block.flags.has('output')) {
      if (files.length === 0) throw new Error(`an output block (header line ${block.start + 1}) follows no example block`);
      const expected = block.text.trim() === 'no findings' ? [] : block.text.split('\n').filter((line) => line.trim() !== '');
      examples.push({line: files[0].line, files, now: files.find((file) => file.now)?.now, expected});
      files = [];
    }
  }
  if (files.length > 0) throw new Error(`an example block (header line ${files[0].line}) has no output block after it`);
  return examples;
}

/** The page: the header with the example marks dropped, named files labelled, and `{{home}}` the project's home. */
export function pageOf(markdown) {
  const lines = markdown.split('\n');
  const out = [];
  const blocks = new Map(fences(markdown).map((block) => [block.start, block]));
  for (const [i, line] of lines.entries()) {
    const block = blocks.get(i);
    if (!block || !(block.flags.has('example') || block.flags.has('output'))) {
      out.push(line);
      continue;
    }
    if (block.flags.has('example') && block.attributes.file) out.push(`\`${block.attributes.file}\`:`, '');
    out.push(`${block.marker}${block.flags.has('output') ? '' : block.lang}`);
  }
  return `${out.join('\n').trim().replaceAll('{{home}}', home)}\n`;
}

/** Said on the page of every rule whose meta has `leavesDraftsAlone` (one principle, one wording). */
const draftsSection = `
## Pages not going live yet

Left alone inside a page that the site will not publish until someone edits it: a draft
(\`draft: true\`, Jekyll's \`published: false\` unless the config sets \`unpublished: true\`, a
\`_drafts/\` post unless it sets \`show_drafts: true\`), an expired post, an mdBook chapter that
SUMMARY.md does not list. Such a page may be unfinished; \`no-drafts\` reports the page itself and
\`no-unpublished-links\` every link into it from a published page. A post scheduled for a later
date goes live by itself, so it is checked like a published one.
`;

/** The README's rule table rows, from the rules' meta. */
export function tableOf(metas) {
  return [
    '| rule | default | what it flags |',
    '| --- | --- | --- |',
    ...metas.map((meta) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.severity} | ${meta.description}${meta.network ? ' (network)' : ''} |`),
  ].join('\n');
}

/** Every generated file, relative to the project: the pages and the README. */
export async function generate() {
  const out = new Map();
  const metas = [];
  for (const name of readdirSync(join(root, 'rules')).filter((n) => n.endsWith('.ts')).sort()) {
    const source = readFileSync(join(root, 'rules', name), 'utf8');
    const {default: rule} = await import(pathToFileURL(join(root, 'dist', 'rules', name.replace(/\.ts$/, '.js'))).href);
    const {meta} = rule;
    metas.push(meta);
    const header = readHeader(source);
    if (!header) throw new Error(`rules/${name} starts with no header comment (its docs)`);
    if (!header.startsWith(`# ${meta.id}\n`)) throw new Error(`rules/${name}: the header starts with "# ${meta.id}"`);
    if (!new RegExp(`Default(?: severity)?:\\s+\\*\\*${meta.severity}\\*\\*`).test(header)) throw new Error(`rules/${name}: the header states the default, **${meta.severity}**`);
    examplesOf(header);
    out.set(`docs/rules/${meta.id}.md`, `${pageOf(header)}${meta.leavesDraftsAlone ? draftsSection : ''}`);
  }
  metas.sort((a, b) => a.id.localeCompare(b.id));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start === -1 || end < start) throw new Error(`README.md has no rules table markers (${tableStart} … ${tableEnd})`);
  out.set('README.md', `${readme.slice(0, start + tableStart.length)}\n${tableOf(metas)}\n${readme.slice(end)}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [path, text] of await generate()) {
    const target = join(root, path);
    let old;
    try {
      old = readFileSync(target, 'utf8');
    } catch {
      old = undefined;
    }
    if (old !== text) {
      writeFileSync(target, text);
      process.stderr.write(`rule-docs: wrote ${path} (from the rules' headers and meta)\n`);
    }
  }
}
