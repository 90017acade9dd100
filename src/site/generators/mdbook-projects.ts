/**
 * Projects a book keeps inside its `src/` folder: a sample project its chapters walk through, test
 * data (a folder with its own `go.mod`, `Cargo.toml`, `package.json`…). mdBook builds only the
 * chapters SUMMARY.md lists and copies every other file of `src/` as it is (mdbook-html's
 * copy of the source folder), so a Markdown file of such a project (its README, its notes for
 * tools) is that project's document, not a chapter the book left out of SUMMARY.md: no draft.
 * A folder that holds a chapter (or has one below it) is the book's, whatever else it holds; and a
 * manifest alone makes no sample project: the book must point into the folder (a directive such as
 * `{{#include}}` naming a file in it, or a chapter's link into it). A folder it never points into
 * may be a section in waiting, whose unlisted files stay drafts.
 */
import {dirname, join, relative, sep} from 'node:path';
import {toPosix} from '../../paths.js';
import {isBelow, isFile} from './common.js';

/** The files that make a folder a project of its own, one per common build tool. */
const manifests = ['go.mod', 'Cargo.toml', 'package.json', 'pyproject.toml', 'setup.py', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'Gemfile', 'composer.json', 'mix.exs', 'CMakeLists.txt'];

const manifestOf = new Map<string, string | undefined>();

/** Look for manifests again (forgetFileReads). */
export function forgetManifests(): void {
  manifestOf.clear();
}

function manifestIn(folder: string): string | undefined {
  if (!manifestOf.has(folder)) manifestOf.set(folder, manifests.find((name) => isFile(join(folder, name))));
  return manifestOf.get(folder);
}

/**
 * The project below `source` (the book's `src/`) that `path` belongs to, nearest first, with the
 * manifest that makes it one; undefined when the file is in no such project, or the project's
 * folder holds chapters (`chapters`: the chapter files, absolute), or nothing the book points at
 * (`pointed`: paths its directives and chapter links name, absolute) lies in it.
 */
export function bookProject(path: string, source: string, chapters: ReadonlySet<string>, pointed: ReadonlySet<string>): {folder: string; manifest: string} | undefined {
  for (let folder = dirname(path); folder !== source && isBelow(folder, source); folder = dirname(folder)) {
    const manifest = manifestIn(folder);
    if (manifest === undefined) continue;
    const prefix = folder + sep;
    for (const chapter of chapters) if (chapter.startsWith(prefix)) return undefined;
    if (![...pointed].some((target) => target === folder || target.startsWith(prefix))) continue;
    return {folder, manifest};
  }
  return undefined;
}

/** `folder/` relative to the book's source folder, for messages. */
export function projectName(folder: string, source: string): string {
  return `${toPosix(relative(source, folder))}/`;
}
