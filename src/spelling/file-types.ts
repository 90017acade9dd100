import {createRequire} from 'node:module';

/**
 * A file type named by its extension in prose, as people name formats: "edit the opf and css files",
 * "修改 opf 和 css 文件", "the .opf file". No dictionary knows most extensions (`opf`, the EPUB
 * package document), and the misspellings lists take some for slips (`opf` → `of`); but a word that
 * a registered media type gives as its extension, followed by a word for "file" (directly or
 * through a list of such words joined by `and`, `or`, a comma, a slash, 和, 或, 、, や, と) names
 * that kind of file. The extensions are those of mime-db (the media-type registry behind `mime-types`
 * and Express, from IANA, Apache and nginx's lists): a typo that is no extension (`teh files`) is
 * still read, and so is an extension used as a word without "files" after it.
 *
 * Some extensions are also slips the misspellings list knows (`opf`, `odf` → `of`), and "of" goes
 * right before "files" (`the number odf files`). Such a word names a file type only where the slip
 * cannot stand: after its dot (`.opf`), in a list with another registered extension (`opf 和 css
 * 文件`), or right after a determiner, which opens a noun phrase no preposition follows (`the opf
 * file`, not `the of file`).
 */
let extensions: Set<string> | undefined;

function registeredExtensions(): Set<string> {
  if (extensions === undefined) {
    const db = createRequire(import.meta.url)('mime-db') as Record<string, {extensions?: string[]}>;
    extensions = new Set(Object.values(db).flatMap((type) => type.extensions ?? []));
  }
  return extensions;
}

/** A word for a file or files, English, Chinese, Japanese or Korean. */
const fileWord = String.raw`(?:files?(?![\p{L}])|文件|檔案|档案|ファイル|파일)`;
/** What joins two names of a list: a comma, a slash, `and`, `or`, `&`, and their CJK forms. */
const joiner = String.raw`(?:[,/&、]|and(?![\p{L}])|or(?![\p{L}])|和|与|與|或|及|や|と)`;
/** Another extension of the list, maybe with its dot. */
const otherName = String.raw`\.?[A-Za-z0-9]{1,8}(?![\p{L}\p{N}])`;
const beforeFileWord = new RegExp(String.raw`^(?:[ \t]*${joiner}[ \t]*${otherName})*[ \t]*${fileWord}`, 'u');

/** A list of extensions after the word: a joiner, then a name (its `.` aside), before the word for files. */
const listedNext = new RegExp(String.raw`^[ \t]*${joiner}[ \t]*\.?([A-Za-z0-9]{1,8})(?![\p{L}\p{N}])`, 'u');
/** A determiner, maybe then a number, right before the word (`the opf`, `all 3 css`). */
const determinerBefore = /(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|my|your|our|their|its|his|her|all|any|each|every|some|no|both|other|such|which|what)(?:[ \t]+\d+)?[ \t]+$/iu;

/**
 * Is this word, at `offset` in `source`, a registered extension named as a kind of file? `slip`: the
 * misspellings list takes the word for a slip, which then needs a place the slip cannot take.
 */
export function namesFileType(source: string, offset: number, word: string, slip = false): boolean {
  const after = source.slice(offset + word.length, offset + word.length + 80);
  if (word.length > 8 || !beforeFileWord.test(after) || !registeredExtensions().has(word.toLowerCase())) return false;
  if (!slip) return true;
  if (source[offset - 1] === '.') return true;
  const next = listedNext.exec(after)?.[1];
  if (next !== undefined && registeredExtensions().has(next.toLowerCase())) return true;
  return determinerBefore.test(source.slice(Math.max(0, offset - 40), offset));
}
