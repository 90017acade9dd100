// Helpers shared by the rules' tests: one rule, in process (postlint/testing), on fixtures or a small site.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {lintRule as lintWithTester} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

/** A finding as the rules' tests compare it: "file:line:column rule" ("fatal" for a file postlint could not read). */
export const row = (finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId ?? 'fatal'}`;

/**
 * Lint fixtures with only `rule` on and no config (as --no-config). `paths` are relative to fixtures/
 * and share their first folder, the site copied for the run (one site of fixtures/generators/); `rows` ("file:line:col rule") and
 * `messages` (the tester's findings) keep fixtures/-relative paths.
 */
export async function lintRule(rule, paths, options = {}) {
  const top = siteFolder(paths);
  if (!paths.every((path) => path === top || path.startsWith(`${top}/`))) throw new Error(`lintRule: ${paths.join(', ')} are not in one fixture folder`);
  const inside = paths.map((path) => (path === top ? '.' : path.slice(top.length + 1)));
  const {findings} = await lintWithTester({configFile: false, ...options, rule, fixture: join(fixtures, top), paths: inside});
  const messages = findings.map((finding) => ({...finding, file: `${top}/${finding.file}`}));
  return {rows: messages.map(row), messages};
}

/**
 * The folder copied as the site: the paths' first folder, or for fixtures/generators/<name>/ that one
 * site, since the folder holds one self-contained site per subfolder and is no site itself (asserted
 * in tests/generator-conformance.test.mjs); copying all of it cost 0.2 s of CPU a run.
 */
function siteFolder(paths) {
  const [top, name] = paths[0].split('/');
  const site = `${top}/${name}`;
  const one = top === 'generators' && name !== undefined && statSync(join(fixtures, site)).isDirectory() && paths.every((path) => path === site || path.startsWith(`${site}/`));
  return one ? site : top;
}

export const ruleFindings = async (rule, paths, options) => (await lintRule(rule, paths, options)).rows;
export const ruleMessages = async (rule, paths, options) => (await lintRule(rule, paths, options)).messages;

/** Lint a small site ({path: text}) with only `rule` on; its findings as rows, and in full. */
export async function lintSite(rule, files, options = {}) {
  const {findings} = await lintWithTester({...options, rule, files});
  return {rows: findings.map(row), messages: findings};
}

export const siteFindings = async (rule, files, options) => (await lintSite(rule, files, options)).rows;

export const fixture = (...parts) => join(fixtures, ...parts);

/** A fixture folder's files as `{path: text}`, for lintSite (to build variants of one small site). */
export function filesOf(dir) {
  const files = {};
  const walk = (at) => {
    for (const entry of readdirSync(at, {withFileTypes: true})) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}
