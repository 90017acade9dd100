/**
 * English words no English sentence of any length goes without, and that Latin and the other
 * languages quoted in docs do not use (`in`, `at`, `a`, `non`, `id` are Latin too; `had` is Dutch,
 * `but` French; `which` and `who` are commands too: none is here). The one list every English test
 * reads: a passage with none is not English (src/spelling/passages.ts), a page's share of them says
 * which language it reads as (proseReading, src/spelling/other-language.ts), a passage of filler has
 * fewer of them than filler words (src/text/filler.ts), and none starts a prompt's command line
 * (src/spelling/prose.ts) or names a package (src/spelling/package-lists.ts).
 */
export const englishFunctionWords: ReadonlySet<string> = new Set(['the', 'and', 'of', 'to', 'for', 'with', 'from', 'this', 'that', 'you', 'we', 'they', 'are', 'was', 'were', 'be', 'or', 'on', 'by', 'it', 'its', 'not', 'can', 'will', 'if', 'is', 'has', 'have']);
