/**
 * The Markdown files a code forge shows a repository's reader by itself, whether or not the site
 * builds them: a folder's README (rendered below the folder's listing), the files at the top of
 * the project (its first listing), everything in `.github/` (issue and pull-request templates),
 * and the community health files GitHub looks for in the top folder, `docs/` or `.github/`
 * (docs.github.com: "About READMEs", "Creating a default community health file").
 * A file a site never builds that is none of these is no page and no repository document.
 */
import {basename, dirname, relative, sep} from 'node:path';

/** README, and the community health files (CONTRIBUTING, CODE_OF_CONDUCT, SECURITY, SUPPORT, GOVERNANCE). */
const healthFile = /^(?:readme|contributing|code_of_conduct|security|support|governance)(?:\.[^.]+)?$/i;
const readme = /^readme(?:\.[^.]+)?$/i;

/** Is `path` (below `root`, the project's top folder) a file the forge shows by itself? */
export function isForgeDocument(path: string, root: string): boolean {
  const folders = relative(root, dirname(path)).split(sep).filter((part) => part !== '');
  if (folders[0] === '..') return false;
  const name = basename(path);
  if (readme.test(name) || folders.length === 0 || folders[0] === '.github') return true;
  return folders.length === 1 && folders[0] === 'docs' && healthFile.test(name);
}
