/**
 * Which index file of a Hugo folder is the page when a folder holds more than one (`_index.md`
 * and `index.md`, or `index.md` and `index.html`).
 *
 * Hugo's content walk (gohugoio/hugo hugofs/walk.go and hugolib/pages_capture.go) sorts a
 * folder's files with bundle headers first, a branch bundle (`_index.*`) before a leaf bundle
 * (`index.*`), then by name, and keeps one file per logical path and language: "Folders with both
 * index.md and _index.md type of files have undefined behaviour and can never work. The branch
 * variant will win because of sort order" (it warns "have both index.* and _index.* files, pick
 * one"). Two leaf headers (`index.html`, `index.md`) share the logical path too; the first by
 * name is the bundle and the other one of its resources. The file that loses is no page.
 * An HTML file counts only when it starts with front matter (else Hugo copies it as a file).
 */
import {readdirSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {isOtherFormatPage} from './hugo-ref-base.js';

/** Hugo's content formats (`index.<lang>.<ext>` too). */
const indexName = /^(_?)index((?:\.[a-z]{2,3}(?:-[a-z]+)?)?)\.(md|markdown|mdown|mkd|mkdn|html?|adoc|asciidoc|org|pandoc|pdc|rst)$/i;

/** Each folder's index files, listed once while the site's files stay as they are (cleared by forgetBundleIndexFiles). */
const folderCache = new Map<string, string[]>();

/** List the folders' index files again (the Hugo generator's forgetFileReads: an index file was added or removed). */
export function forgetBundleIndexFiles(): void {
  folderCache.clear();
}

function indexFilesOf(dir: string): string[] {
  let found = folderCache.get(dir);
  if (found) return found;
  try {
    found = readdirSync(dir, {withFileTypes: true})
      .filter((entry) => entry.isFile() && indexName.test(entry.name))
      .map((entry) => entry.name);
  } catch {
    found = [];
  }
  folderCache.set(dir, found);
  return found;
}

/** A file of the walk order Hugo gives index files: branch first, then by name (byte order). */
function before(a: string, b: string): number {
  const branchA = a.startsWith('_') ? 0 : 1;
  const branchB = b.startsWith('_') ? 0 : 1;
  if (branchA !== branchB) return branchA - branchB;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The index file that wins over `path` in its folder, when `path` is an index file that loses;
 * else undefined (not an index file, or the only one, or the winner).
 */
export function shadowingIndexFile(path: string): string | undefined {
  const name = basename(path);
  const own = indexName.exec(name);
  if (!own) return undefined;
  const language = own[2]!.toLowerCase();
  const dir = dirname(path);
  const rivals = indexFilesOf(dir).filter((other) => {
    const match = indexName.exec(other)!;
    if (match[2]!.toLowerCase() !== language) return false;
    return other === name || !/\.html?$/i.test(other) || isOtherFormatPage(join(dir, other));
  });
  if (rivals.length < 2) return undefined;
  const winner = [...rivals].sort(before)[0]!;
  return winner === name ? undefined : join(dir, winner);
}
