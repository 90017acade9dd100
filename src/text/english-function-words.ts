/**
 * English words no English sentence of any length goes without, and that Latin and the other
 * languages quoted in docs do not use (`in`, `at`, `a`, `non`, `id` are Latin too; `had` is Dutch,
 * `but` French; `which` and `who` are commands too: none is here). The one list every English test
 * reads, with one owner: a passage with none is not English (src/spelling/passages.ts), a page's share
 * of them says which language it reads as (src/spelling/other-language.ts), none starts a prompt's
 * command line (src/spelling/prose.ts) or names a package (src/spelling/package-lists.ts); the filler
 * test reads it widened (`englishJoints`, below).
 */
export const englishFunctionWords: ReadonlySet<string> = new Set(['the', 'and', 'of', 'to', 'for', 'with', 'from', 'this', 'that', 'you', 'we', 'they', 'are', 'was', 'were', 'be', 'or', 'on', 'by', 'it', 'its', 'not', 'can', 'will', 'if', 'is', 'has', 'have']);

/**
 * The same list widened for telling English from lorem-ipsum filler alone (src/text/filler.ts), where
 * the only other language is the filler's pseudo-Latin: words other languages share (Portuguese `as`,
 * Dutch `had`, French `but`) or commands share (`which`, `who`) still say "English" there.
 */
export const englishJoints: ReadonlySet<string> = new Set([
  ...englishFunctionWords,
  ...'as these those he she had but our your their would should there which when what who how'.split(' '),
]);
