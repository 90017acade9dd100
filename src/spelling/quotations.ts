import type {Blockquote, ListItem, Nodes, Parents, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';
import {walk} from '../walk.js';
import {forgeItemKind, isForgeUrl} from './forge-urls.js';
import {dashLine, htmlBlockquotes, htmlQuoteSigned, quoteTailEnd, type HtmlQuote} from './html-quotes.js';
import {signedForewords} from './forewords.js';
import {referenceEntries} from './reference-entries.js';
import {transcripts} from './transcripts.js';
import {introducesDocumentText} from './quoted-documents.js';

/**
 * Where a page gives others' words rather than its own: text a reader knows is quoted from
 * somewhere else, written as its source wrote it. Names in it (`Minio` in a 2017 article's title,
 * `django` in a quoted tweet) are the source's, not the site's, and a careful editor does not
 * "correct" them. The site's own words stay its prose: a note in a blockquote with no source named
 * (`> **Note:** …`, `> [!TIP]`), the titles of its own pages, a single word in quotes.
 */

/** Source ranges `[start, end)`, sorted by start; a linked title's range carries its link's host. */
export type Ranges = Array<[number, number, string?]>;

/** Nodes with text of their own: where quotation marks open and close. */
const textBlockTypes = ['paragraph', 'heading', 'tableCell'] as const;
const textBlocks = new Set<string>(textBlockTypes);

/** Inline nodes whose quotation marks are not the prose's (`<a href="…">`, `` `"x"` ``). */
const notProse = new Set(['inlineCode', 'html', 'inlineMath', 'mdxTextExpression']);

/** Opening quotation mark → closing one. Straight single quotes are apostrophes too often to pair. */
const pairs: Record<string, string> = {'"': '"', '\u201C': '\u201D', '\u00AB': '\u00BB', '\u201E': '\u201C'};

/** Two characters of a script written without spaces between words (Han, kana): more than one word. */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;

/** A quotation longer than this is no quotation but quotation marks that never closed. */
const longestQuotation = 600;

/**
 * Quotations of two words or more (in Chinese or Japanese, two characters of their scripts: no
 * spaces part their words) inside one paragraph, heading or table cell that open with a
 * capital, a handle, a number or a character of those scripts (`Like "@mt is a django rockstar, …"`, `the headline “Why Github
 * Fell Over”`): a quoted sentence or title. A single word in quotes, or a lower-case phrase (`"how
 * to setup jekyll"`), is a mention the writer makes, and not counted here.
 */
function quotations(block: Parents, source: string, out: Ranges, attributedOnly = false): void {
  const start = block.position?.start.offset;
  const end = block.position?.end.offset;
  if (start === undefined || end === undefined) return;
  let text = source.slice(start, end);
  if (!/["\u201C\u00AB\u201E]/.test(text)) return;
  // Quotation marks in code or in tags are not the prose's: blank those spans first.
  walk(block, (node) => {
    if (!notProse.has(node.type)) return;
    const from = (node.position?.start.offset ?? start) - start;
    const to = (node.position?.end.offset ?? start) - start;
    if (to > from) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    return false;
  });
  for (let at = 0; at < text.length; at++) {
    const close = pairs[text[at]!];
    // An opening mark stands before a word, after a space, a bracket or the block's start (`5"` is inches).
    // After `=` it is an attribute's value (`alt="…"` in markup read as text), not a quotation.
    if (close === undefined || (at > 0 && /[\p{L}\p{N}=]/u.test(text[at - 1]!))) continue;
    const to = text.indexOf(close, at + 1);
    if (to === -1 || to - at > longestQuotation) continue;
    const inner = text.slice(at + 1, to).replace(/^[\s*_]+/, '');
    // Two words or more: a space between them, or (in Chinese and Japanese, written without spaces) two characters of those scripts.
    const words = (/[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(inner.trim()) && /\s/.test(inner.trim())) || unspacedScript.test(inner);
    // Put in someone's mouth (`he said: _"...from a seperate repo..."_`): their words, however they open.
    // For spelling, only an excerpt marked as one (`_"…"_`, opening or closing with an ellipsis): a plain
    // `he said: "…"` may be the writer's paraphrase, and its typos the writer's.
    const spoken = words && saidBefore(text.slice(Math.max(0, at - 80), at)) && (!attributedOnly || markedExcerpt(text, at, to));
    // A quoted sentence or title opens with a capital (or a handle, a number); a lower-case phrase in
    // quotes is the writer's own mention (`I'll not blog about "how to setup jekyll"`), checked.
    // Han and kana have no capitals: a quotation in them opens with any of their characters.
    if (spoken || (!attributedOnly && /^[\p{Lu}\p{N}@#\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(inner) && words)) out.push([start + at + 1, start + to]);
    at = to;
  }
}

/**
 * The text before a quotation mark names who speaks and sets the quotation apart as theirs (`he
 * said:`, `Ana wrote,`, `according to the README,`), emphasis marks and spaces aside: what follows
 * is that person's words. The verb needs its colon or comma (`He said "…"` runs on as the writer's
 * sentence), and the speaker is someone else: `I said: "…"`, `we wrote, "…"` are the writer's own.
 * (quoted-records.ts's `searchedFor` is another reading on purpose: there the quotation is the object
 * of a search verb, with no colon, and a first-person searcher's query is still a record as typed.)
 */
function saidBefore(before: string): boolean {
  const lead = before.replace(/[\s*_]+$/, '');
  const verb = /\b(?:said|wrote|tweeted|replied|answered|asked|exclaimed|says|writes|puts it|put it|explains|explained|argues|argued|notes|noted|comments|commented|adds|added|claims|claimed|states|stated|declares|declared)\s*[:,]$/i.exec(lead) ?? /\baccording to [^"\u201C:;.]{1,60}\s*[:,]$/i.exec(lead);
  if (!verb) return false;
  // The speaker: the word before the verb (`I said:`, `we then wrote,`), the writer when first person.
  return !firstPersonBefore(lead.slice(0, verb.index));
}

/**
 * A quotation marked as an excerpt: set in emphasis around its marks (`_"…"_`), or opening or
 * closing with an ellipsis (`"...powered by a JSON file…"`), the sign of words cut from a longer text.
 */
function markedExcerpt(text: string, open: number, close: number): boolean {
  const inner = text.slice(open + 1, close).trim();
  return (/[*_]$/.test(text.slice(0, open)) && /^[*_]/.test(text.slice(close + 1))) || /^(?:\.\.\.|\u2026)|(?:\.\.\.|\u2026)[.!?]?$/.test(inner.replace(/^[*_]+|[*_]+$/g, ''));
}

/**
 * A blockquote that names its source: an attribution line inside it (`> — Ana, in The Register`),
 * a last paragraph that says where it was found (`> [via the forum](https://…)`), a `<cite>` (or an
 * HTML `<blockquote cite="…">`), the paragraph right after it opening with a dash (`&ndash; <a
 * href="…">Wikipedia</a>`) or saying where it was found (`[via Slack](https://…)`), or the
 * paragraph before it that introduces it as someone's words (below) or links to the project the
 * blockquote opens by naming (blurbOfLinked). Without one, a blockquote is the site's own words set
 * apart (a note, a tip, a summary). `first` and `last` are the quote's indexes in `parent` (an HTML
 * blockquote may span several HTML blocks); `element`, an HTML blockquote's own range, is judged by
 * its markup too (html-quotes.ts: a post's embed code, a byline, a `<figcaption>`).
 */
function attributed(quote: Nodes[], parent: Parents | undefined, first: number, last: number, source: string, element?: HtmlQuote): boolean {
  const end = quote.at(-1);
  if (end?.type === 'blockquote' && end.children.at(-1)?.type === 'paragraph') {
    const lastParagraph = end.children.at(-1) as Parents;
    const lastStart = lastParagraph.position?.start.offset;
    const lastEnd = lastParagraph.position?.end.offset;
    // The last line of the last paragraph, or the whole paragraph when it opens with the dash.
    if (lastStart !== undefined && lastEnd !== undefined && dashLine(source.slice(lastStart, lastEnd))) return true;
    if (end.children.length > 1 && !gfmAlert(end) && sourceLine(lastParagraph)) return true;
    if (end.children.length === 1 && quoteThenSource(lastParagraph)) return true;
  }
  if (end?.type === 'html' && dashLine(end.value.replace(/<[^>]*>/g, '').trimEnd())) return true;
  if (element) {
    const blocksEnd = end?.position?.end.offset ?? element.to;
    if (htmlQuoteSigned(source.slice(element.from, element.to), source.slice(element.to, blocksEnd))) return true;
  }
  let cites = false;
  for (const node of quote) {
    walk(node, (inner) => {
      if (inner.type === 'html' && (/<cite\b/i.test(inner.value) || /<blockquote\b[^>]*\scite\s*=/i.test(inner.value))) cites = true;
    });
  }
  if (cites || !parent) return cites;
  const after = parent.children[last + 1];
  if (after?.type === 'paragraph' && (/^(?:\u2014|\u2013|\u2015|--)[ \t]*\S/.test(toString(after)) || (!(end?.type === 'blockquote' && gfmAlert(end)) && sourceLine(after)) || creditsAfter(after))) return true;
  const before = parent.children[first - 1];
  return before?.type === 'paragraph' && (introducesQuote(before) || blurbOfLinked(before, end));
}

/**
 * A GitHub alert (`> [!TIP]`, `> [!NOTE]` …): the site's own callout, rendered as one, never a
 * quotation; a line naming where its advice comes from (`> Source: [the docs](https://…)`) cites, and
 * the callout is still the writer's.
 */
function gfmAlert(quote: Blockquote): boolean {
  const opening = quote.children[0];
  return opening?.type === 'paragraph' && /^\[!(?:note|tip|important|warning|caution)\]/i.test(toString(opening));
}

/** Words of the longest line that only says where a quote was found. */
const longestSourceLine = 6;

/**
 * A short line that says where the quote before it (or around it) was found, linking there: `[via
 * Slack](https://…)`, `via [the mailing list](https://…)`, `(source: [a reader's email](https://…))`,
 * `h/t [Ana](https://…)`. A sentence that opens with `Via` (`Via the dashboard you can also …`)
 * runs longer, and a line with no link out names no place.
 */
function sourceLine(paragraph: Parents): boolean {
  const text = toString(paragraph).trim();
  if (!/^[([]?(?:via\s|source\s*:|from\s*:|h\/t\s)/i.test(text) || text.split(/\s+/).length > longestSourceLine) return false;
  let links = false;
  walk(paragraph, (node) => {
    if ((node.type === 'link' && external(node.url)) || (node.type === 'html' && /<a\s[^>]*href\s*=\s*["']?https?:/i.test(node.value))) links = true;
  });
  return links;
}

/**
 * A blockquote's one paragraph that is a quotation in marks followed by who said it and where, linking
 * there (`> "odin works using code generation; …" Ana Gómez, [odin README](https://…).`): the quoted
 * words are the source's, whatever case they open with (a lower-case package name, as its owner
 * writes it). The credit after the closing mark is short (six words or fewer), opens with a capital
 * or a dash, and holds a link to another site; a paragraph with words of the writer's after the
 * quotation, or no link out, is the writer's own.
 */
function quoteThenSource(paragraph: Parents): boolean {
  const text = toString(paragraph).trim();
  if (!/^["\u201C]/.test(text)) return false;
  const close = Math.max(text.lastIndexOf('"'), text.lastIndexOf('\u201D'));
  if (close <= 0) return false;
  const credit = text.slice(close + 1).trim();
  if (!/^(?:[-\u2014\u2013][ \t]*)?\p{Lu}/u.test(credit) || credit.split(/\s+/).length > longestSourceLine) return false;
  // The closing mark where the source has it, in the last text holding one (walk order is source order): the text's index leaves out the markup
  // before it (a link's address), and a mark in a link's title is no closing mark.
  let quoteEnd: number | undefined;
  walk(paragraph, (node) => {
    if (node.type !== 'text') return;
    const at = Math.max(node.value.lastIndexOf('"'), node.value.lastIndexOf('\u201D'));
    const offset = node.position?.start.offset;
    if (at >= 0 && offset !== undefined) quoteEnd = offset + at;
  });
  if (quoteEnd === undefined) return false;
  let links = false;
  walk(paragraph, (node) => {
    if (node.type === 'link' && external(node.url) && (node.position?.start.offset ?? 0) > quoteEnd!) links = true;
  });
  return links;
}

/** A name's letters and digits in lower case: `check_wmi_plus` and `Check WMI Plus` are one name. */
function nameKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The blockquote opens with the name of the project the paragraph before it links to on another
 * site (`The most popular plugin is [check_wmi_plus](https://…).` over `> Check WMI Plus uses …`):
 * the project's own description, quoted from its page. A blockquote that opens otherwise (`> Note: …`,
 * `> I use it daily`), or speaks as the writer (`> Hugo is the fastest tool I know`), is the writer's own.
 */
function blurbOfLinked(before: Parents, quote: Nodes | undefined): boolean {
  if (quote?.type !== 'blockquote') return false;
  const names: string[] = [];
  walk(before, (node) => {
    if (node.type === 'link' && external(node.url)) {
      const key = nameKey(toString(node));
      if (key.length >= 4) names.push(key);
    }
  });
  if (names.length === 0) return false;
  const text = toString(quote);
  // A project describes itself in the third person or as "we"; `I`, `my`, `me` are the writer speaking
  // (`I use [Hugo](…)` over `> Hugo is the fastest tool I know`): the writer's own words.
  if (/(?:^|[^\p{L}'\u2019])(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|me)(?![\p{L}'\u2019])/u.test(text)) return false;
  const words = text.trimStart().split(/\s+/, 5);
  for (let count = 1; count <= words.length; count++) {
    if (names.includes(nameKey(words.slice(0, count).join(' ')))) return true;
  }
  return false;
}

/**
 * The paragraph right after a blockquote that credits it: it opens with the author's handle (`@ana`,
 * `[@ana](…)`), a verb of writing or saying follows (`@ana made a great summary … in this
 * [comment](https://…)`, `@ana wrote this in [the issue](https://…)`), a word points back at the
 * quote (this, these, that, above, here), and it links to the source on another site. A paragraph
 * that goes on about a handle without linking out names no source.
 */
function creditsAfter(paragraph: Parents): boolean {
  const text = toString(paragraph);
  if (!/^@[\w.-]+[ \t]+(?:\p{Ll}+[ \t]+)?(?:made|wrote|writes|said|says|posted|shared|summed|summarized|summarised|explained|described|commented|replied|answered)\b/u.test(text)) return false;
  // It points back at the quoted words (`in this [comment]`, `the above`, `here`): `@ana wrote the
  // [migration guide](…)` credits something else, and the blockquote before it is the writer's own.
  if (!/\b(?:this|these|that|above|here)\b/i.test(text)) return false;
  // The source: a link out other than the handle's own (`[@ana](https://forge/ana)` names the author, not the piece).
  let links = false;
  walk(paragraph, (node) => {
    if (node.type === 'link' && external(node.url) && !toString(node).startsWith('@')) links = true;
  });
  return links;
}

/**
 * A blockquote that gathers several quotations, each closed by its own attribution line (`> …` then
 * `> -- Greg Snow`, then the next quotation and `> -- Ana Gómez`: a page of quotes): the paragraphs
 * up to each attribution, from the one after the attribution before, are that speaker's words. What
 * follows the last attribution names no one, and stays the site's own.
 */
function attributedRuns(quote: Parents, source: string, out: Ranges): void {
  let from: number | undefined;
  for (const child of quote.children as Nodes[]) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    from ??= start;
    if (child.type === 'paragraph' && dashLine(source.slice(start, end))) {
      out.push([from, end]);
      from = undefined;
    }
  }
}

/**
 * A paragraph that introduces the blockquote after it as someone else's words: its last sentence
 * names who speaks with a verb of saying and a colon (`In it, he refers back to the post where he
 * says:`; `Paul explains later in the same thread:`, where or when between them), or names the quoted piece (`But it was the sentence in this later post that got me
 * thinking:`); it puts a question to someone, the blockquote being the answer (`Also I asked him
 * "Is any part of it based on known techniques?"`); or it ends with a colon and links to the source
 * (`As [the report](https://…) put it:`, `Some random <a href="https://…">reader</a> (in Swedish):`).
 * `Note:` or `For example:` names no speaker and introduces the site's own words.
 */
function introducesQuote(before: Parents): boolean {
  const text = toString(before).trimEnd();
  // The last sentence opens after the last `.`, `!` or `?` (found from the end: a search from each
  // character to the next one is quadratic in a long paragraph), its leading space aside.
  // Chinese and Japanese sentences end with their full-width marks (。！？).
  let opens = Math.max(text.lastIndexOf('.'), text.lastIndexOf('!'), text.lastIndexOf('?'), text.lastIndexOf('\u3002'), text.lastIndexOf('\uFF01'), text.lastIndexOf('\uFF1F')) + 1;
  while (opens < text.length && /\s/.test(text[opens]!)) opens++;
  if (text.length - opens <= 160) {
    const lastSentence = text.slice(opens);
    if (spokenBySomeoneElse(lastSentence) || introducesSpeechWhere(lastSentence) || (namesQuotedPiece.test(lastSentence) && othersPiece(lastSentence, before)) || excerptIntroduced(lastSentence) || introducesDocumentText(lastSentence)) return true;
  }
  const asked = asksSomeone.exec(text);
  if (asked && someoneElse.test(asked[1]!) && !/\b(?:myself|ourselves|me|us)\b/i.test(asked[1]!)) return true;
  // The full-width colon (`：`) is the colon of Chinese and Japanese prose: `一位用户的[这条消息](https://…)：`.
  if (!/[:\uFF1A]\s*$/u.test(text)) return false;
  let links = false;
  walk(before, (node) => {
    if ((node.type === 'link' && external(node.url)) || (node.type === 'html' && /<a\s[^>]*href\s*=\s*["']?https?:/i.test(node.value))) links = true;
  });
  return links;
}

/**
 * More verbs that hand the words after them to a speaker (`Ana points out:`, `as he mentioned:`, `She
 * adds:`, `The report concludes:`): what a writer uses to introduce a quotation besides `says` and
 * `writes`. A line may break inside the phrase (`Ana` then `points out:`).
 */
const moreSayingVerbs = String.raw`points\s+out|pointed\s+out|mentions|mentioned|remarks|remarked|adds|added|concludes|concluded`;

/**
 * A sentence that ends with a verb of saying and a colon (`He writes:`, `As the author put it:`,
 * `Ana said:`), or of asking (`Tim asks:`, `A reader wondered:`: the question a reader sent in, which
 * the post then answers): the blockquote after it is what someone said.
 */
const introducesSpeech = new RegExp(String.raw`\b(?:writes|wrote|says|said|puts it|put it|explains|explained|argues|argued|notes|noted|tweeted|replied|answered|responded|comments|commented|observes|observed|recalls|recalled|suggests|suggested|asks|asked|wonders|wondered|inquires|inquired|enquires|enquired|${moreSayingVerbs})\s*:\s*$`, 'i');

/**
 * A sentence that says someone sent or put the words to the writer (`Ana sent me this a few weeks
 * ago:`, `A reader emailed us last week:`, `Paul asked me on the forum:`): a verb of sending, writing
 * or asking with `me` or `us` after it, and a few words before the colon. The sender is the words
 * before the verb (`I sent us this:` is no one else).
 */
const addressedToWriter = /\b(?:sent|emailed|e-mailed|mailed|messaged|wrote|asked|forwarded)\s+(?:me|us)\b([^:.!?]{0,40}):\s*$/i;

/**
 * After `sent me`, `asked us`: a request the writer then answers (`My editor asked me to sum it up:`),
 * or the writer's own reply announced (`A reader emailed me a question, and here is my answer:`): the
 * words after the colon are the writer's.
 */
const writerAnswers = /(?:^|[^\p{L}])(?:to|I|my|our|we|here)(?![\p{L}'\u2019])/iu;

/**
 * A sentence that announces what someone said, with words after the verb (`Here's what the assistant
 * had to say on the matter:`, `This is what the maintainers wrote about it:`): group 1 is who speaks.
 */
const whatSomeoneSaid = /\bwhat\s+(\S[^:]{0,40}?)\s+(?:(?:had|has|have)\s+to\s+say|say|says|said|wrote|writes|answered|replied|suggested)\b[^:.!?]{0,40}:\s*$/iu;

/**
 * The sentence introduces what someone else says (introducesSpeech, whatSomeoneSaid): the speaker,
 * the words right before the verb (an adverb between: `Ana cheerfully suggested:`), is not the
 * writer (`I wrote:`, `we then suggested:`, `what I had to say:` introduce the writer's own words).
 */
function spokenBySomeoneElse(sentence: string): boolean {
  const addressed = addressedToWriter.exec(sentence);
  const verb = introducesSpeech.exec(sentence) ?? (addressed && !writerAnswers.test(addressed[1]!) ? addressed : null);
  // `You might have asked:`: the writer's own question, put in the reader's mouth.
  if (verb && /^(?:asked|asks|wonder)/i.test(verb[0]) && /\byou(?:\s+\p{Ll}+){0,2}\s+$/iu.test(sentence.slice(0, verb.index))) return false;
  // `As mentioned:`, `As pointed out:`, or passive (`It should be mentioned:`, `Two things were added:`):
  // no one named as the one who says it, the writer's own aside.
  if (verb && new RegExp(String.raw`^(?:${moreSayingVerbs})`, 'i').test(verb[0].replace(/^\W+/, '')) && noSpeakerBefore.test(sentence.slice(0, verb.index))) return false;
  if (verb) return !firstPersonBefore(sentence.slice(0, verb.index));
  const what = whatSomeoneSaid.exec(sentence);
  return what !== null && !/^you$/i.test(what[1]!.trim()) && !firstPersonSubject.test(what[1]!);
}

/** Nothing before the verb but `as`, or a form of `be` (an adverb after it): the verb names no speaker. */
const noSpeakerBefore = /^\s*(?:as\s+)?$|\b(?:is|are|was|were|be|been|being)(?:\s+\p{Ll}+ly)?\s+$/iu;

/** `I` or `we` as a word of a speaker's words, contracted too (`what I personally had to say`, `what my team and I wrote`, `what we've said`). */
const firstPersonSubject = /(?:^|[^\p{L}])(?:I|[Ww]e)(?:['\u2019]\p{Ll}+)?(?!\p{L})/u;

/**
 * The words before a verb of saying end with its first-person subject: `I said`, `we then wrote`
 * (an adverb between), contracted or with an auxiliary (`As I've said:`, `As we have already
 * explained:`, `As I'd argued:`). `I think he said:` names another speaker.
 */
function firstPersonBefore(lead: string): boolean {
  return /(?:^|[^\p{L}])(?:I|we|We)(?:['\u2019](?:ve|d|ll)|\s+(?:have|had|will|would|should|must|can|could|might|may))?(?:\s+\p{Ll}+)?\s+$/u.test(lead);
}

/**
 * The same verb with where or when it was said between it and the colon (`Paul explains later in the
 * same thread:`, `she wrote on her blog:`): a time word, then a phrase that opens with a preposition.
 * Not in the first person (`as I wrote in my last post:` quotes the writer, whose words are read).
 */
const introducesSpeechPlace = /\b(?:writes|wrote|says|said|explains|explained|argues|argued|notes|noted|tweeted|replied|answered|responded|comments|commented|observes|observed|recalls|recalled)(?:\s+(?:later|earlier|once|again|then|also|elsewhere))?\s+(?:in|on|at|from|during|to|under)\s[^:.!?]{1,60}:\s*$/i;

function introducesSpeechWhere(sentence: string): boolean {
  return introducesSpeechPlace.test(sentence) && !/\b(?:I|we|my|our|me|us)\b/i.test(sentence);
}

/** A sentence that names the piece it quotes and ends with a colon (`the sentence in this post that got me thinking:`). */
const namesQuotedPiece = /\b(?:sentence|sentences|passage|quote|quotation|excerpt|tweet)\b[^:]*:\s*$/i;

/**
 * The same in Chinese or Japanese prose: a sentence ending with a colon that says the words after it
 * are excerpted or quoted from elsewhere (摘录, 摘自, 引用, 引自, 节选, 转引; Japanese 引用, 抜粋:
 * `以下引用官方文档的介绍：`, `下面摘录一段来自官网的介绍：`). Not the writer's own piece (`我的`,
 * `我们的`, `自己的`, `我写`, `私の`, `僕の`, this piece itself, `本文`, `笔者`, `この記事`: `下面摘录我的旧文章：`,
 * `下面摘录本文的要点：` quote the writer, whose words are read).
 */
const cjkExcerpt = /(?:摘录|摘錄|摘自|引用|引自|节选|節選|转引|轉引|抜粋)[^。！？]*[:\uFF1A]\s*$/u;
const cjkOwnPiece = /我的|我们的|我們的|自己的|我写|我寫|私の|僕の|本文|本篇|笔者|筆者|この記事|本記事/u;

function excerptIntroduced(sentence: string): boolean {
  return cjkExcerpt.test(sentence) && !cjkOwnPiece.test(sentence);
}

/**
 * A piece named as someone else's: a third party's (`his`, `her`, `their`), a post or work other
 * than the writer's (`in this later post`), or a link in the paragraph; not one the writer wrote
 * (`the passage I wrote for the manual:`, `let me rewrite the sentence:`).
 */
function othersPiece(sentence: string, paragraph: Parents): boolean {
  if (/\b(?:I|we|my|our|let me|let us|let's)\b/i.test(sentence)) return false;
  if (/\b(?:his|her|their)\b|\b(?:in|from) (?:this|that|the|a|an) (?:later |earlier |other |recent )?(?:post|article|essay|book|talk|paper|interview|thread|tweet)\b/i.test(sentence)) return true;
  let links = false;
  walk(paragraph, (node) => {
    if ((node.type === 'link' && external(node.url)) || (node.type === 'html' && /<a\s[^>]*href\s*=\s*["']?https?:/i.test(node.value))) links = true;
  });
  return links;
}

/** A paragraph that asks someone a question in quotation marks and ends with it (`I asked him "Is it …?"`); group 1 is who is asked. */
const asksSomeone = /\basked\b([^"\u201C]{0,60})["\u201C][^"\u201D]{1,400}\?["\u201D]\s*$/i;

/** Who is asked is someone else: `him`, `her`, `them`, a name, `the author` (not `myself`). */
const someoneElse = /\b(?:him|her|them|the\s+\p{L}+|\p{Lu}\p{L}+)\b/u;

/** A link to another site: the work it names is someone else's. */
function external(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * A link into a source forge names a project or a folder of one (`[Openstack Swift Repository
 * Plugin](https://github.com/…)`, the site's own examples): a label the writer gives software, not
 * the title of someone's article or talk. Its words stay the site's prose (forge-urls' isForgeUrl).
 */

/**
 * A link to an issue, a pull or merge request, a commit or a discussion on a source forge, whose
 * text is that item's title as its author wrote it (`[[aarch64] Enable the interpreter on linux as
 * well](https://github.com/…/commit/8c4e…)`, `[JIT: modify box expansions for fast jitting](…/pull/13188)`):
 * a title quoted, three words or more, opening as titles do (a capital, a digit, a `[tag]`, an
 * `area:` prefix). A link the writer words (`[this issue](…)`, `[see the fix](…)`, `[#123](…)`), and a
 * link to a project or a file on the forge, stays the site's prose.
 */
function forgeItemTitle(node: Nodes, parent: Parents | undefined, source: string): boolean {
  if (node.type !== 'link' || forgeItemKind(node.url) === undefined) return false;
  // A title the writer put in quotation marks (`['[aarch64] Enable …'](…)`) opens after them.
  const text = toString(node).trim().replace(/^['"\u2018\u201C]+/, '');
  if (text.split(/\s+/).length < 3 || writersPointer.test(text) || carriesOn(node, parent, source)) return false;
  return /^(?:[\p{Lu}\p{N}[]|[\w./-]+(?:\([^)]*\))?!?:\s)/u.test(text);
}


/**
 * Link text that points rather than quotes, or that the writer speaks in the first or second
 * person (`[I replaced vim with neovim](…/commit/…)`, `[We fixed the crash](…/pull/12)`): the
 * writer's own words about the item.
 */
const writersPointer = /^(?:this|that|these|those|here|see|my|our|his|her|their|i(?=['\u2019\s])|we|you|your)\b/i;

/**
 * The writer's sentence carries on after the link in the same paragraph (`[I replaced vim with
 * neovim](…), and have never looked back`, `[We fixed the crash](…) in the parser`): a comma, a
 * semicolon or a lower-case word follows, so the link text is a piece of the writer's sentence,
 * not a title set in it.
 */
function carriesOn(node: Nodes, parent: Parents | undefined, source: string): boolean {
  const end = node.position?.end.offset;
  const stop = parent?.type === 'paragraph' ? parent.position?.end.offset : undefined;
  if (end === undefined || stop === undefined) return false;
  return /^(?:[ \t]*[,;]|[ \t]+\p{Ll})/u.test(source.slice(end, Math.min(stop, end + 40)));
}

/** Words a Title Case title may leave in lower case. */
const minorWords = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'per', 'than', 'is', 'are', 'be', 'it', 'its', 'your', 'my', 'our', 'their', 'this', 'that', 'more', 'and/or']);

/**
 * Text written in Title Case: four words or more outside the minor ones (`the`, `of`, `with`),
 * every one of them starting with a capital or a digit (`Understanding the Limitations of
 * Vector-Based Retrieval for Building LLM-powered Chatbot`). A heading or a title, not a sentence.
 */
function titleCase(text: string, fewest = 4): boolean {
  let major = 0;
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word.length === 0 || minorWords.has(word.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return false;
    major++;
  }
  return major >= fewest;
}

/** Words of the shortest title of a work in a list of links: shorter link text is a label (`WAVE for FireFox`). */
const shortestListedTitle = 5;

/**
 * The text of a link to another site that is the title of the work it links to: link text in
 * Title Case (`Anshu's article [Understanding … Chatbot](https://medium.com/…)`), or the link that
 * opens an item of a list of links (a press list, talks, featured tutorials: `- [Get storage for
 * your functions with Minio](https://blog.example/…) _2017_`), of five words or more. A link to
 * the site's own page carries the site's own title, and stays its prose; so does a link into a
 * source forge (below).
 */
function workTitle(node: Nodes, url: string | undefined, parent: Parents | undefined, grandparent: Parents | undefined, greatGrandparent: Parents | undefined): boolean {
  if (url === undefined || !external(url) || isForgeUrl(url)) return false;
  const text = toString(node);
  const words = text.trim().split(/\s+/).length;
  if (words < 3) return false;
  if (titleCase(text)) return true;
  // In a table of links to others' work (a reading list: title, then the site's description), a
  // Title Case link that opens its row is the work's title: `[Using Acme with Sketchbook](https://…)`.
  if (parent?.type === 'tableCell' && parent.children[0] === node && grandparent?.type === 'tableRow' && grandparent.children[0] === parent && greatGrandparent?.type === 'table' && linkTable(greatGrandparent) && titleCase(text, 3)) return true;
  // A short label in a list of links (`[HeadingsMap for FireFox](https://addons…)`) is the writer's; a work's title runs longer.
  return words >= shortestListedTitle && parent?.type === 'paragraph' && parent.children[0] === node && grandparent?.type === 'listItem' && (grandparent as ListItem).children[0] === parent;
}

/**
 * The address a link goes to: its own, or, for a reference (`[OpenAcme Sync Plugin]` with
 * `[OpenAcme Sync Plugin]: https://plugins.example/…` below), its definition's, as CommonMark
 * resolves it (the first definition of a label wins; the parser matches labels by their
 * normalized identifier).
 */
function linkUrl(node: Nodes, definitions: ReadonlyMap<string, string>): string | undefined {
  if (node.type === 'link') return node.url;
  if (node.type === 'linkReference') return definitions.get(node.identifier);
  return undefined;
}

/** The page's link reference definitions, label identifier → address (the first of a label wins). */
function linkDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  return definitions;
}

/** Rows of a table of links to others' work, the header aside: most first cells open with a link to another site. */
const fewestLinkRows = 3;

/** A table whose first column lists others' work: three rows or more, two thirds of them opening with a link to another site. */
function linkTable(table: Parents): boolean {
  const rows = table.children.slice(1) as Parents[];
  const linked = rows.filter((row) => {
    const first = (row.children[0] as Parents | undefined)?.children[0];
    return first?.type === 'link' && external(first.url) && !isForgeUrl(first.url);
  });
  return linked.length >= fewestLinkRows && linked.length * 3 >= rows.length * 2;
}

/**
 * Source ranges of others' words in a page: multi-word quotations, blockquotes that name their
 * source, titles of others' work given as link text, the lines of a chat log (transcripts.ts), the entries of a
 * references list (reference-entries.ts) and a foreword its
 * writer signed (forewords.ts). Sorted by start. Without `quotations`,
 * the quotations in quotation marks are left out; with `'attributed'`, only those a verb of saying
 * puts in someone's mouth are kept (spelling: a quoted sentence may be the site's own label or
 * message, whose typo is the site's to fix; `he said: "…"` is his).
 */
export function othersWords(tree: Root, source: string, {quotations: withQuotations = true}: {quotations?: boolean | 'attributed'} = {}): Ranges {
  const out: Ranges = [];
  const parents: Parents[] = [];
  const definitions = linkDefinitions(tree);
  // `index`: the node's place among its parent's children (passed down, not looked up per block).
  const visit = (node: Nodes, parent: Parents | undefined, index: number): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'blockquote' && start !== undefined && end !== undefined && parent && attributed([node], parent, index, index, source)) {
      out.push([start, end]);
      return;
    }
    if (node.type === 'html' && parent) {
      for (const quote of htmlBlockquotes(node, parent, index, source)) {
        if (!attributed(quote.nodes, parent, quote.first, quote.last, source, quote)) continue;
        // What follows it in its blocks and goes with it (a byline, the embed's script, a wrapper's close),
        // not the writer's words after it nor another blockquote, judged on its own.
        const blocksEnd = quote.nodes.at(-1)!.position?.end.offset ?? quote.to;
        out.push([quote.from, quoteTailEnd(source, quote.to, blocksEnd)]);
      }
    }
    const url = linkUrl(node, definitions);
    if ((workTitle(node, url, parent, parents.at(-2), parents.at(-3)) || forgeItemTitle(node, parent, source)) && start !== undefined && end !== undefined) {
      out.push([start, end, hostOf(url!)]);
      return;
    }
    // A paragraph that is one quotation, set apart as a blockquote would be and introduced the same way (`I received
    // the following message in my inbox:` over `'[Uservoice declined - …'`): the sender's words.
    if (node.type === 'paragraph' && parent && start !== undefined && end !== undefined && quotedParagraph(node) && introducedAsOthers(parent.children[index - 1])) {
      out.push([start, end]);
      return;
    }
    if (node.type === 'blockquote') attributedRuns(node, source, out);
    if (withQuotations !== false && textBlocks.has(node.type)) quotations(node as Parents, source, out, withQuotations === 'attributed');
    if ('children' in node) {
      parents.push(node);
      (node.children as Nodes[]).forEach((child, childIndex) => visit(child, node, childIndex));
      parents.pop();
    }
  };
  visit(tree, undefined, 0);
  linkedAbstracts(tree, out);
  transcripts(tree, source, out);
  signedForewords(tree, out);
  referenceEntries(tree, out);
  return out.sort((a, b) => a[0] - b[0]);
}

/** A paragraph whose whole text is one quotation: it opens with a quotation mark (a straight `'` too) and ends with its close. */
function quotedParagraph(paragraph: Parents): boolean {
  const text = toString(paragraph).trim();
  const close = paragraphQuotes[text[0] ?? ''];
  return close !== undefined && text.length > 2 && text.endsWith(close);
}

/** Opening mark → closing one, for a whole paragraph: there a straight `'` opens it, no apostrophe. */
const paragraphQuotes: Record<string, string> = {...pairs, "'": "'", '\u2018': '\u2019'};

/**
 * The paragraph before introduces what follows as someone else's words: as `introducesQuote` says
 * for a blockquote, or as a message the writer received (`I received the following message in my
 * inbox the other day:`, `This email arrived:`): its sender's text, whoever reports it.
 */
function introducedAsOthers(before: Nodes | undefined): boolean {
  if (before?.type !== 'paragraph') return false;
  if (introducesQuote(before)) return true;
  const text = toString(before).trimEnd();
  return text.endsWith(':') && receivedMessage.test(text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf('!'), text.lastIndexOf('?')) + 1));
}

/**
 * A sentence that says a message came to the writer: a verb of receiving and the kind of message, in
 * either order, a few words apart (`received the following message`, `an email from a reader
 * arrived`). The words between are bounded, so each opening is scanned a few words only (an
 * unbounded gap rescans the rest of the sentence from each `got`), and none is `to`: `I got to
 * writing the reply` is the writer's own reply.
 */
const receivedMessage = /\b(?:received|got|was sent|were sent)(?:\s+(?!to\b)[\p{L}\p{N}'\u2019-]+){0,4}?\s+(?:message|e-?mail|mail|notification|notice|letter|reply|response)s?\b|\b(?:message|e-?mail|mail|notification|notice|letter|reply|response)s?(?:\s+[\p{L}\p{N}'\u2019-]+){0,4}?\s+(?:arrived|came in|landed)\b/iu;

/**
 * The abstract of a paper a reading list gives under the paper's linked title (`### [Stopless: a
 * real-time garbage collector](https://…)`, then `**Abstract**`, then the abstract): the paper's
 * words, copied as its authors (or a PDF's hyphenation, `ei- ther`) wrote them: the paragraph right
 * after the label (what follows it may be the writer's comment). An `Abstract` under a heading that links nowhere is the site's own paper, read.
 */
function linkedAbstracts(tree: Root, out: Ranges): void {
  let linkedHeading = false;
  let inAbstract = false;
  for (const node of tree.children) {
    if (node.type === 'heading' || node.type === 'thematicBreak') {
      inAbstract = false;
      linkedHeading = false;
      if (node.type === 'heading') {
        walk(node, (inner) => {
          if (inner.type === 'link' && external(inner.url)) linkedHeading = true;
        });
      }
      continue;
    }
    if (node.type === 'paragraph' && node.children.length === 1 && (node.children[0]!.type === 'strong' || node.children[0]!.type === 'emphasis') && /^abstract:?$/i.test(toString(node).trim())) {
      inAbstract = linkedHeading;
      continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (inAbstract && start !== undefined && end !== undefined && (node.type === 'paragraph' || node.type === 'blockquote')) out.push([start, end]);
    // One paragraph: what follows it under the same heading may be the writer's own comment.
    inAbstract = false;
  }
}

/**
 * Is this word inside others' words, and not the name of the place a linked title points to?
 * `[KubeVirt basic operations on Youtube](https://www.youtube.com/…)` names its destination in the
 * writer's own words (the video's title does not say where it is hosted): `Youtube` there is checked.
 */
export function othersWord(ranges: Ranges, offset: number, word: string): boolean {
  const lower = word.toLowerCase();
  return ranges.some(([start, end, host]) => offset >= start && offset < end && !(host !== undefined && host.includes(lower)));
}

/** The host of a URL in lower case (`www.youtube.com`), or undefined. */
function hostOf(url: string): string | undefined {
  return /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
}

/**
 * Spans the prose marks as a mention: emphasis (`*raison d'être*`, the way English sets a word of
 * another language) and quotations of two words or more (`"Marché immobilier : tendance"`).
 */
export function markedSpans(tree: Root, source: string): Ranges {
  const out: Ranges = [];
  eachOfTypes(tree, ['emphasis', ...textBlockTypes], (node) => {
    if (node.type === 'emphasis') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) out.push([start, end]);
      return false;
    }
    if (textBlocks.has(node.type)) quotations(node as Parents, source, out);
  });
  return out.sort((a, b) => a[0] - b[0]);
}

/** An arrow from a wrong form to its correction: `trancoding -> transcoding`, `Github → GitHub`. */
const correctionArrow = /^[ \t]*(?:->|-->|=>|\u2192|\u27F6|\u21D2)[ \t]*['"`\u2018\u201C]?([\p{L}\p{N}'’-]+)/u;

/**
 * The form a word is set against on purpose, after `, not` or `(not` (`where we'd write *connaisseurs*, not
 * *connoisseurs*`: the French spelling, contrasted with the English one): the writer chose the word and
 * names the one a reader expects.
 */
const contrastedWith = /^[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]+)not[ \t]+[*_'"`\u2018\u201C]*([\p{L}\p{N}'’-]+)/u;

/**
 * Is the word at `offset` the wrong side of a correction the prose spells out (`Fix typo:
 * trancoding -> transcoding`, a changelog's `Github → GitHub`)? It is mentioned, on purpose. The
 * word set against it after `, not` is named on purpose too (`*connaisseurs*, not *connoisseurs*`). The
 * word after the arrow must be the same word corrected (its first two letters, about its length):
 * `Properties -> Javascript -> Include path` is a menu path, not a correction.
 */
export function correctedInPlace(source: string, offset: number, length: number): boolean {
  let end = offset + length;
  // Past a closing quotation mark or code mark around the word (`'trancoding' -> 'transcoding'`), or emphasis (`*connaisseurs*, not *connoisseurs*`).
  while (end < source.length && `'"\u2019\u201D\`*_`.includes(source[end]!)) end++;
  const after = source.slice(end, end + 60);
  const word = source.slice(offset, offset + length).toLowerCase();
  const contrasted = contrastedWith.exec(after)?.[1]?.toLowerCase();
  // Set against a form of itself (the same first three letters and last two): `Github, not Gitlab` names two things.
  if (contrasted !== undefined && contrasted.slice(0, 3) === word.slice(0, 3) && contrasted.slice(-2) === word.slice(-2) && Math.abs(contrasted.length - word.length) <= 2) return true;
  const next = correctionArrow.exec(after)?.[1];
  if (next === undefined) return false;
  return next.toLowerCase().slice(0, 2) === word.slice(0, 2) && Math.abs(next.length - word.length) <= 3;
}
