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

/** Is this word, at `offset` in `source`, a registered extension named as a kind of file? */
export function namesFileType(source: string, offset: number, word: string): boolean {
  if (word.length > 8 || !beforeFileWord.test(source.slice(offset + word.length, offset + word.length + 80))) return false;
  return registeredExtensions().has(word.toLowerCase());
}
