/**
 * Words joined by a slash in prose: alternatives, the slash read as "or" (`and/or`, `input/output`,
 * `internal/external`; Chicago Manual of Style 6.106, the slash "to signify alternatives"). A chunk
 * of prose holding a slash is otherwise taken for a path or a URL's leftover (`src/app`, `v/s`) and
 * not read (prose.ts). Only letters, two to three parts of two letters or more, with the
 * punctuation of a sentence around them: a path has a leading slash, digits, dots, underscores
 * or more parts (`/usr/local/bin`, `layouts/_default`, `v2/api`).
 */
const alternatives = /^[(\[“‘"']*(\p{L}{2,}(?:\/\p{L}{2,}){1,2})[)\]”’"'.,;:!?]*$/u;

/** The alternatives a prose chunk writes (`internal/exteral`), or undefined when it is no such chunk. */
export function slashAlternatives(chunk: string): string | undefined {
  return alternatives.exec(chunk)?.[1];
}

/**
 * Is the part `word` of `alternatives` read as a word? Only when every other part is an ordinary
 * word of the dictionary (`internal` beside `exteral`): then the slash sets words against each other.
 * Beside a name or a term (`acme/widgetz`, a repository; `usr/lib`) the chunk is a path, left alone.
 */
export function readAsAlternative(word: string, alternatives: string, ordinary: (word: string) => boolean): boolean {
  let own = false;
  for (const part of alternatives.split('/')) {
    if (!own && part === word) own = true;
    else if (!ordinary(part) && !ordinary(part.toLowerCase())) return false;
  }
  return own;
}
