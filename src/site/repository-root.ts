/**
 * Markdown files of a repository that its site never builds (a README beside the docs folder, a
 * `.github/` template, a file outside `docs_dir`): GitHub shows them, and reads a link written
 * from the root (`/CONTRIBUTING.md`, `/scripts`) from the repository's root, not from the site's.
 */
import {dirname, join} from 'node:path';
import {gitRoot, isWithin} from '../ignore-files.js';
import {isPageUrl} from './files.js';
import {projectTop} from './project-top.js';
import type {LinkRequest, ResolveContext, Resolution} from './generators/types.js';

/**
 * A site-root link in a file the site does not build: what the site's own reading found stands;
 * else the path is read from the repository root (the nearest `.git` folder). Without one (an
 * unpacked snapshot), a path found below one of the file's own ancestor folders up to `top` (the
 * run's working folder, else the site's root, or the project's top above them) is taken: never the machine's `/usr` or `/tmp`.
 * Anything else is unverifiable. postlint never calls such a link broken: the file may be read on GitHub, or
 * describe the built site (a test's golden page).
 */
export function fromRepositoryRoot(request: LinkRequest, siteReading: Resolution, context: ResolveContext, cwd: string): Resolution {
  if (siteReading.status === 'found' || siteReading.status === 'case') return siteReading;
  const clean = request.path.replace(/^\/+/, '');
  const repository = gitRoot(dirname(context.from));
  const bases: string[] = [];
  if (repository) bases.push(repository);
  else {
    const from = dirname(context.from);
    let top = [cwd, context.site?.root].find((folder) => folder !== undefined && isWithin(from, folder)) ?? from;
    // The project's top above, when its files name the site folder (project-top.ts).
    const project = context.site ? projectTop(context.site.root) : undefined;
    if (project !== undefined && isWithin(top, project)) top = project;
    for (let folder = from; ; folder = dirname(folder)) {
      bases.push(folder);
      if (folder === top || dirname(folder) === folder) break;
    }
  }
  for (const base of bases) {
    if (clean === '') return {status: 'found', path: base};
    const found = context.findExact(join(base, clean), request.folder);
    if (found?.status === 'found') return found;
    // GitHub shows a folder without a README as its listing.
    if (found?.status === 'no-index' || context.isDirectory(join(base, clean))) return {status: 'found', path: join(base, clean)};
  }
  // Not found either way: such a file may be read on GitHub or describe the built site (a test golden), so postlint abstains.
  const reason = 'the file is not a page of the site: GitHub reads a link from "/" in it from the repository root';
  if (!repository) return {status: 'unverifiable', reason: `${reason}, which postlint cannot find (no .git folder), and it names nothing above the file within the run's folder`};
  return {status: 'unverifiable', reason: `${reason}, where it names nothing${isPageUrl(request.path) ? '; it may be a URL of the built site' : '; it may describe the built site'}`};
}
