/**
 * Files of the project that are not pages, site configs or postlint configs but change what a link
 * resolves to: the host's redirects, the build's commands and the scripts they run, the workspace
 * lists and ignore files that say where the project's top is and what git tracks. The language
 * server reads the site again when one of them changes on disk.
 */
import {basename} from 'node:path';
import {forgetTracked} from '../git.js';
import {isBuildScriptRead} from './build-scripts.js';
import {forgetHostRules} from './hosting-redirects.js';
import {isNginxConfigName} from './nginx-redirects.js';

/** File names read by host redirects, build scripts and the project's top, wherever they are. */
const projectFileNames = new Set(['netlify.toml', 'vercel.json', 'firebase.json', '_redirects', 'package.json', 'pnpm-workspace.yaml', '.gitignore']);

/** Does a change to this file change what links resolve to (beyond pages and configs)? */
export function isProjectFile(path: string): boolean {
  return projectFileNames.has(basename(path)) || isNginxConfigName(basename(path)) || isBuildScriptRead(path);
}

/** Read host rules, build scripts, project tops and tracked files again from now on. */
export function forgetProjectFiles(): void {
  forgetHostRules();
  forgetTracked();
}
