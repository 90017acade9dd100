/**
 * GitHub Actions workflows (`.github/workflows/*.yml` at the repository root) that publish the
 * site's build output with peaceiris/actions-gh-pages (action.yml @
 * 09d8f313dcc84179c9f28dbbbe1f06f3ca174008: `publish_dir`, default `public`, read from the
 * workspace, the repository root; `destination_dir`, default empty, a folder of the publishing
 * branch to put it in; `keep_files`, default false, true keeps the files already on the branch).
 * A deploy into a `destination_dir` (a `/<ref>/` per branch or tag), or one that keeps what other
 * deploys left, fills a host the checkout does not describe alone: a site-root path the build
 * does not make may be another deploy's (the released version at `/`, a sibling `/master/`).
 * Such a path is unverifiable, never missing. Workflows are read as text, never run; a step whose
 * `publish_dir` is template code or names another folder is passed over.
 */
import {readdirSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {escapeRegExp} from '../links/patterns.js';
import {parse as parseYaml} from 'yaml';
import {gitRoot} from '../ignore-files.js';
import {readSmallFileIfAny} from '../read-text.js';

const cache = new Map<string, string | null>();

/** Forget what was read (the language server, after a workflow changed). */
export function forgetDeploys(): void {
  cache.clear();
}

/**
 * Why the host the site is published to holds more than this build, or undefined: `outputs` are
 * the site's build output folders (absolute).
 */
export function sharedHostReason(siteRoot: string, outputs: readonly string[]): string | undefined {
  const key = `${siteRoot}\0${outputs.join('\0')}`;
  let reason = cache.get(key);
  if (reason === undefined) cache.set(key, (reason = findSharedDeploy(siteRoot, outputs) ?? null));
  return reason ?? undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The workflows folder read for a site: its repository's (or, outside git, the site's own). */
export function workflowsFolder(siteRoot: string): string {
  return join(gitRoot(siteRoot) ?? siteRoot, '.github', 'workflows');
}

function findSharedDeploy(siteRoot: string, outputs: readonly string[]): string | undefined {
  const repository = gitRoot(siteRoot) ?? siteRoot;
  const folder = workflowsFolder(siteRoot);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch {
    return undefined;
  }
  const wanted = new Set(outputs.map((output) => resolve(output)));
  for (const name of names) {
    const text = readSmallFileIfAny(join(folder, name));
    if (text === undefined || !text.includes('actions-gh-pages')) continue;
    let workflow: unknown;
    try {
      workflow = parseYaml(text);
    } catch {
      continue;
    }
    const jobs = isObject(workflow) && isObject(workflow.jobs) ? Object.values(workflow.jobs) : [];
    for (const job of jobs) {
      const steps = isObject(job) && Array.isArray(job.steps) ? job.steps : [];
      for (const step of steps) {
        if (!isObject(step) || typeof step.uses !== 'string' || !/^peaceiris\/actions-gh-pages@/.test(step.uses)) continue;
        const inputs = isObject(step.with) ? step.with : {};
        const publish = typeof inputs.publish_dir === 'string' ? inputs.publish_dir : 'public';
        if (publish.includes('${{') || !wanted.has(resolve(repository, publish))) continue;
        const destination = typeof inputs.destination_dir === 'string' ? inputs.destination_dir.trim().replace(/^\.\/?$/, '') : '';
        const keep = inputs.keep_files === true || inputs.keep_files === 'true';
        const how = destination !== '' ? `into destination_dir ${destination}` : keep ? 'with keep_files' : undefined;
        if (how) return `.github/workflows/${name} publishes the site ${how} (peaceiris/actions-gh-pages): other deploys fill the same host`;
      }
    }
  }
  return assembledDeploy(repository, folder, names, [...wanted]);
}

/** The folders a workflow's Pages deploy publishes (peaceiris/actions-gh-pages `publish_dir`, actions/upload-pages-artifact `path`), as written. */
function pagesFolders(workflow: unknown): string[] {
  const folders: string[] = [];
  const jobs = isObject(workflow) && isObject(workflow.jobs) ? Object.values(workflow.jobs) : [];
  for (const job of jobs) {
    for (const step of isObject(job) && Array.isArray(job.steps) ? job.steps : []) {
      if (!isObject(step) || typeof step.uses !== 'string') continue;
      const inputs = isObject(step.with) ? step.with : {};
      if (/^peaceiris\/actions-gh-pages@/.test(step.uses)) folders.push(typeof inputs.publish_dir === 'string' ? inputs.publish_dir : 'public');
      else if (/^actions\/upload-pages-artifact@/.test(step.uses)) folders.push(typeof inputs.path === 'string' ? inputs.path : '_site');
    }
  }
  return folders;
}

/**
 * A Pages deploy of a folder that is not the site's build output, where a workflow's shell step
 * copies that output into another folder (`cp -r book/en/book $td/book/en`): the site is one part of
 * a tree the workflow assembles (older versions' books, an API reference beside it), so a site-root
 * path the build does not make may be another part's.
 */
function assembledDeploy(repository: string, folder: string, names: readonly string[], outputs: readonly string[]): string | undefined {
  const relOutputs = outputs.map((output) => relative(repository, output).split(sep).join('/')).filter((rel) => rel !== '' && !rel.startsWith('..'));
  if (relOutputs.length === 0) return undefined;
  let deploy: {name: string; folder: string} | undefined;
  const scripts: Array<{name: string; run: string}> = [];
  for (const name of names) {
    const text = readSmallFileIfAny(join(folder, name));
    if (text === undefined) continue;
    let workflow: unknown;
    try {
      workflow = parseYaml(text);
    } catch {
      continue;
    }
    const published = pagesFolders(workflow).find((dir) => !dir.includes('${{') && !outputs.includes(resolve(repository, dir)));
    if (published !== undefined) deploy ??= {name, folder: published};
    const jobs = isObject(workflow) && isObject(workflow.jobs) ? Object.values(workflow.jobs) : [];
    for (const job of jobs) {
      for (const step of isObject(job) && Array.isArray(job.steps) ? job.steps : []) if (isObject(step) && typeof step.run === 'string') scripts.push({name, run: step.run});
    }
  }
  if (!deploy) return undefined;
  for (const rel of relOutputs) {
    // `cp -r <output> <dest>`, `cp -r <output>/* <dest>`, `rsync -a <output>/ <dest>`: the output is a source, a destination follows.
    // The destination a folder inside another (`$td/book/en`, `site/docs`): copied as the whole tree (`cp -r _site public`), the output is the site alone.
    const copies = new RegExp(`^\\s*(?:cp|rsync|mv)\\b[^\\n]*?\\s(?:\\./)?${escapeRegExp(rel)}(?:/\\*?|/\\.)?\\s+(?:\\./)?[^\\s/]+/[^\\s/]`, 'm');
    const copy = scripts.find((script) => copies.test(script.run));
    if (copy) return `.github/workflows/${copy.name} copies the site's build output (${rel}) into a tree that .github/workflows/${deploy.name} publishes (${deploy.folder}) with other parts: a path the build does not make may be theirs`;
  }
  return undefined;
}
