#!/usr/bin/env node
// node bench/real-sites/run.mjs <list.tsv> --out <dir> [--sample N --seed S] [--plant] [--cli path]
//
// Runs the built CLI on real sites kept outside the repository and writes what it found:
// per site the files, wall time, findings per rule and fatal files (summary.json, summary.md),
// every finding with its source line (findings-<site>.tsv) and, with --sample, a seeded random
// sample of at most N findings per site to read by hand (sample-<site>.tsv), and what the CLI said
// on stderr (the model guard's notices: what it withheld and why; notices-<site>.txt).
// --plant copies each site (with its git repository, if it is in one) to a temporary folder, plants
// five defects of different kinds and reports which of them postlint finds at the planted line
// (plant.json, plant.md; the planted run's stderr in notices-plant-<site>.txt). Defects go only into files the
// measured CLI's own generator modules call pages their site builds (isPage, not left out as unbuilt), of
// the run folder's own site (not a nested site of another project's copy), and not vendored (its vendored.js);
// never repository documents (a changelog, CONTRIBUTING, `.github/`), and a README only where that CLI calls it
// a page (its folder's index: VitePress `rewrites`, MkDocs, Docusaurus, mdBook).
// The renamed heading is one a link of another page leads to as the measured CLI itself resolves it
// (its engine's site index: site-root URLs, `.html`, permalinks, `ref`s alike), expected at that
// link's line and column.
//
// The linked draft is planted with the front-matter flag the measured CLI's own generator module
// (publishState) takes as a draft on that page (`draft: true`, `published: false`, …: Eleventy's only where
// the site's config drops drafts), through a link the CLI itself resolves to that page.
//
// The list file has one site a line: name<TAB>folder[<TAB>generator]. The generator column
// (hugo, jekyll, docusaurus, starlight, zola, …) decides how a draft is planted where the measured CLI
// cannot be asked (TOML front matter, mdbook: an entry taken out of SUMMARY.md, a CLI without generator
// modules); where it can and reads no flag as a draft on the linked pages (a generator version from before
// its drafts: Docusaurus docs before 2.0.0-beta.15, Starlight before 0.22.0), or without either, the draft
// defect is skipped. A site in no git repository is copied for --plant from the folder holding its
// generator's config, as the measured CLI finds it (MkDocs' `../mkdocs.yml` of a run folder `docs/`). No site content belongs in the repository: keep lists and output
// outside it.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, isAbsolute, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parse as parseYaml} from 'yaml';
import {parseArgs} from 'node:util';
import {misspellingSpot, plantAt} from './prose-spot.mjs';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    out: {type: 'string'},
    cli: {type: 'string', default: join(repoRoot, 'dist', 'bin', 'cli.js')},
    sample: {type: 'string'},
    seed: {type: 'string', default: '1'},
    plant: {type: 'boolean', default: false},
    only: {type: 'string'},
  },
});
if (positionals.length !== 1 || !values.out) {
  console.error('usage: node bench/real-sites/run.mjs <list.tsv> --out <dir> [--sample N --seed S] [--plant] [--only name,…]');
  process.exit(2);
}
const outDir = resolve(values.out);
if (!relative(repoRoot, outDir).startsWith('..')) {
  console.error('--out must be outside the repository (site content must not land in it)');
  process.exit(2);
}
mkdirSync(outDir, {recursive: true});
const seed = Number(values.seed);
const only = values.only ? new Set(values.only.split(',')) : undefined;
const sites = readFileSync(positionals[0], 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name, folder, generator] = line.split('\t');
    return {name, folder: resolve(folder), generator: generator?.trim() || undefined};
  })
  .filter((site) => !only || only.has(site.name));

/** mulberry32: a small seeded PRNG, so that samples and plants can be drawn again. */
function random(seedNumber) {
  let a = seedNumber >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (text) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
function shuffled(items, rnd) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** One CLI run: the parsed JSON report, wall time and whether the process itself failed. */
function runCli(folder) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [values.cli, '--offline', '--no-cache', '--no-config', '--format', 'json', folder], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 15 * 60 * 1000,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let report;
  try {
    report = JSON.parse(child.stdout);
  } catch {
    report = undefined;
  }
  return {report, seconds, status: child.status, signal: child.signal, stderr: child.stderr ?? ''};
}

