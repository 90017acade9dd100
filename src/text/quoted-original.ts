/**
 * The original text a translation quotes beside its own: a `<details>` block whose `<summary>` names it the
 * original (`<summary>原文</summary>`, `原文を表示`, `원문 보기`, `Original text`, `Texte original`,
 * `Оригинал`), in a language other than the page's around it (a Japanese page keeping the upstream English
 * docs under each of its sections, folded). The words in it are the upstream's, copied as they were written,
 * typos and all: rules judging the writer's prose (spelling, brand-casing, no-placeholders) leave them alone.
 * Its links are still checked: copied as they are, a site-root link of the upstream site may lead nowhere on
 * the translation's site, and the reader clicks it there.
 *
 * Not a quotation: a summary that names something else the original (`Original PR description`, `Original
 * Java code`, `Original README (click to expand)`), and a block in the page's own language (a writer's first
 * draft kept under `<summary>원문</summary>` on a Korean page): those are the writer's words.
 */
import {proseLines} from './prose-lines.js';
import {englishFunctionWords} from './english-function-words.js';

/** Source offsets [start, end) of each quoted original, opening `<details>` to closing `</details>`, in order. */
export function quotedOriginalSpans(source: string): Array<[number, number]> {
  if (!source.includes('<summary') || !source.includes('</details')) return [];
  const blocks = detailsBlocks(source).filter(([start, end]) => namesOriginal(summaryOf(source.slice(start, end))));
  if (blocks.length === 0) return [];
  const outside = textOutside(source, blocks);
  // The block's own language is that of what it holds after its summary (the summary is in the page's: `原文`).
  return blocks.filter(([start, end]) => otherLanguage(reading(plainText(afterSummary(source.slice(start, end)))), reading(outside)));
}

/**
 * What a summary says when it names the block the original text: a word for "original" (or "source text"),
 * maybe with a verb to show it (`原文を表示`, `查看原文`, `원문 보기`, `Show original`, `Voir l'original`) and the
 * language it is in (`英文原文`, `Original (English)`, `영어 원문`). Read whole: a summary that names what else
 * it holds (`Original Java code`) is that thing.
 */
