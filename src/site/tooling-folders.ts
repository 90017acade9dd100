/**
 * Dot folders (`.claude/`, `.cursor/`, `.vscode/`): by convention tooling, not reading. No generator
 * postlint models builds pages from one outside its content (MkDocs drops `.*` in docs_dir, Jekyll
 * skips dot names, Astro's and Hexo's globs skip them), and GitHub sends no reader there but to the
 * files it shows from the top `.github/` by itself: its README, community health files and templates
 * (forge-documents.ts). An assistant's `.github/copilot-instructions.md` is tooling too.
 */
import {dirname, relative} from 'node:path';
import {isForgeDocument} from './forge-documents.js';
import {toPosix} from '../paths.js';

/**
 * The dot folder (`.claude/`, `.cursor/`, `docs/.help/`) `path` lies in, below the site's folder or the
 * project's top (`roots`), if any: tooling by convention, not reading. Not the files GitHub shows from
 * the top `.github/` by itself (its README, community health files and templates: forge-documents.ts);
 * its other files (an assistant's instructions) are tooling too.
 */
export function toolingFolder(path: string, roots: readonly string[]): string | undefined {
  for (const root of roots) {
    const folders = toPosix(relative(root, dirname(path))).split('/').filter((part) => part !== '');
    if (folders[0] === '..') continue;
    const at = folders.findIndex((part) => part.startsWith('.') && part !== '.');
    if (at < 0) continue;
    const shownByForge = at === 0 && folders[0] === '.github' && !folders.slice(1).some((part) => part.startsWith('.')) && isForgeDocument(path, root);
    return shownByForge ? undefined : `${folders.slice(0, at + 1).join('/')}/`;
  }
  return undefined;
}