/** The top of the git repository holding a folder, if it is in one. */
function gitTop(folder) {
  const r = spawnSync('git', ['-C', folder, 'rev-parse', '--show-toplevel'], {encoding: 'utf8'});
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

/**
 * The folder holding the config of the run folder's site as the measured CLI finds it (its detect.js
 * siteFor: MkDocs' `../mkdocs.yml` for a run folder `docs/`), when that is the run folder or a folder above
 * it: a site in no git repository is copied from there, so the planted run reads the same config. Undefined
 * when that CLI has no such module or finds no site of a generator it models.
 */
async function siteConfigFolders(cli) {
  let siteFor;
  try {
    ({siteFor} = await import(pathToFileURL(join(dirname(resolve(cli)), '..', 'src', 'site', 'detect.js')).href));
  } catch {
    return undefined;
  }
  if (typeof siteFor !== 'function') return undefined;
  return async (folder) => {
    const site = await siteFor(folder);
    if (!site || site.generator === 'unknown') return undefined;
    const up = relative(site.root, folder);
    return up === '' || (!up.startsWith('..') && !isAbsolute(up)) ? site.root : undefined;
  };
}

function lineOf(path, line) {
  try {
    return readFileSync(path, 'utf8').split('\n')[line - 1]?.trim().slice(0, 300) ?? '';
  } catch {
    return '';
  }
}

function summarize(site, run) {
  const byRule = {};
  const findings = [];
  const fatal = [];
  for (const file of run.report ?? []) {
    if (file.fatalErrorCount > 0) fatal.push(relative(site.folder, file.filePath));
    for (const message of file.messages) {
      const rule = message.ruleId ?? '(fatal)';
      byRule[rule] = (byRule[rule] ?? 0) + 1;
      findings.push({file: file.filePath, line: message.line ?? 0, column: message.column ?? 0, rule, message: message.message});
    }
  }
  return {
    name: site.name,
    folder: site.folder,
    files: run.report?.length ?? 0,
    seconds: Number(run.seconds.toFixed(2)),
    exit: run.status,
    crashed: run.report === undefined,
    stderr: run.report === undefined ? run.stderr.slice(0, 4000) : undefined,
    findings: findings.length,
    byRule,
    fatal,
    list: findings,
  };
}

const tsvRow = (f, root) => [relative(root, f.file), f.line, f.column, f.rule, f.message.replace(/\s+/g, ' '), lineOf(f.file, f.line).replace(/\t/g, ' ')].join('\t');

// ---- planting ---------------------------------------------------------------------------------

const skipDirs = new Set(['node_modules', '.git', 'public', '_site', 'build', 'dist', '.docusaurus']);
// Repository documents, no place for a planted defect a reader of the site meets.
const notPages = /(^|\/)(changelog|contributing|license|code_of_conduct|security|support|agents|claude)[^/]*$|(^|\/)\.github\//i;
// A README is one too, unless the measured CLI calls it a page its site builds: then it is its folder's
// index page (VitePress `rewrites` of `README.md` to `index.md`, MkDocs, Docusaurus, mdBook all serve it so).
const readmeFile = /(^|\/)readme[^/]*$/i;
/**
 * A page its author keeps out of the site (`draft: true`, `published: false`, `_drafts/`): rules about
 * finished content leave it alone, so a defect planted there is no defect a reader meets. Not a host.
 */
function isDraft(path, text) {
  const front = /^(?:---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+)/.exec(text)?.[1] ?? '';
  return /(^|\/)_drafts\//.test(path) || /^\s*draft\s*[:=]\s*["']?true\b/im.test(front) || /^\s*published\s*[:=]\s*["']?false\b/im.test(front);
}
function markdownFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!skipDirs.has(entry.name)) walk(join(dir, entry.name));
      } else if (/\.(md|markdown|mdx)$/.test(entry.name)) found.push(join(dir, entry.name));
    }
  };
  walk(root);
  return found.sort();
}

/**
 * The language a page's front matter declares (`lang`, `language` or `locale`), lower-case, or
 * undefined. A misspelling planted in a page that says it is not English is rightly not reported.
 */
function declaredLanguage(lines) {
  if (lines[0] !== '---' && lines[0] !== '+++') return undefined;
  const close = lines.indexOf(lines[0], 1);
  for (const line of lines.slice(1, close > 0 ? close : 1)) {
    const match = /^(?:lang|language|locale)\s*[:=]\s*["']?([A-Za-z][\w-]*)/.exec(line);
    if (match) return match[1].toLowerCase();
  }
  return undefined;
}

/** The lines of a file that are prose: outside front matter and fenced code. */
function proseLines(lines) {
  const prose = [];
  let inFence = false;
  let start = 0;
  if (lines[0] === '---' || lines[0] === '+++') {
    const close = lines.indexOf(lines[0], 1);
    start = close > 0 ? close + 1 : 0;
  }
  for (let i = start; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) prose.push(i);
  }
  return prose;
}

