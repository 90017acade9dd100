/**
 * The Markdown files a code forge shows a repository's reader by itself, whether or not the site
 * builds them: a folder's README (rendered below the folder's listing), the community health files
 * GitHub links from the repository's front page and its community profile (LICENSE, CONTRIBUTING,
 * CODE_OF_CONDUCT, SECURITY, SUPPORT, GOVERNANCE, FUNDING) in the top folder, `docs/` or `.github/`,
 * and the templates GitHub fills a new issue, pull request or discussion with (`.github/ISSUE_TEMPLATE/`,
 * `PULL_REQUEST_TEMPLATE`, `DISCUSSION_TEMPLATE/`) (docs.github.com: "About READMEs", "Creating a
 * default community health file"). Other files at the top (a changelog, a to-do list, an owners
 * file) or in `.github/` (an assistant's instructions) are read only by whoever opens them: when the
 * site never builds them, they are no page and no repository document.
 */
import {basename, dirname, relative, sep} from 'node:path';
import {projectTop} from './project-top.js';

/** README, LICENSE and the community health files. */
const healthFile = /^(?:readme|license|licence|contributing|code_of_conduct|security|support|governance|funding)(?:\.[^.]+)?$/i;
const readme = /^readme(?:\.[^.]+)?$/i;
/** What GitHub offers when a reader opens an issue, a pull request or a discussion. */
const template = /^(?:pull_request_template(?:\.[^.]+)?|issue_template(?:\.[^.]+)?)$/i;
const templateFolder = /^(?:issue_template|pull_request_template|discussion_template)$/i;

/** Is `path` (below `root`, the project's top folder) a file the forge shows by itself? */
export function isForgeDocument(path: string, root: string): boolean {
  const folders = relative(root, dirname(path)).split(sep).filter((part) => part !== '');
  if (folders[0] === '..') return false;
  const name = basename(path);
  if (readme.test(name)) return true;
  if (folders.length === 0) return healthFile.test(name) || template.test(name);
  if (folders[0] !== '.github' && folders[0] !== 'docs') return false;
  if (folders.length === 1) return healthFile.test(name) || template.test(name);
  return folders[0] === '.github' && templateFolder.test(folders[1]!);
}

/**
 * Is `path` one of the templates GitHub fills a new issue, pull request or discussion with
 * (`pull_request_template.md` in the top folder, `docs/` or `.github/`; any file of a
 * `PULL_REQUEST_TEMPLATE/`, `ISSUE_TEMPLATE/` or `DISCUSSION_TEMPLATE/` folder in one of those), below the site's
 * folder or the project's top? Its author fills each copy in: what looks unfinished is a slot
 * (docs.github.com: "Creating a pull request template for your repository").
 */
export function isForgeTemplate(path: string, siteRoot: string | undefined): boolean {
  if (siteRoot === undefined) return false;
  const name = basename(path);
  const parent = basename(dirname(path));
  if (!template.test(name) && !templateFolder.test(parent)) return false;
  return [siteRoot, projectTop(siteRoot) ?? siteRoot].some((root) => {
    const folders = relative(root, dirname(path)).split(sep).filter((part) => part !== '');
    if (folders[0] === '..') return false;
    if (template.test(name) && (folders.length === 0 || (folders.length === 1 && (folders[0] === '.github' || folders[0] === 'docs')))) return true;
    // A folder of templates (`PULL_REQUEST_TEMPLATE/`) in any of the three places.
    const inTemplates = folders.length === 1 || (folders.length === 2 && (folders[0] === '.github' || folders[0] === 'docs'));
    return inTemplates && templateFolder.test(folders.at(-1)!);
  });
}