const originalLabels: readonly RegExp[] = [
  // Chinese and Japanese: 原文, 英文原文, 英語原文, 原文(英語), 查看原文, 显示原文, 展开原文, 原文を表示, 原文を見る, 原文を読む.
  /^(?:查看|显示|顯示|展开|展開|点击查看|點擊查看)?(?:英文|英語|英语|日文|日语|日本語)?(?:原文|原文本)(?:を(?:表示|見る|読む|開く)|を?表示する)?$/u,
  // Korean: 원문, 원문 보기, 영어 원문, 영문 원문, 원문 영어, 원문 펼치기.
  /^(?:영어|영문|일본어|중국어)?\s*원문\s*(?:영어|보기|펼치기|확인)?$/u,
  // English: Original, Original text, Original version, Source text, Show/View (the) original (text), English original.
  /^(?:(?:show|view|see|read|display|expand)\s+(?:the\s+)?)?(?:english\s+)?(?:original(?:\s+(?:text|version|wording))?|source\s+text)(?:\s+in\s+english)?$/iu,
  // German: Original, Originaltext, Originalfassung, Originalversion, Original anzeigen.
  /^(?:original(?:text|fassung|version)?|englischer\s+originaltext)(?:\s+anzeigen)?$/iu,
  // French: Texte original, Version originale, Texte d'origine, Voir/Afficher l'original.
  /^(?:(?:voir|afficher)\s+(?:l['’]original|le\s+texte\s+original)|texte\s+(?:original|d['’]origine|source)|version\s+originale|original)$/iu,
  // Spanish, Portuguese, Italian: Texto original, Versión/Versão original, Ver (el) original, Testo originale, Versione originale.
  /^(?:(?:ver|mostrar)\s+(?:el\s+|o\s+)?(?:texto\s+)?original|texto\s+original|versi[óo]n\s+original|vers[ãa]o\s+original|testo\s+originale|versione\s+originale|mostra\s+l['’]originale)$/iu,
  // Russian and Ukrainian: Оригинал, Оригинальный текст, Исходный текст, Текст оригинала, Показать оригинал, Оригінал.
  /^(?:показать\s+)?(?:оригинал|оригінал|оригинальный\s+текст|исходный\s+текст|текст\s+оригинала|оригінальний\s+текст)$/iu,
];

/** Does a summary's text name the block the original text? A language in brackets and a closing colon are left out first. */
export function namesOriginal(summary: string | undefined): boolean {
  if (summary === undefined) return false;
  const label = summary
    .replace(/[(（]\s*(?:in\s+)?[\p{L}\s]{1,20}[)）]/gu, ' ')
    .replace(/[:：.…]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return label !== '' && originalLabels.some((pattern) => pattern.test(label));
}

/** The block's text after its first summary. */
function afterSummary(block: string): string {
  const end = block.search(/<\/summary>/iu);
  return end === -1 ? block : block.slice(end + '</summary>'.length);
}

/** The text of the block's first `<summary>`, tags and emphasis marks left out. */
function summaryOf(block: string): string | undefined {
  const match = /<summary\b[^>]*>([\s\S]{0,200}?)<\/summary>/iu.exec(block);
  return match ? match[1]!.replace(/<[^<>]*>/gu, '').replace(/[*_`]/gu, '').trim() : undefined;
}

/**
 * Each outermost `<details>…</details>` pair written in the page's prose (not a tag shown in a fenced code
 * sample or a code span), opening tag to closing tag inclusive; one never closed is no block.
 */
function detailsBlocks(source: string): Array<[number, number]> {
  const lines = source.split('\n');
  const prose = proseLines(source, lines);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const blocks: Array<[number, number]> = [];
  const open: number[] = [];
  // A tag's attributes end at the next `<`: a `<details` never closed by `>` is not searched for to the page's end (quadratic).
  const tag = /<(\/?)details\b[^<>]*>/giu;
  // A tag named in a code span (`` the `<details>` element ``) is text, not a tag: the spans are blanked, offsets kept.
  const masked = lines.map(blankCodeSpans).join('\n');
  let line = 0;
  for (let match = tag.exec(masked); match; match = tag.exec(masked)) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= match.index) line++;
    if (!prose[line]) continue;
    if (match[1] === '') {
      open.push(match.index);
    } else if (open.length > 0) {
      const start = open.pop()!;
      if (open.length === 0) blocks.push([start, match.index + match[0].length]);
    }
  }
  return blocks;
}

/** The page's text outside the blocks, as plain text. */
function textOutside(source: string, blocks: ReadonlyArray<readonly [number, number]>): string {
  let text = '';
  let from = 0;
  for (const [start, end] of blocks) {
    text += source.slice(from, start) + '\n';
    from = end;
  }
  return plainText(text + source.slice(from));
}

/** Text without fenced code, front matter, HTML tags, inline code and link targets: what a reader reads as words. */
function plainText(text: string): string {
  const lines = text.split('\n');
  const prose = proseLines(text, lines);
  return lines
    .filter((_, i) => prose[i])
    .join('\n')
    .replace(/<[^<>]*>/gu, ' ')
    .replace(/`[^`\n]*`/gu, ' ')
    .replace(/\]\([^()\s]*\)/gu, ']');
}

interface Reading {
  /** Letters of a script other than Latin, and all letters. */
  otherScript: number;
  letters: number;
  /** Latin words, and how many of them are English function words (`the`, `and`, `of`). */
  words: number;
  english: number;
}

/** No English function word is longer (`where`, `their`): a longer word need not be looked up. */
const longestFunctionWord = Math.max(...[...englishFunctionWords].map((word) => word.length));

function reading(text: string): Reading {
  // Counted by what the engine strips, not a test per character.
  const onlyLetters = text.replace(/[^\p{L}]+/gu, '');
  // In UTF-16 units: a letter beyond the BMP counts twice, which a share of one in twenty does not notice.
  const letters = onlyLetters.length;
  const otherScript = onlyLetters.replace(/\p{Script=Latin}+/gu, '').length;
  let words = 0;
  let english = 0;
  const word = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)?/gu;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    words++;
    if (match[0].length <= longestFunctionWord && englishFunctionWords.has(match[0].toLowerCase())) english++;
  }
  return {otherScript, letters, words, english};
}

/** Written in another script: one letter in twenty or more is not Latin (a Japanese or Chinese page dense with English terms has more). */
function otherScriptText({otherScript, letters}: Reading): boolean {
  return otherScript * 20 >= letters;
}

/** Judged words a Latin-script reading needs before it says English or not. */
const judgedWords = 30;

/** Latin-script prose, as English (one word in eight or more a function word), other (fewer than one in twenty-five), or undecided. */
function latinReading({words, english}: Reading): 'english' | 'other' | undefined {
  if (words < judgedWords) return undefined;
  if (english * 8 >= words) return 'english';
  if (english * 25 < words) return 'other';
  return undefined;
}

/** Are the block and the page around it in different languages: of different scripts, or Latin prose of which only one reads as English? */
function otherLanguage(block: Reading, page: Reading): boolean {
  if (block.letters === 0 || page.letters === 0) return false;
  const blockOther = otherScriptText(block);
  if (blockOther !== otherScriptText(page)) return true;
  if (blockOther) return false;
  const [a, b] = [latinReading(block), latinReading(page)];
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * The line with its code spans blanked (same length): a run of backticks opens one, the next run of the same length
 * closes it (CommonMark); one never closed is literal. Each run is read once: the runs of each length are queued.
 */
const backtick = 96;

function blankCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  // The backtick runs, read with charCodeAt: no match object for each (a line of thousands of them stays cheap).
  const runs: Array<{start: number; length: number}> = [];
  for (let at = line.indexOf('`'); at !== -1; ) {
    let end = at + 1;
    while (line.charCodeAt(end) === backtick) end++;
    runs.push({start: at, length: end - at});
    at = line.indexOf('`', end);
  }
  // For each length, the runs of that length in order, and how far each queue has been read.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const queue = byLength.get(run.length);
    if (queue) queue.push(i);
    else byLength.set(run.length, [i]);
  });
  const read = new Map<number, number>();
  const pieces: string[] = [];
  let kept = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.start < kept) continue;
    const queue = byLength.get(run.length)!;
    let next = read.get(run.length) ?? 0;
    while (next < queue.length && queue[next]! <= i) next++;
    read.set(run.length, next + 1);
    const close = queue[next];
    if (close === undefined) continue;
    const end = runs[close]!.start + run.length;
    pieces.push(line.slice(kept, run.start), ' '.repeat(end - run.start));
    kept = end;
  }
  pieces.push(line.slice(kept));
  return pieces.join('');
}