const githubSlug = (text) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Relative links from one page to another Markdown file, with the line they are on. */
function pageLinks(file, lines, contentRoot) {
  const links = [];
  for (const i of proseLines(lines)) {
    // The link's text opens on the same line (`[text](page.md#x)`), so the line is where postlint reports it:
    // a link whose text wraps starts on an earlier line.
    for (const match of lines[i].matchAll(/\[[^\[\]]*\]\(([^)\s#]+\.(?:md|markdown|mdx))(#[^)\s]+)?\)/g)) {
      const target = resolve(dirname(file), decodeURIComponent(match[1]));
      if (match[1].includes('://') || match[1].startsWith('/')) continue;
      try {
        if (!statSync(target).isFile()) continue;
      } catch {
        continue;
      }
      links.push({from: file, line: i + 1, target, fragment: match[2]?.slice(1)});
    }
    // Hugo's ref/relref shortcodes: a path relative to the page, else to the content folder
    for (const match of lines[i].matchAll(/\{\{[<%]\s*(?:rel)?ref\s+"([^"#]+\.md)(#[^"]+)?"\s*[>%]\}\}/g)) {
      const target = [resolve(dirname(file), match[1]), join(contentRoot, match[1])].find((path) => {
        try {
          return statSync(path).isFile();
        } catch {
          return false;
        }
      });
      if (target) links.push({from: file, line: i + 1, target, fragment: match[2]?.slice(1)});
    }
  }
  return links;
}

const draftBy = {
  mdbook: (lines, file, copy, built) => mdbookDraft(lines, file, copy, built),
  hugo: (fm) => setFrontMatter(fm, 'draft', 'true'),
  docusaurus: (fm) => setFrontMatter(fm, 'draft', 'true'),
  starlight: (fm, file, copy) => astroDraft(fm, file, copy),
  zola: (fm) => setFrontMatter(fm, 'draft', 'true'),
  jekyll: (fm) => setFrontMatter(fm, 'published', 'false'),
  astro: (fm, file, copy) => astroDraft(fm, file, copy),
};

/**
 * mdBook has no draft flag: a chapter is a draft when SUMMARY.md does not list it (mdBook does not
 * build it; postlint reports it and the links to it). Planted by taking the page's own entry out of
 * the SUMMARY.md of its book (the nearest above it), an entry with none nested below it, where the
 * measured CLI calls such a file a draft (not where a preprocessor of the book may add chapters).
 * The page itself is left as it is; SUMMARY.md is the file changed (`also`).
 */
function mdbookDraft(lines, file, copy, built) {
  if (!built) return {skipped: 'the measured CLI\'s generator modules could not be loaded to say which files are chapters'};
  if (!built.unlistedIsDraft(file)) return {skipped: 'a file SUMMARY.md does not list is no draft to the measured CLI here (a preprocessor of the book may add chapters, or the book never builds such a file there)'};
  let folder = dirname(file);
  let summary;
  while (!summary && (folder === copy || folder.startsWith(copy + sep))) {
    const candidate = join(folder, 'SUMMARY.md');
    if (statSync(candidate, {throwIfNoEntry: false})?.isFile()) summary = candidate;
    else folder = dirname(folder);
  }
  if (!summary) return {skipped: `no SUMMARY.md above ${relative(copy, file)}`};
  const own = relative(dirname(summary), file).split(sep).join('/');
  const entries = readFileSync(summary, 'utf8').split('\n');
  const indent = (line) => /^\s*/.exec(line)[0].length;
  const i = entries.findIndex((line) => {
    const target = /^\s*[-*+]\s+\[[^\]]*\]\(<?([^)>\s]+)>?\)\s*$/.exec(line)?.[1];
    return target !== undefined && decodeURIComponent(target.replace(/^\.\//, '')) === own;
  });
  if (i < 0) return {skipped: `SUMMARY.md has no entry of its own for ${relative(copy, file)}`};
  // An entry with entries nested below it would hand them to the entry before: not planted there.
  const next = entries.slice(i + 1).find((line) => line.trim() !== '');
  if (next !== undefined && indent(next) > indent(entries[i])) return {skipped: `${relative(copy, file)} has chapters nested below its SUMMARY.md entry`};
  return {lines, also: [{file: summary, lines: [...entries.slice(0, i), ...entries.slice(i + 1)]}]};
}

/**
 * An Astro site marks drafts the way its routes filter collection entries: Starlight's docs take
 * `draft: true`; another collection's entry takes the flag its dynamic routes' filters (or the
 * modules under src/ they import) drop — `published: false` where they keep `published !== false`,
 * `draft: true` where they drop `data.draft`. Undefined (skipped) when the site shows neither.
 */
function astroDraft(lines, file, copy) {
  const rel = relative(copy, file).split(sep).join('/');
  if (rel.startsWith('src/content/docs/')) return setFrontMatter(lines, 'draft', 'true');
  const code = sourceTexts(join(copy, 'src')).join('\n');
  if (/\bpublished\s*!==?\s*false\b/.test(code)) return setFrontMatter(lines, 'published', 'false');
  if (/!\s*(?:[\w$]+\??\.\s*)*draft\b(?!\s*[=!]=)|\bdraft\s*!==?\s*true\b/.test(code)) return setFrontMatter(lines, 'draft', 'true');
  return undefined;
}

/** The route and module sources below a folder (src/), at most 2000 files. */
function sourceTexts(dir) {
  const texts = [];
  const walk = (folder) => {
    let entries;
    try {
      entries = readdirSync(folder, {withFileTypes: true});
    } catch {
      return;
    }
    for (const entry of entries) {
      if (texts.length >= 2000) return;
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'content' && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && /\.(astro|[cm]?[jt]s)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return texts;
}
/** Sets a key in a page's front matter (YAML or TOML), adding front matter when there is none. */
function setFrontMatter(lines, key, value) {
  const fence = lines[0];
  if (fence === '---' || fence === '+++') {
    const close = lines.indexOf(fence, 1);
    if (close > 0) {
      const sep = fence === '+++' ? ' = ' : ': ';
      const body = lines.slice(1, close).filter((line) => !line.startsWith(`${key}:`) && !line.startsWith(`${key} =`));
      return {lines: [fence, ...body, `${key}${sep}${value}`, fence, ...lines.slice(close + 1)], shift: body.length + 1 - (close - 1)};
    }
  }
  return {lines: ['---', `${key}: ${value}`, '---', ...lines], shift: 3};
}

const misspellings = [
  ['because', 'becuase'],
  ['receive', 'recieve'],
  ['separate', 'seperate'],
  ['definitely', 'definately'],
  ['their', 'thier'],
  ['which', 'whcih'],
  ['until', 'untill'],
];

/**
 * postlint's own reading of which Markdown files are pages their site builds, from the generator
 * modules of the CLI measured (its `dist/src/site`): a file the site never builds (an archived copy
 * of the site outside Eleventy's input folder, a Docusaurus version not listed) is no place for a
 * defect a reader meets. Undefined when that CLI has no such modules: then every file is a candidate.
 */
async function sitePages(cli) {
  const site = join(dirname(resolve(cli)), '..', 'src', 'site');
  let modules;
  try {
    modules = {...(await import(pathToFileURL(join(site, 'generators', 'index.js')).href)), ...(await import(pathToFileURL(join(site, 'detect.js')).href))};
  } catch {
    return undefined;
  }
  const {siteFor, generatorOf, unbuiltReason} = modules;
  if (typeof siteFor !== 'function' || typeof generatorOf !== 'function' || typeof unbuiltReason !== 'function') return undefined;
  // Vendored (third-party) files as the CLI reads them; a CLI without the module calls none vendored.
  const vendoredReason = await import(pathToFileURL(join(site, 'vendored.js')).href).then(
    (module) => (typeof module.vendoredReason === 'function' ? module.vendoredReason : () => undefined),
    () => () => undefined,
  );
  return async (files, folder) => {
    const pages = new Set();
    const sites = new Map();
    // The run folder's own site: a file whose nearest site is another one below it (a vendored copy of
    // another project with its own config, which the run's site does not build) measures nothing of it.
    // Where the folder itself is no site postlint models, each file's own site is taken.
    const own = await siteFor(folder);
    const ownRoot = own && own.generator !== 'unknown' ? own.root : undefined;
    for (const file of files) {
      const site = await siteFor(dirname(file));
      sites.set(file, site);
      if (ownRoot !== undefined && site?.root !== ownRoot) continue;
      if (vendoredReason(file, folder) !== undefined) continue;
      let text;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // a link left dangling by the copy (it pointed outside the folder run): no page to plant in
      }
      if (unbuiltReason(file, site) === undefined && generatorOf(site).isPage(file, site, frontMatterOf(text))) pages.add(file);
    }
    /**
     * Would a Markdown file beside this page that its site does not list (mdBook's SUMMARY.md) be a
     * draft to the measured CLI once another page links to it? Asked of its generator module with a
     * name no file has: where a preprocessor may add chapters, such a file is no draft, and no
     * unlisted-chapter draft is planted. The probe has no link to it, so the module may call it a
     * draft that is no page yet (notAPage: a file left behind, unless a chapter points at it); the
     * planted page keeps the link it was chosen for, so that counts, unless the module says the site
     * never builds such a file at all (unbuilt: a project's files the book keeps).
     */
    const unlistedIsDraft = (file) => {
      const site = sites.get(file);
      if (!site) return false;
      const probe = join(dirname(file), 'postlint-plant-probe-zq.md');
      const generator = generatorOf(site);
      if (generator.unbuilt?.(probe, site) !== undefined) return false;
      return generator.publishState(probe, undefined, site, new Date()).some((problem) => problem.kind === 'draft');
    };
    /**
     * The page's lines with the first front-matter flag (`draft: true`, `published: false`, `status: draft`)
     * the measured CLI's generator module reads as making it a draft (publishState), or undefined.
     */
    const flaggedDraft = (file, lines) => {
      const site = sites.get(file);
      if (!site || lines[0] === '+++') return undefined; // TOML front matter: frontMatterOf reads none
      for (const [key, value] of [['draft', 'true'], ['published', 'false'], ['status', 'draft']]) {
        const drafted = setFrontMatter(lines, key, value);
        const problems = generatorOf(site).publishState(file, frontMatterOf(drafted.lines.join('\n')), site, new Date());
        if (problems.some((problem) => problem.kind === 'draft' && !problem.notAPage)) return {...drafted, flag: `${key}: ${value}`};
      }
      return undefined;
    };
    return {pages, unlistedIsDraft, flaggedDraft};
  };
}

/** Is the file a Marp deck: a `marp: true` line in its front matter (what Marp for VS Code and marp-cli look for)? */
function marpDeck(lines) {
  if (lines[0]?.trim() !== '---') return false;
  const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  return end > 0 && lines.slice(1, end).some((line) => /^marp\s*:\s*true\s*$/.test(line));
}

/**
 * The links postlint itself resolved to a heading of another page, from the measured CLI's own
 * engine and site index (its `run`, whose `observe` hands over the index once the rules ran): each
 * link as the rules see it (the model guard applied), with the heading its fragment names. Only
 * no-broken-anchors runs. A link is a candidate when its fragment is a plain heading's automatic
 * id in the target's own text (no `{#id}`, not from an included file, not computed), unique there
 * (no other heading with the same text, so no numbered duplicate moves onto it; no HTML id the
 * same), its section not empty, and nothing already reported at the link. Undefined when that CLI
 * has no such engine (then the plant falls back to reading relative `.md#…` links itself).
 */
async function headingLinks(cli) {
  const dist = join(dirname(resolve(cli)), '..', 'src');
  let engine;
  let registry;
  try {
    engine = await import(pathToFileURL(join(dist, 'index.js')).href);
    registry = await import(pathToFileURL(join(dist, 'registry.js')).href);
  } catch {
    return undefined;
  }
  if (typeof engine.run !== 'function' || typeof registry.loadRules !== 'function') return undefined;
  const rule = 'no-broken-anchors';
  const ruleFlags = Object.fromEntries([...(await registry.loadRules()).keys()].map((id) => [id, id === rule ? 'error' : 'off']));
  const checked = new Set(['link', 'image', 'definition', 'html', 'shortcode', 'autolink']);
  return async (folder) => {
    let state;
    const result = await engine.run({cwd: folder, paths: [folder], noConfig: true, offline: true, useCache: false, ruleFlags, log: () => {}, observe: (observed) => (state = observed)});
    if (!state) return {headings: [], pages: []};
    const reported = new Set(result.files.flatMap((file) => file.messages.map((m) => `${resolve(file.cwd, file.path)}:${m.line}:${m.column}`)));
    const {index} = state;
    const links = [];
    // Inline links the CLI resolves to another page (any syntax), for the linked draft.
    const pages = [];
    for (const from of [...state.checked.keys()].sort()) {
      for (const {link, resolution} of index.resolved(from)) {
        if (link.kind === 'link' && resolution.status === 'found' && resolution.path !== from) pages.push({from, line: link.line, column: link.column, target: resolution.path});
      }
      if (!state.perFile.get(from)?.has(rule)) continue;
      for (const resolved of index.resolved(from)) {
        const {link, fragment, resolution} = resolved;
        if (!checked.has(link.kind) || fragment === undefined || resolution.status !== 'found' || resolution.path === from) continue;
        if (reported.has(`${from}:${link.line}:${link.column}`)) continue;
        const verdict = index.fragmentVerdict(resolved);
        const heading = verdict?.status === 'ok' && verdict.target.kind === 'heading' ? verdict.target.heading : undefined;
        const facts = index.facts(resolution.path);
        if (!heading || !facts || !facts.headings.includes(heading) || heading.customId !== undefined || heading.attributes !== undefined || heading.computed || heading.empty) continue;
        const same = (text) => text.trim().toLowerCase() === heading.text.trim().toLowerCase();
        if (facts.headings.some((other) => other !== heading && same(other.text))) continue;
        if (facts.anchors.some((anchor) => anchor.id === fragment.decoded)) continue;
        // A numbered duplicate anywhere on the page (an included file's `## Setup` as `setup-1`) would take the id once the heading is renamed.
        const id = fragment.decoded;
        if ([...index.ids(resolution.path).ids.keys()].some((other) => other.startsWith(`${id}-`) && /^\d+$/.test(other.slice(id.length + 1)))) continue;
        // A fragment the page does not have must be reported there as missing, not unverifiable (ids a component, theme or plugin may write).
        const absent = `${id}-renamed-zq`;
        if (index.fragmentVerdict({...resolved, fragment: {written: absent, decoded: absent}})?.status !== 'missing') continue;
        links.push({from, line: link.line, column: link.column, target: resolution.path, fragment: fragment.written, headingLine: heading.line});
      }
    }
    return {headings: links, pages};
  };
}

/** A page's YAML front matter as the generator modules take it (data only; other languages read as none). */
function frontMatterOf(text) {
  const body = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  let data = {};
  try {
    const parsed = body === undefined ? undefined : parseYaml(body, {logLevel: 'silent'}); // the CLI reports front matter: the planter only reads it
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed;
  } catch {
    // Front matter that does not parse is read as none.
  }
  return {format: 'yaml', data, keyLines: {}, start: {line: 1, column: 1}};
}

/**
 * Plants the five defects in a copy of the site, each in its own file where it can, and says
 * where each should be reported: {kind, rule, file, line, note}. A kind with no place to plant
 * it is returned with `skipped` and a reason.
 */
function plant(copy, generator, rnd, built, bound = copy, engineLinks = undefined) {
  const resolvedLinks = engineLinks?.headings;
  const top = realpathSync(bound);
  const inside = (file) => {
    let real;
    try {
      real = realpathSync(file);
    } catch {
      return false; // a broken link is no page
    }
    return real === top || real.startsWith(top + sep);
  };
  const files = markdownFiles(copy).filter(inside);
  const candidates = files.filter((f) => (built ? built.pages.has(f) : !readmeFile.test(relative(copy, f))) && !notPages.test(relative(copy, f)) && !isDraft(relative(copy, f), readFileSync(f, 'utf8')));
  const text = new Map(candidates.map((f) => [f, readFileSync(f, 'utf8').split('\n')]));
  // where most files carry front matter, a file without it is a fragment or a partial, not a page
  const withFrontMatter = candidates.filter((f) => ['---', '+++'].includes(text.get(f)[0]));
  const pages = shuffled(withFrontMatter.length * 2 >= candidates.length ? withFrontMatter : candidates, rnd);
  // A page may be a symbolic link (MkDocs serves docs/x.md -> ../src/x.md at docs/x.md): a file is
  // used by its real path, so one file is never planted twice through two names, and it is written
  // at its real path only when that lies inside the copy (a link out of it must not reach the original).
  const realOf = (file) => realpathSync(file);
  const used = new Set();
  const isUsed = (file) => used.has(realOf(file));
  const save = (file, lines) => {
    const real = realOf(file);
    if (!inside(real)) throw new Error(`refusing to plant in ${file}: it leads out of the copy to ${real}`);
    text.set(file, lines);
    writeFileSync(real, lines.join('\n'));
    used.add(real);
  };
  const planted = [];
  const allLinks = pages.flatMap((f) => pageLinks(f, text.get(f), join(copy, 'content')));

  // 1. a heading that another page links to, renamed: a link postlint itself resolved to that heading
  // (any syntax it reads: page-relative, site-root, `.html`, a permalink, a `ref`), reported at the link's line and column.
  if (resolvedLinks) {
    const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
    const usable = resolvedLinks.filter((l) => l.target !== l.from && text.has(l.from) && text.has(l.target) && atxHeading.test(text.get(l.target)[l.headingLine - 1] ?? ''));
    const candidate = shuffled(usable, rnd)[0];
    if (candidate) {
      const lines = [...text.get(candidate.target)];
      const i = candidate.headingLine - 1;
      lines[i] = lines[i].replace(/[ \t]*$/, ' Renamed Zq');
      save(candidate.target, lines);
      // The page the finding is expected on is taken too: a later plant that made it a draft would hide it.
      used.add(realOf(candidate.from));
      planted.push({kind: 'renamed-heading', rule: 'no-broken-anchors', file: candidate.from, line: candidate.line, column: candidate.column, note: `#${candidate.fragment} in ${relative(copy, candidate.target)}:${i + 1}`});
    } else planted.push({kind: 'renamed-heading', skipped: 'no link that postlint resolves to a plain heading of another page'});
  } else {
    const candidate = shuffled(allLinks.filter((l) => l.fragment && l.target !== l.from && text.has(l.target)), rnd).find((l) =>
      text.get(l.target).some((line) => /^#{1,6}\s/.test(line) && githubSlug(line.replace(/^#+\s*/, '').replace(/\s*\{#[^}]*\}\s*$/, '')) === l.fragment),
    );
    if (candidate) {
      const lines = [...text.get(candidate.target)];
      const i = lines.findIndex((line) => /^#{1,6}\s/.test(line) && githubSlug(line.replace(/^#+\s*/, '').replace(/\s*\{#[^}]*\}\s*$/, '')) === candidate.fragment);
      lines[i] = lines[i].replace(/\s*(\{#[^}]*\})?\s*$/, ' Renamed Zq');
      save(candidate.target, lines);
      // The page the finding is expected on is taken too: a later plant that made it a draft would hide it.
      used.add(realOf(candidate.from));
      planted.push({kind: 'renamed-heading', rule: 'no-broken-anchors', file: candidate.from, line: candidate.line, note: `#${candidate.fragment} in ${relative(copy, candidate.target)}:${i + 1}`});
    } else planted.push({kind: 'renamed-heading', skipped: 'no relative .md#fragment link to a plain heading'});
  }
  // 2. a missing image
  {
    const page = pages.find((f) => !isUsed(f) && proseLines(text.get(f)).length > 3);
    if (page) {
      const before = text.get(page);
      const lines = [...before, '', '![Planted diagram](planted-missing-image-zq.png)', ''];
      save(page, lines);
      // Appended after a blank line: the line is the planted copy's, past the end of the original file.
      const originalLines = before.at(-1) === '' ? before.length - 1 : before.length;
      planted.push({kind: 'missing-image', rule: 'no-missing-files', file: page, line: lines.length - 1, note: `appended; the original has ${originalLines} lines`});
    } else planted.push({kind: 'missing-image', skipped: 'no page'});
  }
  // 3. a draft that others link to (only where the generator has drafts): the flag the measured CLI's
  // generator module reads as a draft on that page, else the generator column's way (draftBy).
  {
    const byColumn = generator ? draftBy[generator] : undefined;
    const setDraft = (lines, file) => built?.flaggedDraft?.(file, lines) ?? byColumn?.(lines, file, copy, built);
    // Links the CLI resolves (site-root URLs, permalinks, `.md` alike), found at their line and column; else relative `.md` links.
    const links = engineLinks ? engineLinks.pages.filter((l) => text.has(l.from)) : allLinks;
    // Pages first: a link may lead to a file the copy does not hold (a symbolic link out of the site folder, left dangling), which has no real path.
    const usable = shuffled(links.filter((l) => l.target !== l.from && text.has(l.target) && !isUsed(l.target) && !isUsed(l.from)), rnd);
    // The column's way only where the measured CLI cannot be asked: no generator modules, or TOML front matter it
    // does not write a flag into here. Where it reads no flag as a draft (Docusaurus docs before 2.0.0-beta.15,
    // Starlight before 0.22.0: no `draft` yet), a flag planted by the column would be no draft, and none is planted.
    const columnDecides = (link) => !built?.flaggedDraft || generator === 'mdbook' || text.get(link.target)[0] === '+++';
    const candidate = usable.find((l) => built?.flaggedDraft?.(l.target, text.get(l.target))) ?? (byColumn ? usable.find(columnDecides) : undefined);
    const drafted = candidate ? setDraft(text.get(candidate.target), candidate.target) : undefined;
    if (!candidate && usable.length > 0) planted.push({kind: 'linked-draft', skipped: `no page another page links to is one the measured CLI reads a front-matter flag on as a draft${!generator ? '' : byColumn ? ` (the site's ${generator} version may have none)` : ` (${generator} has drafts only where a plugin or theme of the site adds them)`}`});
    else if (!candidate && usable.length === 0) planted.push({kind: 'linked-draft', skipped: 'no link between two pages'});
    else if (!drafted) planted.push({kind: 'linked-draft', skipped: `the site's routes show no draft filter to plant by (${relative(copy, candidate.target)})`});
    else if (drafted.skipped) planted.push({kind: 'linked-draft', skipped: drafted.skipped});
    else {
      const {lines, also = []} = drafted;
      save(candidate.target, lines);
      // A file the draft is marked in besides the page (mdBook's SUMMARY.md): written, never a page planted in.
      for (const other of also) {
        if (!inside(realOf(other.file))) throw new Error(`refusing to plant in ${other.file}: it leads out of the copy`);
        writeFileSync(realOf(other.file), other.lines.join('\n'));
      }
      used.add(realOf(candidate.from));
      planted.push({kind: 'linked-draft', rule: 'no-unpublished-links', file: candidate.from, line: candidate.line, ...(candidate.column === undefined ? {} : {column: candidate.column}), note: `to ${relative(copy, candidate.target)}${drafted.flag ? ` (${drafted.flag})` : ''}`});
    }
  }
  // 4. an empty section: a heading followed at once by a heading of the same level. Not in a slide deck
  // (Marp's `marp: true` in its front matter): there a heading-only slide is a slide, no empty section.
  {
    const page = pages.find((f) => !isUsed(f) && !marpDeck(text.get(f)) && text.get(f).some((line) => /^##\s/.test(line)));
    if (page) {
      const lines = [...text.get(page), '', '## Planted empty section', '', '## Planted next section', '', 'Some text for the next section.', ''];
      save(page, lines);
      planted.push({kind: 'empty-section', rule: 'no-empty-sections', file: page, line: lines.length - 5});
    } else planted.push({kind: 'empty-section', skipped: 'no page with ## headings'});
  }
  // 5. a misspelling in prose
  {
    let done = false;
    for (const page of pages) {
      if (isUsed(page) || done) continue;
      const lines = [...text.get(page)];
      const language = declaredLanguage(lines);
      if (language && !/^(?:en(?:$|[-_])|english$)/.test(language)) continue;
      // In the writer's prose only: never in inline code, a quotation or a copied change log's entry (prose-spot.mjs).
      const spot = misspellingSpot(lines, proseLines(lines), misspellings);
      if (!spot) continue;
      lines[spot.line] = plantAt(lines[spot.line], spot);
      save(page, lines);
      planted.push({kind: 'misspelling', rule: 'spelling', file: page, line: spot.line + 1, note: `${spot.right} → ${spot.wrong}`});
      done = true;
    }
    if (!done) planted.push({kind: 'misspelling', skipped: 'no prose line with a common word'});
  }
  return planted;
}

// ---- main -------------------------------------------------------------------------------------

const summaries = [];
const plants = [];
const pagesOf = values.plant ? await sitePages(values.cli) : undefined;
const linksOf = values.plant ? await headingLinks(values.cli) : undefined;
const configFolderOf = values.plant ? await siteConfigFolders(values.cli) : undefined;
for (const site of sites) {
  process.stderr.write(`${site.name} … `);
  const run = runCli(site.folder);
  const result = summarize(site, run);
  // The model guard says on stderr what it withheld and why; the judges read those notices too.
  const notices = run.report === undefined ? '' : run.stderr.trim();
  writeFileSync(join(outDir, `notices-${site.name}.txt`), notices ? `${notices}\n` : '');
  result.notices = notices ? notices.split('\n').length : 0;
  process.stderr.write(`${result.files} files, ${result.findings} findings, ${result.seconds} s${result.notices ? `, notices: ${result.notices}` : ''}\n`);
  writeFileSync(join(outDir, `findings-${site.name}.tsv`), result.list.map((f) => tsvRow(f, site.folder)).join('\n') + '\n');
  if (values.sample) {
    const n = Number(values.sample);
    const rnd = random(seed ^ hash(site.name));
    const drawn = result.list.length <= n ? result.list : shuffled(result.list, rnd).slice(0, n);
    writeFileSync(join(outDir, `sample-${site.name}.tsv`), drawn.map((f) => tsvRow(f, site.folder)).join('\n') + '\n');
    result.sampled = drawn.length;
  }
  const {list, ...rest} = result;
  summaries.push(rest);

  if (values.plant) {
    const temp = mkdtempSync(join(tmpdir(), 'postlint-plant-'));
    // A site inside a git repository is copied with the whole repository, .git included, so the
    // planted run sees what the unplanted one saw (tracked files, ignore rules, the repository's top);
    // one in none from the folder holding its generator's config (`../mkdocs.yml` of a run folder `docs/`).
    const repository = gitTop(site.folder);
    const top = repository ?? (await configFolderOf?.(site.folder)) ?? site.folder;
    const copyTop = join(temp, basename(top));
    const copy = join(copyTop, relative(top, site.folder));
    try {
      // verbatimSymlinks: a relative link is copied as it is, so it points inside the copy (by default
      // Node rewrites it to an absolute path into the original, and a plant written through it lands there).
      cpSync(top, copyTop, {recursive: true, verbatimSymlinks: true, filter: (src) => !/[\\/]node_modules$/.test(src) && (repository !== undefined || !/[\\/]\.git$/.test(src))});
      const built = pagesOf ? await pagesOf(markdownFiles(copy), copy) : undefined;
      const resolvedLinks = linksOf ? await linksOf(copy) : undefined;
      const planted = plant(copy, site.generator, random(seed ^ hash(`plant:${site.name}`)), built, copyTop, resolvedLinks);
      const after = runCli(copy);
      const plantNotices = after.report === undefined ? after.stderr.slice(0, 4000) : after.stderr.trim();
      writeFileSync(join(outDir, `notices-plant-${site.name}.txt`), plantNotices ? `${plantNotices}\n` : '');
      // A plant that knows its column (the renamed heading's link) is found only at that line and column.
      const reported = new Set((after.report ?? []).flatMap((file) => file.messages.flatMap((m) => [`${file.filePath}:${m.line}:${m.ruleId}`, `${file.filePath}:${m.line}:${m.column}:${m.ruleId}`])));
      const rows = planted.map((p) =>
        p.skipped ? p : {...p, found: reported.has(p.column === undefined ? `${p.file}:${p.line}:${p.rule}` : `${p.file}:${p.line}:${p.column}:${p.rule}`), file: relative(copy, p.file)},
      );
      plants.push({name: site.name, generator: site.generator, planted: rows});
    } finally {
      rmSync(temp, {recursive: true, force: true});
    }
  }
}

writeFileSync(join(outDir, 'summary.json'), JSON.stringify({cli: values.cli, seed, sample: values.sample ? Number(values.sample) : undefined, sites: summaries}, null, 2) + '\n');
const rules = [...new Set(summaries.flatMap((s) => Object.keys(s.byRule)))].sort();
const md = [
  '| site | files | time (s) | findings | ' + rules.join(' | ') + ' | fatal files | crashed |',
  '| --- | ---: | ---: | ---: | ' + rules.map(() => '---:').join(' | ') + ' | ---: | --- |',
  ...summaries.map((s) => `| ${s.name} | ${s.files} | ${s.seconds} | ${s.findings} | ${rules.map((r) => s.byRule[r] ?? 0).join(' | ')} | ${s.fatal.length} | ${s.crashed ? 'yes' : 'no'} |`),
];
writeFileSync(join(outDir, 'summary.md'), md.join('\n') + '\n');
if (values.plant) {
  writeFileSync(join(outDir, 'plant.json'), JSON.stringify(plants, null, 2) + '\n');
  const rows = plants.flatMap((p) => p.planted.map((d) => `| ${p.name} | ${d.kind} | ${d.skipped ? `skipped: ${d.skipped}` : d.found ? 'found' : '**missed**'} | ${d.file ? `${d.file}:${d.line}${d.column === undefined ? '' : `:${d.column}`}` : ''} | ${d.note ?? ''} |`));
  const planted = plants.flatMap((p) => p.planted.filter((d) => !d.skipped));
  writeFileSync(
    join(outDir, 'plant.md'),
    ['| site | defect | result | where | note |', '| --- | --- | --- | --- | --- |', ...rows, '', `found ${planted.filter((d) => d.found).length} of ${planted.length} planted`].join('\n') + '\n',
  );
}
console.log(md.join('\n'));
