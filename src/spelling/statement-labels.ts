/**
 * The short names mathematical writing gives its numbered statements, written before the number: `Thm 1:`,
 * `Lem. 2.3`, `Defn 4`, `Conj 5` — the environment names of amsthm's documentation and of LaTeX papers
 * (`\newtheorem{thm}{Theorem}`, `lem`, `prop`, `cor`, `defn`, `conj`, `rem`, `obs`, `clm`), which a post that
 * sets a paper's result in a theorem box copies as its label. Before its number the word is that label, an
 * abbreviation on purpose; anywhere else it is read (`the thm shows`).
 */
const statementNames = new Set(['thm', 'lem', 'lemm', 'prop', 'cor', 'defn', 'conj', 'rem', 'obs', 'clm', 'asm']);

/** Is `word` at `offset` a statement's short name followed by its number (`Thm 1:`, `Lem. 2.3`)? */
export function statementLabel(source: string, offset: number, word: string): boolean {
  if (!statementNames.has(word.toLowerCase()) || !/^\p{Lu}?\p{Ll}+$/u.test(word)) return false;
  const after = source.slice(offset + word.length, offset + word.length + 16);
  return /^\.?[ \t\u00a0]*\d+(?:\.\d+)*(?=[:.)\s]|$)/u.test(after);
}
