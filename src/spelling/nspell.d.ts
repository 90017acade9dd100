// nspell ships no types; this is the part of its API postlint uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    dictionary(dic: string | Uint8Array): NSpell;
  }
  function nspell(dictionary: {aff: string | Uint8Array; dic?: string | Uint8Array}): NSpell;
  export default nspell;
  export type {NSpell};
}
