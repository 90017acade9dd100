/**
 * # brand-casing
 *
 * Flags a product or brand name written in a wrong case, with the right form. Default severity:
 * **warn**. A rule of its own so that it can be turned off alone.
 *
 * **Fixable** (`--fix`): the name is rewritten in its right case ([fixing](../fixing.md)).
 *
 * ```
 *   2:19  warning  `Typescript` is written `TypeScript`  brand-casing
 *   5:54  warning  `Github` is written `GitHub`          brand-casing
 *   6:5   warning  `django` is written `Django`          brand-casing
 * ```
 *
 * The right forms come only from sources about names, as the owners write them: the titles of
 * [Simple Icons](https://simpleicons.org) (package `simple-icons`, CC0; each title is checked
 * against the brand's own pages: `Gmail`, `GitHub`, `macOS`, `PostgreSQL`, `JetBrains`), less
 * those written with only their first capital where the English dictionary (`dictionary-en`)
 * writes the name with inner capitals (Simple Icons' `Blackberry` against `BlackBerry`: a logo's
 * letters written plainly; such a name is held to neither form), and less, for a writing in lower
 * case, the titles with only a first capital that no second source about names (the dictionary's
 * proper names, the cspell company and software lists) writes so: Simple Icons once title-cased
 * every title, so `Coreboot`, `Setuptools` or `Liquibase` do not say the owner capitalizes a name
 * it writes in lower case (`coreboot`); `reddit` and `django` are still held to `Reddit` and
 * `Django`, which the company list and the dictionary write too, and `GMail` to `Gmail`; and
 * `spelling.brands` in the config, which adds names that are always held to their exact case. The
 * cspell word lists give no right forms: they write names against their owners' usage (`GMail`,
 * `CorePack`, `Apparmor`, `Ccache`) and list identifiers as names (`TSConfigs`, `Kube`), so a name
 * no source of names knows is never corrected. Every use is reported at its own column, two on one
 * line as well (each is a place to fix, with its own fix and its own mark in an editor; spelling
 * reports each use the same way), in prose and in the front-matter `title` and `description` (and the
 * fields the generator shows besides: Docusaurus's `sidebar_label`, `pagination_label`).
 *
 * **Left alone:** names that are also ordinary words (`go`, `rust`, `swift`, `express`, `chatbot`,
 * `redox`) in lower case, or capitalized at the start of a sentence (`Go is…`); capitalized in
 * mid-sentence, the writer means the name, so `we write Typescript` is flagged. Forms the vocabulary
 * lists in lower case too (`docker`, `npm`); mocking case (`TyPeScRiPt`: every other letter a capital); names written in lower case or ALLCAPS by their owners
 * (`npm`, `ccache`); ALLCAPS forms in prose (`GITHUB`, `ASYNC`), which are constants or acronyms;
 * a lower-case word alone in quotes (`minify: 'oxc'`), a WordPress shortcode's name (`[youtube=https://…]`), among values joined without spaces
 * (`(default,cisco,nonbulk)`, `[cisco|nokia|bc]`) or marked `(default)` after a colon (`type: cisco (default)`), a value;
 * a lower-case list in parentheses after an option's code-spanned name on its line (a table row's first cell
 * `` | `os` | shown on (unix, linux, macos, ...) | ``, the line's first thing, or `` the `forge` setting ``: three
 * tokens or more, nothing else inside), that option's values; a word glued to a
 * parenthesized piece of an identifier (`Influxdb(2)Writer`), code; a lower-case gloss in parentheses
 * right after a code span (`` `u` (unicode) ``), the code thing's name; a lower-case name followed by a
 * version (`Bump typer from 0.25.0 to 0.25.1`), by a package of its family in parentheses
 * (`postcss (postcss-import)`) or by an installed package's state (`openssl is up to date`), a
 * package; a lower-case name put into or found in a dependency manifest or lock file (`Added scipy
 * back to main requirements.txt`) or right after an install verb (`pip install scipy`), a package;
 * a lower-case name with a tag glued on by a colon
 * (`running mysql:8.0`), a container image reference; a name joined by a colon to a template variable,
 * a slot or a scheme's `//` (`gitlab:${USERNAME}`, `github:<user>`; not a tag HTML defines, `github:<br>`), a key's format; in MDX, the content of a component that is
 * only a list of package names (`<Npm>drizzle-graphql graphql</Npm>`, one of them scoped, versioned
 * or hyphenated, no `the`/`and`): arguments of an install command;
 * code, URLs, paths and everything else the spelling rule skips; markup the parser read as text
 * (a tag's name and attribute names, `<feature-support firefox="no">`, a CSS id `#\_\_docusaurus`);
 * names in a table column written all in lower case (three rows or more: a column of queries
 * people typed, of values or commands, kept as typed) and the value cells of a column of option
 * values (two thirds of its cells one identifier or a list of them, `sql, mongodb, couchbase, no`;
 * its prose cells are still read), and the values of a field that three list items or more of a
 * page repeat (`* Environment: github`, `* Type: string`); the bold lead names of a list of three
 * items or more that each lead with one lower-case bold name, in a tree of such lists or with a
 * lead only a code name is (`- **jquery** — the jQuery harness` under `**tests**`,
 * `**webdriver_server**`: folders and crates, spelled as on disk; a flat list of plain words,
 * `**github** – where our code lives`, or one with a capitalized lead is read), and the same lists of items that are each
 * the name alone (`- eslint_d`, `- standardjs`: the linters a config accepts; `- github`, `- gitlab`, `- bitbucket` is
 * read); a lower-case name the site writes as part
 * of an identifier or a package anywhere (`zend` of `zend_object_value`, `sqlite` of `sqlite3`,
 * `vitest` of `@effect/vitest`: "the zend object", "Refactor vitest" name those); words a reader
 * sees whole only once inline markup is read (`<b>Git</b>hub`, left to spelling); a lower-case name inside an
 * all-lower-case hyphenated compound or in link text its URL spells out (`github-actions`,
 * `[postcss](https://github.com/postcss/postcss)`), which names a package or repository; a form the
 * same site writes as code somewhere (`` `postcss` `` as a parser name, the `` `youtube` ``
 * shortcode, `oxc` in a config sample's code block, `SourceTree` in raw HTML's
 * `<code>SourceTree::Open()</code>` of a generated C++ API page), whose uses in prose are that identifier (not
 * the capitalised words of text code holds in quotes, two words or more, `'Github Actions'` in a logged list of tags,
 * though a quoted command's lower-case words are code, `"build": "postcss src -o dist"`;
 * nor a fence never closed, which took in the writer's prose: a writer's habit there is no code's spelling); names
 * of one or two letters (`El`); plurals and identifiers no source of names lists (`tsconfigs`,
 * `kube`); a name two owners write differently; a name another product shares, on a page that
 * names that product's family (`WebPack` beside Xilinx or Vivado: their FPGA tools' `WebPACK`
 * edition; `WebPack` on a page about bundling is reported); link text naming a Wikipedia article
 * whose title writes the word otherwise (`[Affine Transformation](…/wiki/Affine_transformation)`, not
 * the product `AFFiNE`; a link to the name's own article, `[Typescript](…/wiki/TypeScript)`, or to a
 * title that is the word alone, `[Javascript](…/wiki/Javascript)` (a redirect from another capitalisation), is
 * read); lower-case words on a page in another language than
 * `spelling.language`, or whose prose reads as another language whatever the site's default says
 * (few English function words: a German `immer` is "always", not the library; a Dutch `ben` is not
 * the name `Ben`; `Whatsapp` is still flagged there); on a page in a language that capitalizes
 * every noun (German), a capitalized word the technical lists write only in lower case
 * (`Loopback-Subnetze`: loopback subnets, not the LoopBack framework); a line of a paragraph that
 * is a command after a shell prompt (`$> cf create-service mysql free`), typed as the shell takes it; a word
 * followed directly by command-line options (`Mysql -u root` as a list's step, `Docker --version`: a dash and
 * one to three letters, or two dashes and a word), a program typed as a command, whose right form is its file
 * name, not the brand's (`Mysql - the database`, a dash between spaces, is read); an operating system
 * joined by a slash to an architecture (`freebsd / amd64`, `openbsd/riscv64`, a supported-platforms
 * table's row: GOOS/GOARCH as Go and `docker --platform` spell the platform; `freebsd` elsewhere is
 * read); a value of a search or filter query quoted alone (`'compute_resource = Openstack'`, `"os != Debian and
 * name ~ web"`: lower-case keys, an operator, one value each, joined by `and`/`or`), data the query matches
 * (`hosts on compute resource Openstack` outside the quotes is read); lower-case values a sentence names as what an option takes (`options are all, mysql, postgres,
 * and sqlite`, `must be one of none, redis or memcached`, `modules, such as apache, mysql, postgresql`: three or
 * more one-word items, named values or modules, packages, gems, crates, plugins, linters or formatters; `we tested mysql,
 * postgres and sqlite` is read); the first word of a longer name Simple Icons lists whole, written as
 * that name (`Adblock Plus`, another product than `AdBlock`; `Adblock` alone is read); the Title Case
 * text of a reference link to another site (`[OpenId Connect Relay Plugin]` defined as another host's
 * page), as of an inline one (below); a blockquote that is one quotation followed by a short credit
 * linking out (`> "odin works …" Ana Gómez, [odin notes](https://…).`), others' words; a word set
 * against a form of itself after `, not` (`Github, not GitHub`; `Github, not Gitlab` is read); and
 * any form listed as written in
 * `.postlint/words.txt`, `spelling.words` or `spelling.dictionaries` (the way to accept `Github` if
 * your house style wants it).
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
 * Release notes a tool generated from commit subjects (semantic-release, conventional-changelog,
 * changesets: version headings with entries ending in their commits, `### Patch Changes` sections,
 * or `### Bug Fixes`/`### Features` under headings linking to compare views, whatever the file is
 * called) are left alone too: nobody edits their words. Hand-written notes are read. So are the
 * lines of a changelog git-chglog renders from the template its `.chglog/config.yml` names (nine in
 * ten of the page's lines fit that template's lines); a line no template line writes is read.
 * So are the titles of issues and pull requests release notes list (`* [#35](…/pull/35): title`,
 * `* title ([#12](…/pull/12))`, the title with its link on the next line, GitHub's `* title by
 * @user in …/pull/12`, `* [#12](…/pull/12) title by @user`, the issue linked by its labelled number
 * when the link goes to that very entry, `* [[ISSUE #12]](…/issues/12) title @ana, pr by @bo`, and a
 * one-word module id over a list of them), and a change log's entries led by the pull request's
 * number or the commit's hash (`` - #12 `a1b2c3d` title (author) ``, `- gui#12 title (author)`,
 * `` - `a1b2c3d` title ``; a number alone needs the author at the end), and changes credited to their
 * authors as change-log tools write them, in a list of two or more (`- title [\#12](…) ([user](…))`,
 * `* title (#12) @user`, `- title (#12)` then `(@user)`, `- github: add a template (#12)`), and a
 * list whose every item is only an issue's link with its title for text (`* [Publish with Github
 * Actions](…/issues/46)`, two or more): their authors' words, quoted.
 * So is a change log's list copied whole (a project's CHANGELOG of merged pull requests, grouped under
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
 * (`We replaced…`, `Our tests…`: the writer's own upgrade story). So is a block an HTML comment before it says a program wrote (`<!-- Generated with:
 * kafo-export-params … -->` over a table of options, `auto-generated … Do not edit`; not `Generated by
 * hand`), and a blockquote a sentence hands to a document's text (`Section 10.6, which reads:`).
 * So is a release's credits list, names under a Credits/Thanks/Contributors heading or after a
 * sentence thanking them (`Thanks to everyone who contributed to this release:`).
 * The notes' own prose, and an item that sums up an issue in the writer's words (`Upgrade to X in
 * [#8149](…)`), are still read.
 * So are commit lines a release post copies from the log (`* [d4f5526](…/commit/d4f5526) Build: …
 * appveyor (#6294) (Author)`, or a list of two or more `* Fix: subject (fixes #12) (Author)` lines, each with its issue clause), a search
 * query the page quotes (`search for "jquery mobile"`, a link whose text is its own `?q=` value, the
 * lower-case emphasized phrases, three or more, that open paragraphs on a page whose words say it lists
 * the writer's searches: `_sentry github_` under `what I googled`, not `Pick search terms …`) and
 * the short cells (three words or fewer) of a style guide's `Incorrect`/`Avoid`/`Not This ❌` column
 * beside a `Correct`/`Use`/`Write This`/✅ column (only that column), and what a program printed, set
 * in a blockquote: every line a log record (a time stamp or a level in front, a stack frame), or a
 * short blockquote with a machine token (`fileSinkConnector`, `key=value`) right after a shell code
 * block (or after one sentence ending in a colon that follows it), the command's output (not one opening with `Note:`, nor one with a code span or a link: the writer's note).
 * So are a chat log's lines and its speakers' handles (`**\<ana_gitlab>** the mirror on github …`), as spelling reads them.
 * Also left alone: a lower-case program followed by the word the site's inline code writes after it
 * (`deno lint` in prose where `` `deno lint` `` is code somewhere), that command; link text with
 * capitals added to the list's form whose link goes to a page its path names after the word, on
 * another host (`[MAGic](https://vendor.example/products/magic/)`, `ReadME` against `ReadMe` in a link to
 * `github.com/readme/…`): another owner's product, in its owner's form (the name as the host,
 * `[JAMStack](https://jamstack.org/…)`, a link elsewhere, or capitals dropped, `[Javascript](…/javascript/)`,
 * are still reported); a lower-case name before what a package
 * is (`Fix numpy wheel`, `the redux package`; `a drupal plugin` is the product's); a name made a verb (`you duckduckgo it`); the wrong
 * side of a correction (`Github -> GitHub`); a quoted wrong form on a line that writes the right one
 * (`Jellyfin should always be capitalized … Avoid "JellyFin".`), and case forms listed after the
 * right one and "not" (`**GraphQL**, not graphql, Graphql`; `GitHub, not on Github pages` is read); a
 * hyphenated name the page's code writes, capitalised as a list label (`- Mongodb-datastore:` beside
 * `` `…/mongodb-datastore` ``; mid-sentence it is read); an identifier whose underscores
 * are escaped (`github\_cv`); and a form whose inner capitals leave a lone letter (`WiX`: `Wi`
 * and `X`), a stylization only an owner
 * invents: another product with the same letters (the WiX toolset, not Wix), and two real names
 * are never corrected into each other (`CloudFlare`, `MarkDown`, `LiberaPay` are slips).
 * Also left alone: a capitalized word that the software term lists write only in lower case and
 * that English knows (`Readme` is the word readme, not the company ReadMe); a common English word
 * (the dictionary's, and frequent in SUBTLEX-US) with only its first capital against a name with
 * capitals elsewhere (`SGI Indigo` is not the airline `IndiGo`, `Boat` not `boAt`; a rare dictionary
 * word still names the product: `Typescript` is reported), and such a word that English knows (the
 * dictionary or the large English list) and people use, where the site's prose writes it in lower
 * case too (`Minimax` on a site that writes `minimax`: the algorithm, not the company MiniMax); a form with a capital
 * after a lower-case letter where the list's form has only its first capital, when the site writes
 * it so in three files or more (`WiX`, the toolset, not `Wix`), or that adds capitals opening
 * lower-case pieces to the list's form in three files or more (`UIKit`, Apple's framework, against
 * the CSS framework `UIkit`): the site's own name for something
 * the list does not know — in one or two files it is a slip and reported (`CloudFlare`,
 * `MarkDown`); such a form right after another name (`JHipster DevBox`, `Acme DevBox`: a word of a
 * longer product name, not the list's `Devbox`; `on CloudFlare`, `Use CloudFlare` are reported); an acronym's expansion whose capitals spell it (`RESP (REdis Serialization
 * Protocol)`; `REdis` elsewhere is reported); an acronym the page defines by its expansion, each capital
 * starting a part and the letters after it continuing that part (`Data Sharing Hub (DaSH)`, `DaSH (Data Sharing
 * Hub)`, `The ReAct pattern (for Reason+Act)`, `ReAct, short for Reasoning and Acting`), on the whole page and,
 * written exactly so with capitals the list's form lacks, on the site's other pages: the writer's name for the
 * thing, not `Dash` or `React` miscased (a one-capital word such as `Github` is no acronym; a name closed up from
 * its words, `Cloud Flare (CloudFlare)`, abbreviates nothing and is reported); a package named in a dependency update's title (`Update
 * jekyll requirement from ~> 3.8 to …`); and the attributes of an MDX component alone on its line
 * (`<img alt="…" style={{ margin: 0 }} />`) or inside a paragraph or heading (`# <Icon icon="mdi:debian" /> Debian`),
 * which are JSX: props the component reads, not prose; a lower-case name in a list of three or more whose items
 * are repositories the site links under one owner (`projects (firmware, web, openwrt)` beside links to
 * `github.com/acme/openwrt`…), that repository (`openwrt, linux and debian` is read); a dotted identifier written
 * with Markdown escapes (`languages\.erlang\.package`), read as rendered, as unescaped; a wrong form in quotes on a
 * line that quotes the right one too (`Replace 'Github' with 'GitHub'`, `"RuboCop", not
 * "Rubocop"`: a correction or a style rule mentions it). A lower-case name read with its neighbour as
 * part of a term the same site writes in Title Case ("first contentful paint" where the site writes
 * "First Contentful Paint") is a word of that term, not the brand; a term that starts with the name
 * ("GitHub Actions", "The Linux Foundation") names the brand and drops nothing.
 *
 * **Names of their time**: a name whose owner changed how it is written is held to the form of the
 * day the page was written (its front-matter `date`, else a date its file name starts with):
 * `CloudFlare` in a post of January 2016 was the owner's form then, `Cloudflare` since October 2016;
 * a page with no date is held to today's form, and today's form is right on any page. The renames
 * and their sources are listed in `src/spelling/brand-history.ts`, which also corrects a list title
 * its owner has dropped (Simple Icons' `MailChimp`: `Mailchimp` since September 2018). It is a seed
 * list (six renames so far, each checked against its owner's own material; a rename the owner
 * carried out over months keeps the earlier form until the owner's last writing of it: `JAMstack`
 * until 2020-04-15, though jamstack.org wrote `Jamstack` from 2019-12-09; a rename whose first day
 * the owner's material does not give keeps the earlier form up to its last dated writing of it:
 * `SourceTree` on pages up to 2016-11-16): a rename not on it is held to today's form; add one only
 * with the owner's dated material as its source.
 * A lower-case name that spells a common noun, used as one after an indefinite article (`create a
 * dropbox.`: a drop box), or after `the` once the page brought it in that way (`add files to the
 * dropbox.`), is that noun; `a dropbox account` names the product, and a coined name with a capital
 * inside (`the github.`, `a paypal.`) is never a common noun. An ordinary word with its first capital,
 * against a name with a capital inside (`ChatBot`), in a link's text of two words or more that spells
 * the linked site's name (`[Chatbot magazine](https://chatbotsmagazine.com/)`) is a word of that
 * site's name; link text that is not the host's whole name (`[Chatbot news](https://chatbotsmagazine.com/)`) is checked.
 * The same word (only its first capital, lower case an ordinary word) on a page that counts it in lower
 * case (`a chatbot that`, `a basic RAG chatbot is`: an indefinite article, at most three words between, the
 * noun phrase ending after it) is that noun wherever the page capitalizes it (`Dependency Chatbot` in a
 * heading, `the Chatbot will`); `a typescript project` and `a project in typescript.` count nothing, nor do
 * `a library using typescript.` (a preposition, pronoun or -ing word between) and `a typescript or javascript
 * developer` (`and`, `or`, `to` may join a further modifier).
 * Lower-case names in a list that the paragraph before it introduces as input, its last sentence
 * ending in a colon and naming what is asked, typed, entered, a prompt or a query (`you can ask the agent
 * questions such as these:`; `type` as the verb, not `this type of`; not `ask about`), with an item opening in
 * lower case as people type, are the reader's typed words; capitalized ones there, and lists whose items all
 * open with a capital (the writer's sentences), are read.
 * Link text that opens with the words its host's name spells in pieces (`[Pytorch notes: custom
 * layers](https://pytorch-notes.example.org/…)`) is read: the host's name says nothing of how its owner
 * cases the resource's name. A lower-case name a
 * service runs as (`runs as elasticsearch user`, `started as the mongodb account`) is a Unix account,
 * and the remote a git command written in prose names (`git fetch github`, `git push --tags github`)
 * is that remote; `an elasticsearch user` and the name elsewhere on the line are read.
 *
 * **Others' words** are left alone, written as their source wrote them (a name of its time,
 * `Minio` in a 2017 article's title, is not the site's to correct): a quotation of two words or
 * more (in Chinese or Japanese, two characters: no spaces part their words) in quotation marks that
 * opens with a capital, a handle, a number or a Han or kana character (`Like "@ana is a django
 * rockstar"`, a headline in `“…”`), or of any two words a verb of saying attributes (`he said:
 * "…"`); a blockquote, Markdown or HTML,
 * that names its source (an attribution line `— Ana, The Register` inside it or right after it, a
 * social post's pasted embed code, `<blockquote class="twitter-tweet">` and its `&mdash; Name
 * (@handle)` byline, a `<figcaption>` in its figure, a short `[via Slack](https://…)` line, a
 * paragraph right after it that credits it with a link out to the piece (`[@ana] made a great
 * summary … in this [comment](https://…)`), a
 * `<cite>` or `cite=`, or a paragraph before it that links to the source and ends with a colon, whose
 * last sentence says who speaks (`…where he says:`, `Paul explains later in the same thread:`) or names the piece quoted (`the sentence in this
 * post that got me thinking:`), or in Chinese or Japanese says the words are excerpted or quoted from
 * elsewhere (`以下引用官方文档的介绍：`, 摘录, 引用, 抜粋; not from the writer's own piece, `我的旧文章`, `本文的要点`),
 * or that asks someone a question the blockquote answers); the title
 * of an issue, pull request, commit or discussion on a forge given as its link's text (three words
 * or more opening as a title does: `[[arm64] Enable the cache on linux](https://github.com/…/commit/…)`;
 * `[this issue](…)`, first-person text such as `[I replaced vim with neovim](…)`, and a link the
 * sentence carries on after (`, and …`, a lower-case word) are the writer's); and the title
 * of a work on another site given as link text: link text in Title Case, four capitalized words or
 * more (`the article [Building an LLM-powered Chatbot Today](https://…)`; three, `[Github Flavored
 * Markdown](https://…)`, is a name and checked), or a link of five words or more that opens an
 * item of a list of links (a press list, talks, featured tutorials), or a Title Case link of three
 * capitalized words that opens a row of a table of links to others' work (three rows or more;
 * the row's description is the site's and checked). The boundary: a blockquote
 * that names no source is the site's own words set apart (a note, a tip, a whole page quoted as a
 * summary) and is checked; so are the titles of the site's own pages in links (`[Deploying with
 * Github](/posts/deploy/)`), a link into a source forge (`[Openstack Swift Plugin](https://github.com/…)`:
 * the writer's label for a project, not a work's title), the name of the host a linked title
 * points to (`[Our operations video on Youtube](https://www.youtube.com/…)`: the writer naming the
 * destination), a single word in quotes (`"Github"`), and the words of the same line
 * outside the quotation, and a lower-case phrase in quotes (`"how to setup jekyll"`: the writer's
 * own mention). An address written against harvesters (`name [at] example [dot] com`,
 * `gmail [dot] com`) is an address, not a mention of the brand. A lower-case name among the items of a
 * list of the kinds of value code takes, named as the code names them (`serializes dataclass, datetime,
 * numpy, and UUID instances`: three items or more before `instances`, `objects`, `types` or `values`,
 * another of them a code name that is no English word and no product's name) is the module's name;
 * `numpy and pandas objects` and `github, gitlab and bitbucket repositories` are read. Not left alone: a capitalized
 * ordinary word in the site's own Title Case heading (`Deploying Typescript With Docker` means
 * the name; `Building Chatbot Apps` is reported too — Title Case cannot tell them apart; counted,
 * `Build a Chatbot in 10 Minutes`, the word is the common noun against a name with a capital inside, `ChatBot`),
 * unless the whole Title Case run, set apart by the block's ends or marks (` > `, `:`), spells out an
 * identifier the page writes in inline code: a setting's label (`Networking > Host Address
 * Loopback:` beside `` `hostAddressLoopback` ``) is its key's words, not the LoopBack framework. A
 * run that only holds the key among other words (`# Setting Up Your Github Token` beside
 * `` `githubToken` ``) or runs on in a sentence is still read.
 *
 * **`django` and the two rules.** The spelling rule accepts a vocabulary word in any case, so
 * `django` is not a misspelling; brand-casing flags it, because in prose the framework is written
 * `Django`. The two findings never overlap: a word is either unknown (spelling) or known in another
 * case (brand-casing). Turn brand-casing off (`"brand-casing": "off"`) to accept lower-case names
 * everywhere, or add `django` to `.postlint/words.txt` to accept just that one.
 *
 * Options: none of its own; it reads `spelling.brands`, `spelling.words`, `spelling.dictionaries`
 * and `.postlint/words.txt`.
 *
 * ## Examples
 *
 * Fails:
 *
 * ```md example
 * We host the code on Github and deploy with Javascript.
 * ```
 *
 * ```text output
 * 1:21  warning  `Github` is written `GitHub`  brand-casing
 * 1:44  warning  `Javascript` is written `JavaScript`  brand-casing
 * ```
 *
 * Passes (`go` is an ordinary word in lower case):
 *
 * ```md example
 * We host the code on GitHub and deploy with JavaScript; we go home early.
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import type {VFileMessage} from 'vfile-message';
import type {FileFindings} from '../src/types.js';
import {defineRule} from '../src/rule-kit.js';
import {spellingSettings} from '../src/spelling/options.js';
import {pageLanguage, sameLanguage} from '../src/site/language.js';
import {pastesText, rawHtmlShown, rendersTemplatesFirst, shownFrontMatterFields, writesGeneratedBlocks} from '../src/spelling/raw-html.js';
import {proseTokens, type ProseToken} from '../src/spelling/prose.js';
import {generatedReleaseNotes} from '../src/spelling/release-notes.js';
import {repostMark} from '../src/spelling/reposted.js';
import {inSpans, mergeSpans, spanAt, spanOf} from '../src/spelling/spans.js';
import {proseReading} from '../src/spelling/passages.js';
import {englishFunctionWords} from '../src/text/english-function-words.js';
import {wordsRootFor, type Speller} from '../src/spelling/speller.js';
import {addedInnerCapitals, addsCapitals, brandFix, opensLongerName, camelAgainstOneCapital, capitalizesNouns, commonWordsOfNames, identifierShaped, mockingCase, ordinaryWord, siteFormFiles, termAsNoun} from '../src/spelling/brands.js';
import {pageDefinedAcronyms, spellsAcronym} from '../src/spelling/acronym-expansion.js';
import {commandWithOptions, gitRemoteArgument, platformPair, runsAsAccount} from '../src/spelling/system-names.js';
import {inTypeList, typeLists, type TypeList} from '../src/spelling/type-lists.js';
import {pointAt} from '../src/text/position.js';
import {location} from 'vfile-location';
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name';
import {formOfItsTime} from '../src/spelling/brand-history.js';
import {titleCasedCommonNoun, titleCasedNounOfPage, wordOfLinkedSiteName, usedAsCommonNoun} from '../src/spelling/common-noun.js';
import {camelIdentifiers, identifierLabels} from '../src/spelling/identifier-labels.js';
import {writtenDay} from '../src/written-date.js';
import {walkType} from '../src/walk.js';
import {htmlCodeSpans} from '../src/text/html-code-spans.js';
import {othersRecordSpans} from '../src/spelling/others-records.js';
import {fieldValueRanges, snakeCaseIdentifiers, tableColumnRanges} from '../src/spelling/code-columns.js';
import {listLeadRanges} from '../src/spelling/list-leads.js';
import {typedExampleRanges} from '../src/spelling/typed-examples.js';
import {componentPackageLists} from '../src/spelling/package-lists.js';
import {quotedQueryValue} from '../src/spelling/query-values.js';
import {correctedInPlace, othersWord, othersWords, type Ranges} from '../src/spelling/quotations.js';
import type {Code, Root, TableCell} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {capitalizedCodeCompound, codeCompounds} from '../src/spelling/code-compounds.js';
import {otherProductFamily} from '../src/spelling/brand-homonyms.js';
import {eachOfTypes} from '../src/node-index.js';
import {linkedRepositories, listAround, repositoryListItem} from '../src/spelling/repository-lists.js';

const id = 'brand-casing';

/**
 * A name in lower case inside an all-lower-case hyphenated compound (`github-actions`,
 * `kramdown-parser-gfm`) or in link text its URL spells out is a slug: a package, repository
 * or group named exactly so, not a misspelt brand. So is a later piece of such a compound that opens a
 * sentence or a block with only its first letter capitalised (`Acme-github is a fork`, `startsSentence`): the
 * capital is the sentence's, the compound the same slug as mid-sentence.
 */
function slug(token: ProseToken, source: string, startsSentence: (offset: number) => boolean): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  if (token.named === true) return true;
  const compound = token.compound;
  if (compound === undefined) return false;
  const lower = compound.toLowerCase();
  if (compound === lower) return true;
  return token.prefix !== true && compound === lower[0]!.toUpperCase() + lower.slice(1) && startsSentence(source.lastIndexOf(compound, token.offset));
}

/** The page's links as `[start, end, url]` source spans, in document order (links do not nest). */
function linkTargets(tree: Root): Array<[number, number, string, string]> {
  const links: Array<[number, number, string, string]> = [];
  walkType(tree, 'link', (link) => {
    const [start, end] = spanOf(link);
    if (end > start) links.push([start, end, link.url, toString(link)]);
  });
  return links;
}

/**
 * The link around the word goes to a page its path names after the word (`…/products/software/magic/`,
 * `github.com/readme/guides/…`), on a host that is not the name's own: a product of that site's owner,
 * named as the owner writes it. The name as the host (`[JAMStack](https://jamstack.org/…)`) is the
 * brand's own site: the brand itself, miscased.
 */
function pathNames(links: ReadonlyArray<[number, number, string, string]>, offset: number, word: string): boolean {
  const url = spanAt(links, offset)?.[2];
  if (url === undefined) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const lower = word.toLowerCase();
  if (parsed.hostname.toLowerCase().includes(lower)) return false;
  return parsed.pathname.toLowerCase().split('/').includes(lower);
}

/**
 * The link around the word goes to the encyclopedia article whose title writes the word in a case
 * other than the name's (`[Affine Transformation](https://en.wikipedia.org/wiki/Affine_transformation)`
 * against the product `AFFiNE`): the writer names the article's subject, the ordinary term. Wikipedia's
 * titles keep their case after the first letter (its naming conventions: "Affine transformation",
 * "TypeScript"), so a link to the name's own article (`[Typescript](…/wiki/TypeScript)`) writes the
 * name there and is still read; so is a link to a title that is the word alone (`[Github](…/wiki/Github)`: a
 * redirect from another capitalisation, the name's own article).
 */
function encyclopediaTerm(links: ReadonlyArray<[number, number, string, string]>, offset: number, word: string, right: string): boolean {
  const url = spanAt(links, offset)?.[2];
  if (url === undefined || !/^https?:\/\/(?:[a-z-]+\.)?(?:m\.)?wikipedia\.org\/wiki\//i.test(url)) return false;
  let title: string;
  try {
    title = decodeURIComponent(new URL(url).pathname.slice('/wiki/'.length));
  } catch {
    return false;
  }
  // A title that is the word alone (its qualifier aside, `Github`, `Javascript_(language)`) is the name's own article or
  // one of the redirects Wikipedia keeps from other capitalisations of it: the name, miscased in the address too.
  if (title.replace(/\([^)]*\)/g, ' ').split(/[_\s#,:-]+/).filter((piece) => piece !== '').length < 2) return false;
  const lower = word.toLowerCase();
  // The title's first letter is always a capital, so its case says nothing; the letters after it keep the article's case.
  let found = false;
  for (const [index, piece] of title.split(/[_\s()#,:-]+/).entries()) {
    if (piece.toLowerCase() !== lower) continue;
    if (index === 0 ? piece.slice(1) === right.slice(1) : piece === right) return false;
    found = true;
  }
  return found;
}

/** Verdicts depend only on the speller and the word: kept for the whole run, not per file. */
const verdictsBySpeller = new WeakMap<Speller, Map<string, string | undefined>>();
/** The same for a sentence's first word, which brandFix judges apart. */
const openerVerdictsBySpeller = new WeakMap<Speller, Map<string, string | undefined>>();

function brandVerdicts(speller: Speller, opener = false): Map<string, string | undefined> {
  const bySpeller = opener ? openerVerdictsBySpeller : verdictsBySpeller;
  let verdicts = bySpeller.get(speller);
  if (!verdicts) {
    verdicts = new Map();
    bySpeller.set(speller, verdicts);
  }
  return verdicts;
}

/**
 * What a file tells the run: its words root (its site), the brand forms it writes as inline code,
 * the word pairs of its Title Case terms that hold a name (`terms`), and the lower-case words next
 * to each finding (`near`, by `line:column`).
 */
interface BrandNote {
  root: string;
  code: string[];
  terms?: string[];
  near?: Record<string, string[]>;
  /** Common words the prose writes in lower case that are also names with inner capitals (`minimax`). */
  words?: string[];
  /** Commands the file writes as inline code whose program is a name (`` `deno lint` ``), as `<program word` pair keys. */
  commands?: string[];
  /** The repositories the file links on a forge, `owner/name` (repository-lists.ts). */
  repositories?: string[];
  /** The one-word lower-case list around each lower-case finding, by `line:column` (repository-lists.ts). */
  lists?: Record<string, string[]>;
  /** Acronyms the file defines by their expansion (`ReAct (for Reason+Act)`, acronym-expansion.ts). */
  acronyms?: string[];
}

/** A word written as Title Case writes an ordinary word: a capital, then lower case only. */
const titleWord = /^\p{Lu}\p{Ll}+$/u;

/** Could the word start with a capital? An ASCII first letter is read by its code, most words without the Unicode pattern. */
function mayBeCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 128 || (code >= 65 && code <= 90);
}

/** Only white space, at most one line break, between two words: they are read together. */
function adjacent(source: string, left: ProseToken, right: ProseToken): boolean {
  if (left.block !== right.block) return false;
  return /^[ \t]*\n?[ \t]*$/.test(source.slice(left.offset + left.text.length, right.offset)) && right.offset > left.offset + left.text.length;
}

/** A pair of words as a key; a plural last word is its singular (`contentful paints` is `contentful paint`). */
function pairKey(first: string, second: string): string {
  const last = second.toLowerCase();
  return `${first.toLowerCase()} ${last.length > 3 && last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last}`;
}

/**
 * The word pairs of the file's Title Case terms (two capitalized words or more in a row, not counting
 * a sentence's first word) in which a name stands after the term's first word: `first contentful`
 * and `contentful paint` of "First Contentful Paint". Keys are `>pair` where the name is the pair's
 * second word, `<pair` where it is the first. A term that starts with the name ("GitHub Actions",
 * "Docker Compose") names the brand's product and gives no pair.
 */
function titleTermPairs(source: string, prose: readonly ProseToken[], isName: (lower: string) => boolean): string[] {
  const pairs = new Set<string>();
  let run: ProseToken[] = [];
  const close = (): void => {
    for (let at = 1; at < run.length; at++) {
      const previous = run[at - 1]!;
      const word = run[at]!;
      if (!isName(word.text.toLowerCase())) continue;
      pairs.add(`>${pairKey(previous.text, word.text)}`);
      const next = run[at + 1];
      if (next) pairs.add(`<${pairKey(word.text, next.text)}`);
    }
    run = [];
  };
  for (const token of prose) {
    // A function word or a word of two letters (`The`, `Of`, `In`) is no part of a term: "The Linux Foundation" starts with Linux.
    const title = mayBeCapital(token.text) && titleWord.test(token.text) && token.text.length > 2 && !englishFunctionWords.has(token.text.toLowerCase()) && token.compound === undefined && token.joined === undefined && token.sentenceStart !== true;
    const last = run[run.length - 1];
    if (title && last && adjacent(source, last, token)) run.push(token);
    else {
      close();
      if (title) run.push(token);
    }
  }
  close();
  return [...pairs];
}

/**
 * Commands written as inline code whose program brand-casing would correct in prose (`` `deno lint` ``,
 * `` `deno fmt --check` ``): a lower-case program and a lower-case word after it, a few words in all.
 * The same two words in the site's prose ("Biome, deno lint and Oxlint") name that command, typed as
 * the shell takes it; the program's name alone in prose is still the brand's (keys as neighbourPairs).
 */
const commandCode = /^([a-z][a-z\d-]*)[ \t]+([a-z][a-z\d-]*)(?:[ \t]+[^\s`]+){0,3}$/;

function codeCommands(tree: Root, isName: (lower: string) => boolean): string[] {
  const keys = new Set<string>();
  walkType(tree, 'inlineCode', (node) => {
    const match = commandCode.exec(node.value.trim());
    if (match && isName(match[1]!)) keys.add(`<${pairKey(match[1]!, match[2]!)}`);
  });
  return [...keys];
}

/** The pair keys a lower-case word forms with the words right before and after it. */
function neighbourPairs(source: string, prose: readonly ProseToken[], index: number): string[] {
  const token = prose[index]!;
  const keys: string[] = [];
  const previous = prose[index - 1];
  const next = prose[index + 1];
  if (previous && adjacent(source, previous, token)) keys.push(`>${pairKey(previous.text, token.text)}`);
  if (next && adjacent(source, token, next)) keys.push(`<${pairKey(token.text, next.text)}`);
  return keys;
}

/**
 * Words the file writes as code that brand-casing would correct in prose: a single word in
 * inline code (`postcss`, `youtube`), or a word of a code block (`minify: 'oxc'` in a config
 * sample): there it is a package, a value or a command, spelt as the code needs.
 */
function codeNames(tree: Root, source: string, speller: Speller, verdicts: Map<string, string | undefined>, componentLines: readonly number[] = []): string[] {
  const names = new Set<string>();
  const consider = (word: string): void => {
    if (!verdicts.has(word)) verdicts.set(word, brandFix(word, speller, false));
    if (verdicts.get(word) !== undefined) names.add(word);
  };
  // Whole words only: `django` in `django-admin` or `github` in `github.com` is part of another name. Not the capitalised
  // words of text the code holds in quotes (writersWordsBlanked): a tag, a label or a message as a person wrote it, with the prose's habits.
  const wholeWords = (code: string): void => {
    for (const [word] of writersWordsBlanked(code).matchAll(/(?<![\p{L}\p{N}_.-])\p{L}[\p{L}\p{N}]*(?![\p{L}\p{N}_.-])/gu)) consider(word);
    identifierParts(code, consider);
  };
  // Text between inline `<code>` tags (`<code>SourceTree::Open()</code>`): a reader sees code, as in backticks.
  const inHtmlCode = source.includes('<') ? htmlCodeSpans(tree) : new Set<unknown>();
  // The page's nodes of these types (node-index.ts); its text nodes only where inline `<code>` tags hold some.
  eachOfTypes(tree, inHtmlCode.size > 0 ? ['html', 'text', 'inlineCode', 'code'] : ['html', 'inlineCode', 'code'], (node) => {
    if (node.type === 'html') {
      // The bodies of code elements in a block of HTML: generated API references write their signatures so.
      for (const [, , body] of node.value.matchAll(htmlCodeElement)) wholeWords(body!.replace(/<[^<>]*>|&[#\w]+;/g, ' '));
    } else if (node.type === 'text') {
      if (inHtmlCode.has(node)) wholeWords(node.value);
    } else if (node.type === 'inlineCode') {
      const word = node.value.trim();
      if (/^[\p{L}][\p{L}\p{N}]*$/u.test(word)) consider(word);
      else identifierParts(node.value, consider);
    } else if (!componentLines.includes(node.position?.start.line ?? 0) && !neverClosed(node, source)) {
      // (An MDX component tag read as one element is JSX, not a code sample: see src/text/jsx-tags.ts.)
      wholeWords(node.value);
    }
  });
  packageNames(source, consider);
  return [...names];
}

/**
 * Text a code sample holds in quotes, on one line (`'Github Actions'` in a logged list of a site's tags, `echo "Deploying
 * to Github"`), paired from the left: a quote with no partner on its line (`it's`) is scanned past once, not from
 * every word after it, as a pattern that wanted two words before the closing quote did (a 48 KB line took 25 s).
 */
const quotedInCode = /"[^"\n]*"|'[^'\n]*'/g;

/**
 * Quoted text of two words or more, its capitalised words blanked: a word with a capital there is a person's
 * (`'Github Pages'`, a message's `Youtube`), the prose's habit, not how code spells the name. Its lower-case words
 * stay, as quoted words are often a command (a manifest's script `"build": "postcss src -o dist"`, `sh -c "hugo
 * --minify"`). A quoted word alone (`minify: 'oxc'`) is a value, spelt as the code needs.
 */
function writersWordsBlanked(code: string): string {
  if (!code.includes('"') && !code.includes("'")) return code;
  return code.replace(quotedInCode, (text) =>
    /\p{L}[ \t]+\p{L}/u.test(text) ? text.replace(/[\p{L}\p{N}]+/gu, (word) => (/\p{Lu}/u.test(word) ? ' '.repeat(word.length) : word)) : text,
  );
}

/**
 * A fenced code block with no closing fence runs to the end of its container (CommonMark, "Fenced code blocks"):
 * a stray fence (`~~~` left after a sample a blockquote cut short) that took in the writer's prose after it.
 * Its words are the writer's, not code's: no evidence of how code spells a name (`[Github Issue](…)` swallowed so).
 */
function neverClosed(node: Code, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const opening = /^(`{3,}|~{3,})/.exec(source.slice(start, start + 64));
  if (!opening) return false;
  const last = source.slice(source.lastIndexOf('\n', end - 1) + 1, end);
  const closing = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(last);
  return end === start + opening[0].length || closing === null || closing[1]![0] !== opening[1]![0] || closing[1]!.length < opening[1]!.length;
}

/** A code element of raw HTML and its body, to its closing tag (`<code>…<a href="#X">X</a>…</code>`). */
const htmlCodeElement = /<(code|pre|kbd|samp|tt)\b[^<>]*>([\s\S]*?)<\/\1\s*>/gi;

/**
 * The lower-case words of identifiers in code (`zend` of `zend_object_value`): where the site writes
 * `zend_object`, "the zend object" in prose names that struct, not the brand Zend.
 */
function identifierParts(code: string, consider: (word: string) => void): void {
  if (!code.includes('_')) return;
  for (const [identifier] of snakeCaseIdentifiers(code)) {
    for (const part of identifier.split('_')) if (/^[a-z]{3,}$/.test(part)) consider(part);
  }
}

/**
 * Names of packages and programs the file writes anywhere outside URLs: the name of a scoped
 * package (`vitest` of `@effect/vitest`; not the words of a longer name, `sql-sqlite-node`), a
 * name with a version number glued on (`sqlite3`) and a package URL's type and name (`pypi` and `django` of `pkg:pypi/django@1.11.1`). Where a site writes those, the lower-case word in prose
 * ("Refactor vitest", "on sqlite") is that package or program.
 */
function packageNames(source: string, consider: (word: string) => void): void {
  for (const [, type, name] of source.includes('pkg:') ? source.matchAll(packageUrl) : []) {
    consider(type!);
    consider(name!);
  }
  if (!source.includes('@') && !/[a-z]\d/.test(source)) return;
  const text = source.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+/gi, ' ');
  // The whole name only: `cloudflare` in `@siebix/cloudflare-browser-run` is that package's subject, not its name.
  for (const [, name] of text.matchAll(/(?<![\w@.])@[a-z0-9][\w.-]*\/([a-z]{3,})(?![\w.-])/g)) consider(name!);
  for (const [, name] of text.matchAll(/(?<![\w@./-])([a-z]{3,})\d+(?![\w.-]*\/)(?![\w])/g)) consider(name!);
}

/**
 * A package URL (purl, github.com/package-url/purl-spec: `pkg:type/namespace/name@version?qualifiers#subpath`,
 * `pkg:pypi/django@1.11.1`): its type is the registry's identifier (`pypi`, `npm`, `gem`) and its name, the last
 * segment of the path, the package as that registry spells it.
 */
const packageUrl = /(?<![\w.-])pkg:([a-z][a-z0-9.+-]*)\/(?:[^\s/@?#]+\/)*([a-z][\w.-]*?)(?=[@?#]|[.,;:)]?(?:\s|$))/gi;

/**
 * A lower-case word followed by a version (`Bump typer from 0.25.0 to 0.25.1`, `sqlalchemy 2.0`)
 * names a package release, as its package index writes it; followed by a package of its family in
 * parentheses (`postcss (postcss-import)`), the package; followed by the state of an installed
 * package (`openssl is up to date`, `make sure curl is installed`), the package on the machine.
 */
function packageRelease(source: string, token: ProseToken): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const after = source.slice(token.offset + token.text.length, token.offset + token.text.length + 60);
  // Or followed by a package of its family in parentheses: `postcss (postcss-import)`.
  // Or a dependency update's title, which names the package (`Update jekyll requirement from ~> 3.8 to …`).
  return /^[ \t]+(?:from[ \t]+|to[ \t]+|@)?v?\d+\.\d+/.test(after) || after.startsWith(` (${token.text}-`) || /^[ \t]+requirement[ \t]+from[ \t]/.test(after) || packagingNoun.test(after) || imageTag.test(after) || packageState.test(after) || intoManifest.test(after) || installCommand.test(source.slice(Math.max(0, token.offset - 40), token.offset));
}

/**
 * A lower-case name put into, taken out of or found in a dependency manifest or lock file (`Added
 * scipy back to main requirements.txt`, `pin numpy in pyproject.toml`): a line of that file names
 * the package as its registry spells it, and the sentence is about that line. At most two words
 * between the name and the preposition, and only the file names package managers read.
 */
const intoManifest = /^(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?:to|in|into|from)[ \t]+(?:(?:the|our|your|main|root|top-level)[ \t]+)*[`"']?(?:requirements[\w.-]*\.(?:txt|in)|constraints\.txt|setup\.(?:py|cfg)|pyproject\.toml|Pipfile(?:\.lock)?|environment\.ya?ml|package(?:-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|Gemfile(?:\.lock)?|Cargo\.(?:toml|lock)|go\.(?:mod|sum)|composer\.(?:json|lock)|(?:poetry|uv)\.lock)(?![\w-]|\.\w)/u;

/**
 * A lower-case name right after a package manager's install verb written in prose (`pip install
 * scipy`, `npm install react`): the command's argument, the package as the registry spells it.
 */
const installCommand = /(?:^|[^\p{L}\p{N}_-])(?:pip3?|pipx|npm|pnpm|yarn|gem|cargo|brew|conda|poetry|uv|apt(?:-get)?)[ \t]+(?:install|add|remove|uninstall|upgrade)(?:[ \t]+-[-\w]+)*[ \t]+$/u;

/**
 * What a sentence says of an installed package: that it is installed, up to date or out of date.
 * Its subject, in lower case, is the package as the package manager names it, not the product
 * written in a wrong case; a product is not "installed" in prose about a brand.
 */
const packageState = /^[ \t]+(?:is|are)[ \t]+(?:(?:not|already|properly|correctly)[ \t]+)?(?:installed|up[ \t-]?to[ \t-]?date|outdated|out[ \t-]of[ \t-]date)\b/;

/**
 * A lower-case name with a tag glued on by a colon (`mysql:3.8`, `redis:latest`) is a container
 * image reference, `name ":" tag` with `tag := [\w][\w.-]{0,127}` and a repository name in lower case
 * (the grammar of distribution/reference, reference.go): code written in a sentence. Prose puts a
 * space after a colon.
 */
const imageTag = /^:\w[\w.-]*/;

/**
 * A name joined by a colon, with no space, to code syntax: a template variable or a slot
 * (`gitlab:${USERNAME}`, `github:<user>`, `npm:{name}`) or a URL scheme's `//` (`gitlab://`). That is
 * the format of a key or an identifier, written as a program reads it, not the brand in prose;
 * prose puts a space after a colon (`Gitlab: the service` is read).
 */
const keyFormatSlot = /^:(?:\$\{|\{\{?[\w.$ -]*\}|<([\w.-]+)>|\/\/)/;

/**
 * Tags HTML defines, as a writer puts them after a colon with no space (`on github:<br>`, `gitlab:<b>here</b>`):
 * markup the page renders, not a slot's name; the block names CommonMark lists, and the phrasing elements.
 */
const htmlElements = new Set([
  ...htmlBlockNames,
  ...htmlRawNames,
  ...'a abbr b bdi bdo br button cite code data del dfn em font i img input ins kbd label mark q s samp small span strike strong sub sup time tt u var wbr'.split(' '),
]);

function keyFormat(source: string, token: ProseToken): boolean {
  const slot = keyFormatSlot.exec(source.slice(token.offset + token.text.length, token.offset + token.text.length + 40));
  return slot !== null && (slot[1] === undefined || !htmlElements.has(slot[1].toLowerCase()));
}

/**
 * A lower-case name followed by what a package is (`Fix numpy wheel`, `the redux package`): the
 * package, named as its registry writes it, not the product in a wrong case. Not `plugin` or
 * `extension`: `a drupal plugin` is a plugin for the product Drupal, the product named.
 */
const packagingNoun = /^[ \t]+(?:packages?|library|libraries|modules?|wheels?|gems?|crates?|bindings?|dependency|dependencies)\b/;

/**
 * A brand in lower case used as a verb (`you duckduckgo it`, `just google them`): after a subject
 * pronoun, `just` or a modal, before an object pronoun (not after `to`: `According to pingdom it
 * was…` names the service). The writer makes the name an ordinary verb, as English does
 * with `google`; it is not the product's name in a wrong case.
 */
function usedAsVerb(source: string, token: ProseToken): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const before = source.slice(Math.max(0, token.offset - 12), token.offset);
  const after = source.slice(token.offset + token.text.length, token.offset + token.text.length + 8);
  return /(?:^|[^\p{L}])(?:i|you|we|they|just|can|could|will|would|should)[ \t]+$/iu.test(before) && /^[ \t]+(?:it|them|this|that)\b/.test(after);
}

/**
 * A lower-case gloss in parentheses right after a code span (`` `u` (unicode) ``, `` `g` (global) ``):
 * the word names that code thing (a flag, an option, a field) as the code calls it, not the product.
 */
function codeGloss(source: string, token: ProseToken): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const before = source.slice(Math.max(0, token.offset - 80), token.offset);
  const after = source.slice(token.offset + token.text.length, token.offset + token.text.length + 40);
  return /`[^`\n]+`[ \t]*\($/.test(before) && /^(?:[ \t]+[\p{Ll}\p{N}-]+){0,2}\)/u.test(after);
}

/**
 * A lower-case word among option values written as a config takes them: three or more joined by
 * commas or bars with no space (`(default,cisco,nonbulk,bintec)`, `[cisco|nokia|bc]`; prose puts a
 * space after its commas), or one marked as the default after a colon, an `=`, a comma or a bar, or alone
 * in a list item (`the device type: cisco (default)`).
 */
function optionValue(source: string, token: ProseToken): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const end = token.offset + token.text.length;
  // Marked the default where a value is set or listed (`device type: cisco (default)`, `nokia, cisco (default)`);
  // a sentence's own `the host is github (default) for now` still reads it as the brand.
  if (/^[ \t]*\(default\)/.test(source.slice(end, end + 12)) && /(?:^|[:=,|][ \t]*|^[ \t]*(?:[-*+]|\d+[.)])[ \t]+)$/.test(source.slice(Math.max(0, token.offset - 80), token.offset).split('\n').at(-1)!)) return true;
  const before = /[\p{L}\p{N}_.,|-]*$/u.exec(source.slice(Math.max(0, token.offset - 120), token.offset))![0];
  const after = /^[\p{L}\p{N}_.,|-]*/u.exec(source.slice(end, end + 120))![0];
  const run = before + token.text + after;
  const items = run.split(/[,|]/);
  return items.length >= 3 && items.every((item) => /^[\p{Ll}\p{N}][\p{Ll}\p{N}_.-]*$/u.test(item)) && !/,.*\||\|.*,/.test(run);
}

/** A value of a search or filter query quoted alone in prose (`'compute_resource = Openstack'`): data the query matches (query-values.ts). */
function queryValue(source: string, token: ProseToken): boolean {
  const {line, at} = lineAround(source, token.offset);
  return quotedQueryValue(line, at, token.text.length);
}

/** The source line holding an offset, and the offset's place in it. */
function lineAround(source: string, offset: number): {line: string; at: number} {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  return {line: source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd), at: offset - lineStart};
}

/**
 * A lower-case word of a parenthesized list of an option's values set beside the option's code-spanned
 * name (a config reference's row `` | `os` | … shown on (unix, linux, macos, ...) | ``, `` `host` takes
 * (github, gitlab, bitbucket) ``, `` the `forge` setting takes (…) ``): three or more lower-case tokens and
 * nothing else between the parentheses, commas between them, an ellipsis or `etc.` allowed last; the values
 * as the option takes them. The code span names the option when it is a table row's first cell, opens the
 * line (or its list item), or is called a setting, option, key, field, parameter, flag or property. The same
 * list with no such name before it on its line (`runs on (linux, macos, windows)`, `` Install `kettle` on
 * (linux, macos, windows) ``: a code span that is no option's name), or not in parentheses (`supported
 * shells: fish, zsh, nushell`), is the writer's, and read. Only the word's own line is looked at (exported for the growth test).
 */
export function optionValueList(source: string, token: Pick<ProseToken, 'text' | 'offset'>): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const {line, at} = lineAround(source, token.offset);
  const open = line.lastIndexOf('(', at);
  const close = line.indexOf(')', at);
  if (open === -1 || close === -1 || line.slice(open, at).includes(')')) return false;
  const items = line.slice(open + 1, close).split(',').map((item) => item.trim());
  if (/^(?:\.{3}|…|etc\.?)$/.test(items.at(-1)!)) items.pop();
  if (items.length < 3 || !items.every((item) => /^[\p{Ll}\p{N}][\p{Ll}\p{N}_.-]*$/u.test(item))) return false;
  return optionNamed.test(line.slice(0, open));
}

/**
 * A lower-case word of a list of values a sentence says an option takes (`options are all, mysql,
 * postgres, and sqlite`, `valid values: auto, never, always`, `one of none, gzip or zstd`): three or more
 * lower-case one-word items, commas between them, `and`/`or` before the last, right after words that
 * name them values (`either` only after `must be`/`can be`) or the modules or packages they are (`modules, such as
 * apache, mysql, postgresql`). The values as a config file takes them. The same list without such words before it
 * (`we tested mysql, postgres and sqlite`) is the writer's, and read. A list of nothing but product names
 * (`isName`: `options: github, gitlab, and bitbucket`) shows no value only a setting takes (`all`, `none`, `auto`):
 * it is a setting's values only when a code span before it on its line names the setting (`` `provider` options: … ``);
 * else the writer's products, miscased, and read.
 */
export function valuesNamedInProse(source: string, token: Pick<ProseToken, 'text' | 'offset'>, isName: (item: string) => boolean = () => false): boolean {
  if (token.text !== token.text.toLowerCase()) return false;
  const {line, at} = lineAround(source, token.offset);
  for (const match of line.matchAll(valuesList)) {
    const start = match.index + match[0].length - match[1]!.length;
    if (at < start || at >= match.index + match[0].length) continue;
    const items = match[1]!.split(/,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+/).filter((item) => item !== '');
    if (items.length < 3 || !items.some((item) => item === token.text)) return false;
    // Modules or packages named as such are identifiers even when each is also a product's name (`modules, such as
    // apache, mysql, postgresql`); a list of options holding only product names is the writer's products unless code names the setting.
    return kindNamed.test(match[0]) || !items.every(isName) || /`[^`\n]+`/.test(line.slice(0, match.index));
  }
  return false;
}

/**
 * Words that name what follows values (`options are`, `valid values:`, `one of`, `must be (either)`), or identifiers
 * a tool or registry takes by name (`modules, such as`, `linters like`, `packages including`: Puppet modules, npm
 * packages, gems, crates, plugins, linters, formatters named as installed), then the list: lower-case one-word
 * items (`frameworks like react, vue and svelte` names products, read). `either` alone opens the writer's own alternatives (`run it against either mysql,
 * postgres or sqlite`), read.
 */
/** A list lead that names what a tool or registry takes by name (`modules, such as`), not values of a setting. */
const kindNamed = /^(?:modules|packages|gems|crates|plugins|linters|formatters)\b/;

const valuesList = /\b(?:(?:options|values|choices)(?:[ \t]+(?:are|include))?[ \t]*:?|(?:modules|packages|gems|crates|plugins|linters|formatters),?[ \t]+(?:such[ \t]+as|like|including)|(?:one|any)[ \t]+of(?:[ \t]+the[ \t]+following)?:?|(?:must|can)[ \t]+be(?:[ \t]+either)?)[ \t]+((?:[\p{Ll}\p{N}][\p{Ll}\p{N}_.-]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+))+[\p{Ll}\p{N}][\p{Ll}\p{N}_-]*)/gu;

/** A code span naming an option: a table row's first cell, the line's (or list item's) first thing, or called a setting. */
const optionNamed = /^\s*(?:(?:>\s*)*(?:[-*+]|\d+[.)])\s+)?`[^`\n]+`|^\s*\|\s*`[^`\n]+`\s*\||`[^`\n]+`\s+(?:setting|option|key|field|parameter|flag|property)s?\b/i;

/**
 * A word glued to a parenthesized piece and the next word (`Influxdb(2)Writer` for `InfluxdbWriter`
 * and `Influxdb2Writer`): a shorthand for identifiers, written as their code spells them.
 */
function identifierShorthand(source: string, token: ProseToken): boolean {
  const end = token.offset + token.text.length;
  return /^\([\p{L}\p{N}]{1,4}\)[\p{L}\p{N}]/u.test(source.slice(end, end + 8)) || /[\p{L}\p{N}]\([\p{L}\p{N}]{1,4}\)$/u.test(source.slice(Math.max(0, token.offset - 8), token.offset));
}

const quotePairs: Record<string, string> = {"'": "'", '"': '"', '\u2018': '\u2019', '\u201C': '\u201D'};

/** A word alone in quotes (`'oxc'`, "vite") is a value written as a config file needs it, not a name in prose. */
/**
 * The name of a WordPress shortcode written `[name=value]` (`[youtube=https://www.youtube.com/watch?v=…]`,
 * WordPress.com's and Jetpack's embed form; a post imported from WordPress keeps it): a token, as its
 * plugin registers it, not prose. Only a lower-case word right after `[`, glued to `=`, the bracket closed
 * on the line with no space inside.
 */
function shortcodeName(source: string, token: ProseToken): boolean {
  if (token.text !== token.text.toLowerCase() || source[token.offset - 1] !== '[') return false;
  return /^=[^\s\]]*\]/.test(source.slice(token.offset + token.text.length, token.offset + token.text.length + 500));
}

function quotedValue(source: string, token: ProseToken): boolean {
  const before = source[token.offset - 1];
  const after = source[token.offset + token.text.length];
  if (before === undefined || after === undefined) return false;
  return quotePairs[before] === after && token.text === token.text.toLowerCase();
}

/**
 * Source ranges of table cells in a column written all in lower case (three rows or more, the
 * header aside): a column of data — search queries people typed, values, commands — whose words
 * are kept as typed, not prose a writer capitalizes names in.
 */
function lowerCaseColumns(tree: Root): Array<[number, number]> {
  return tableColumnRanges(tree, (cells) => {
    const texts = cells.map((cell) => (cell ? toString(cell) : ''));
    if (texts.every((text) => /\p{L}/u.test(text) && text === text.toLowerCase())) return cells;
    return valueCells(cells, texts);
  });
}

/**
 * A cell that holds option values as a config file takes them: one identifier (`couchbase`,
 * `serviceClass`, `infinite-scroll`) or a list of them (`sql, mongodb, couchbase, no`), none with a
 * capital first letter; `-` or `[]` for none.
 */
const valueCell = /^\s*(?:[-–—]|\[\]|[\p{Ll}\p{N}][\p{L}\p{N}_.-]*(?:\s*,\s*[\p{Ll}\p{N}][\p{L}\p{N}_.-]*)*)\s*$/u;

/**
 * The value cells of a column of option values (a table of settings: name, default, allowed
 * values): two thirds or more of its cells with letters hold values, so its few cells of prose
 * ("Something or none") do not make the values prose; those cells are still read.
 */
function valueCells(cells: Array<TableCell | undefined>, texts: string[]): Array<TableCell | undefined> | undefined {
  const lettered = texts.filter((text) => /\p{L}/u.test(text));
  const values = lettered.filter((text) => valueCell.test(text));
  if (lettered.length < 3 || values.length * 3 < lettered.length * 2) return undefined;
  return cells.filter((_, index) => valueCell.test(texts[index]!));
}

/**
 * The wrong form in quotes on a line that also quotes the right one (`Replace 'Github' with
 * 'GitHub'`, `"RuboCop", not "Rubocop"`): the line is about the name itself — a correction in a
 * changelog, a style guide's rule — and mentions the wrong form on purpose.
 */
function quotedBesideRight(source: string, token: ProseToken, right: string): boolean {
  const before = source[token.offset - 1];
  if (before === undefined || quotePairs[before] !== source[token.offset + token.text.length]) return false;
  const lineStart = source.lastIndexOf('\n', token.offset) + 1;
  const lineEnd = source.indexOf('\n', token.offset);
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  // The right form quoted (`Replace 'Github' with 'GitHub'`), or written as a word on the same line
  // (`Jellyfin should always be capitalized … Avoid "JellyFin".`): the quoted wrong form is shown, not used.
  for (let at = line.indexOf(right); at !== -1; at = line.indexOf(right, at + 1)) {
    const open = line[at - 1];
    const close = line[at + right.length];
    if (open !== undefined && quotePairs[open] !== undefined && quotePairs[open] === close) return true;
    if (!/[\p{L}\p{N}_]/u.test(open ?? ' ') && !/[\p{L}\p{N}_]/u.test(close ?? ' ')) return true;
  }
  return false;
}

/**
 * A wrong form listed after the right one and "not" (`**GraphQL**, not graphql, Graphql`, a style
 * guide's rule; `GitHub (not Github)`): every listed word is the name's own letters in another
 * case, so the line says which case is right and mentions the others on purpose. A word after
 * "not" that is no form of the name (`GitHub, not on Github pages`), and a wrong form with no right
 * one before it, are read.
 */
function listedAfterRight(source: string, token: ProseToken, right: string): boolean {
  const lineStart = source.lastIndexOf('\n', token.offset - 1) + 1;
  const before = source.slice(lineStart, token.offset);
  const at = before.lastIndexOf(right);
  if (at === -1 || /[\p{L}\p{N}_]/u.test(before[at - 1] ?? ' ')) return false;
  const listed = notList.exec(before.slice(at + right.length))?.[1];
  if (listed === undefined) return false;
  const lower = right.toLowerCase();
  return (listed.replace(/(?:^|[ \t,])or[ \t]/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => word.toLowerCase() === lower);
}

/** After the right form: its closing marks, "not" (or "never", "avoid"), and the forms listed before the word, each in marks, separated by commas, slashes or "or". */
const notList = /^[*_`"'\u201D\u2019]*[ \t]*[,(]?[ \t]*(?:not|never|avoid)[ \t:]+((?:[*_`"'\u201C\u2018]*[\p{L}\p{N}]+[*_`"'\u201D\u2019]*(?:,[ \t]*(?:or[ \t]+)?|[ \t]*\/[ \t]*|[ \t]+or[ \t]+))*)[*_`"'\u201C\u2018]*$/iu;

/**
 * A camel form whose capitals leave a lone letter (`WiX`: `Wi` and `X`), no word boundary: a
 * stylization only an owner invents, the name of another product with the same letters (the WiX
 * toolset is not Wix the site builder). A writer who slips puts a capital at a word boundary
 * (`CloudFlare`, `MarkDown`, `LiberaPay`): those are still
 * reported, and so is a name `spelling.brands` holds to its case. Two real names are never corrected into
 * each other.
 */
function stylizedName(word: string, speller: Speller): boolean {
  // A lone capital letter as a piece (`Wi|X`), and no piece an English word (`Air|Bn|B` is the
  // company Airbnb's old stylization of its own name, written against the name's current form).
  const pieces = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return pieces.some((piece) => [...piece].length < 2) && !pieces.some((piece) => piece.length >= 3 && speller.ordinary(piece.toLowerCase()));
}

/**
 * Is the word right before this one (white space between) a name: written with inner capitals
 * (`JHipster`, `GitHub`), or capitalized in mid-sentence (`Acme`)?
 */
function afterName(source: string, prose: readonly ProseToken[], index: number): boolean {
  const previous = prose[index - 1];
  const token = prose[index];
  if (!previous || !token || !adjacent(source, previous, token) || /\n/.test(source.slice(previous.offset, token.offset))) return false;
  return previous.shape === 'identifier' || (titleWord.test(previous.text) && previous.sentenceStart !== true);
}

function isNote(note: unknown): note is BrandNote {
  return typeof note === 'object' && note !== null && typeof (note as BrandNote).root === 'string' && Array.isArray((note as BrandNote).code);
}

/**
 * A lower-case word read together with a neighbour as a pair of a term the site writes in Title
 * Case ("first contentful paint" where the site writes "First Contentful Paint"): the word is part
 * of that term, an ordinary word the term is made of, not the brand it also spells.
 */
function insideTitleTerm(note: BrandNote, message: VFileMessage, terms: Set<string> | undefined): boolean {
  if (!terms || !note.near) return false;
  const near = note.near[`${message.line}:${message.column}`];
  return near?.some((pair) => terms.has(pair)) ?? false;
}

/** A lower-case word of a list of repositories the site links under one owner (`firmware, web, openwrt`): that repository. */
function inRepositoryList(note: BrandNote, message: VFileMessage, word: string, repositories: Set<string> | undefined): boolean {
  const items = note.lists?.[`${message.line}:${message.column}`];
  return items !== undefined && repositories !== undefined && repositoryListItem(word, items, repositories);
}

/** A lower-case program name in prose followed by the word the site's inline code writes after it (`deno lint`): that command. */
function commandInProse(note: BrandNote, message: VFileMessage, commands: Set<string> | undefined): boolean {
  if (!commands || !note.near) return false;
  return note.near[`${message.line}:${message.column}`]?.some((pair) => commands.has(pair)) ?? false;
}

/**
 * `Minimax` against `MiniMax`, on a site whose prose writes `minimax`: a common word (see
 * commonWordOfName) the site uses as that word, here with only its first capital, a term's name.
 */
function wordOfSite(word: string, expected: unknown, words: Set<string> | undefined): boolean {
  if (!words || typeof expected !== 'string') return false;
  const lower = word.toLowerCase();
  return word === lower[0]!.toUpperCase() + lower.slice(1) && expected.toLowerCase() === lower && words.has(lower);
}

/** One site-wide set per site root: the union of a list every file's note holds. */
function unionBySite(files: FileFindings[], list: (note: BrandNote) => readonly string[] | undefined): Map<string, Set<string>> {
  const bySite = new Map<string, Set<string>>();
  for (const {note} of files) {
    if (!isNote(note)) continue;
    const words = list(note);
    if (!words) continue;
    const set = bySite.get(note.root) ?? new Set<string>();
    for (const word of words) set.add(word);
    bySite.set(note.root, set);
  }
  return bySite;
}

/** Drops the findings whose form the same site writes as inline code in some file. */
function refine(files: FileFindings[]): Set<VFileMessage> {
  const codeBySite = unionBySite(files, (note) => note.code);
  // Word pairs of the site's Title Case terms that hold a name after the term's first word.
  const termsBySite = unionBySite(files, (note) => note.terms);
  // Common words the site's prose writes in lower case that are also names with inner capitals (`minimax`).
  const wordsBySite = unionBySite(files, (note) => note.words);
  // Commands the site writes as inline code (`deno lint`), as the pair keys of their first two words.
  const commandsBySite = unionBySite(files, (note) => note.commands);
  // The repositories the site links on a forge (`acme/openwrt`): a list of their names names them.
  const repositoriesBySite = unionBySite(files, (note) => note.repositories);
  // Acronyms some page of the site defines by their expansion (`The ReAct pattern (for Reason+Act)`).
  const acronymsBySite = unionBySite(files, (note) => note.acronyms);
  const drop = new Set<VFileMessage>();
  // A camel form against a one-capital list form, written in three files or more of a site: the site's own name for it.
  const camelFiles = new Map<string, Set<FileFindings>>();
  for (const file of files) {
    if (!isNote(file.note)) continue;
    for (const message of file.findings) {
      const data = (message as {data?: {word?: unknown; expected?: unknown}}).data;
      if (typeof data?.word !== 'string' || typeof data.expected !== 'string' || !(camelAgainstOneCapital(data.word, data.expected) || addedInnerCapitals(data.word, data.expected))) continue;
      const key = `${file.note.root}\n${data.word}`;
      camelFiles.set(key, (camelFiles.get(key) ?? new Set()).add(file));
    }
  }
  for (const file of files) {
    const code = isNote(file.note) ? codeBySite.get(file.note.root) : undefined;
    for (const message of file.findings) {
      const word = (message as {data?: {word?: unknown}}).data?.word;
      if (typeof word !== 'string') continue;
      if (code?.has(word)) drop.add(message);
      else if (isNote(file.note) && commandInProse(file.note, message, commandsBySite.get(file.note.root))) drop.add(message);
      else if (isNote(file.note) && wordOfSite(word, (message as {data?: {expected?: unknown}}).data?.expected, wordsBySite.get(file.note.root))) drop.add(message);
      else if (isNote(file.note) && insideTitleTerm(file.note, message, termsBySite.get(file.note.root))) drop.add(message);
      else if (isNote(file.note) && inRepositoryList(file.note, message, word, repositoriesBySite.get(file.note.root))) drop.add(message);
      else if (isNote(file.note) && (camelFiles.get(`${file.note.root}\n${word}`)?.size ?? 0) >= siteFormFiles) drop.add(message);
      // The exact form another page defines as an acronym, with capitals the list's form lacks (`ReAct`, not `React`):
      // a writer invents those capitals on purpose, so it is that acronym on every page; a form with no more capitals
      // than the list's (`Github`) is never one.
      else if (isNote(file.note) && acronymsBySite.get(file.note.root)?.has(word) && addsCapitals(word, String((message as {data?: {expected?: unknown}}).data?.expected))) drop.add(message);
    }
  }
  return drop;
}

export default defineRule({
  meta: {
    id,
    description: 'Product and brand names written in a wrong case (Github for GitHub)',
    severity: 'warn',
    messages: {wrongCase: '`{{word}}` is written `{{expected}}`'},
    fixable: 'writes the name in its right case',
    services: ['speller'],
  },
  async file({tree, text: source, path, frontMatter, site, componentLines, mdx, settings, report, note, speller: spellers}) {
    // On a page in another language (a Dutch post) a lower-case word may be one of its ordinary
    // words (`ben`, `staat`): only names written with a capital are judged there (`Whatsapp`).
    // Release notes a tool wrote from commit subjects: nobody edits their words.
    if (generatedReleaseNotes(source)) return;
    // A page its front matter or its title marks as a repost (`tagline: 转`, FixIt's `repost`, `(转)` opening the title): another author's words, as they wrote them.
    if (repostMark(frontMatter?.data, site, {path, tree}) !== undefined) return;
    // So is a page whose prose reads as another language whatever the site's default says (a German
    // page among English ones: `immer` is its word for "always").
    const language = pageLanguage(path, frontMatter, site);
    // Slashed alternatives (`internal/external`) are read for spelling only: beside names they are a path (`acme/Widgetz`).
    const prose = proseTokens(tree, source, frontMatter, mdx, rawHtmlShown(site), pastesText(site), rendersTemplatesFirst(site, frontMatter?.data), writesGeneratedBlocks(site), shownFrontMatterFields(site)).filter((token) => token.slashed === undefined);
    const english = sameLanguage(spellingSettings(settings).language, 'en');
    const foreign = (language !== undefined && !sameLanguage(language, spellingSettings(settings).language)) || (english && proseReading(prose) === 'other');
    // Titles of issues and pull requests the notes list: their authors' words, quoted. So are commit lines a
    // post copies from the log, a search query it quotes, a style guide's column of forms to avoid, a release's credits list of names.
    // Lines a changelog tool configured in the repository writes from commit subjects (git-chglog's template): the commits' words.
    // Another project's release notes a page in another language copies (a Chinese post keeping Less's English changelog): its maintainers' words.
    const titles = othersRecordSpans(tree, source, wordsRootFor(site, settings), site, frontMatter?.data);
    // Where a sentence's or a block's first word stands: a compound opening there is capitalised for the sentence.
    let openers: Set<number> | undefined;
    const startsSentence = (offset: number): boolean => (openers ??= new Set(prose.filter((each) => each.sentenceStart === true).map((each) => each.offset))).has(offset);
    const tokens = prose.filter((token) => token.shape !== 'acronym' && token.joined === undefined && !slug(token, source, startsSentence) && !(foreign && token.text === token.text.toLowerCase()) && !inSpans(titles, token.offset));
    // A file with no word to judge may still write a Title Case term the site's other pages use in lower case.
    if (tokens.length === 0 && !prose.some((token, index) => index > 0 && titleWord.test(token.text) && titleWord.test(prose[index - 1]!.text))) return;
    const speller = await spellers.get();
    const verdicts = brandVerdicts(speller);
    const openerVerdicts = brandVerdicts(speller, true);
    const code = codeNames(tree, source, speller, verdicts, componentLines);
    const isName = (lower: string): boolean => {
      if (!verdicts.has(lower)) verdicts.set(lower, brandFix(lower, speller, false));
      return verdicts.get(lower) !== undefined;
    };
    const terms = titleTermPairs(source, prose, isName);
    const commands = codeCommands(tree, isName);
    const near: Record<string, string[]> = {};
    const itemLists: Record<string, string[]> = {};
    // Read only when a word is about to be reported: most files have none.
    let dataColumns: Array<[number, number]> | undefined;
    let typedExamples: Array<[number, number]> | undefined;
    let quoted: Ranges | undefined;
    let labels: Set<number> | undefined;
    let links: Array<[number, number, string, string]> | undefined;
    let lists: TypeList[] | undefined;
    let compounds: Set<string> | undefined;
    // A token's place in `prose` and an offset's line and column, indexed once: a page with many findings stays linear.
    let proseIndex: Map<ProseToken, number> | undefined;
    const indexInProse = (token: ProseToken): number => (proseIndex ??= new Map(prose.map((each, index) => [each, index]))).get(token) ?? -1;
    let place: ReturnType<typeof location> | undefined;
    let acronyms: Set<string> | undefined;
    // The day the page was written; null: it says none.
    let day: string | null | undefined;
    for (const token of tokens) {
      const word = token.text;
      // A sentence's first word has verdicts of its own (brandFix reads its capital so), in a map of their own:
      // no key made per word.
      const known = token.sentenceStart ? openerVerdicts : verdicts;
      let right = known.get(word);
      if (right === undefined && !known.has(word)) {
        right = brandFix(word, speller, token.sentenceStart ?? false);
        known.set(word, right);
      }
      // The verdict, kept for the run, comes first: the checks of the text around a word cost more, and most words are fine.
      // Link text with capitals added to the list's form that the link's path names (`[MAGic](…/products/magic/)`): another owner's product, its own form.
      if (right !== undefined && token.named === true && addsCapitals(word, right) && pathNames((links ??= linkTargets(tree)), token.offset, word)) continue;
      if (right === undefined || identifierShaped(word, right) || mockingCase(word, right) || quotedValue(source, token) || shortcodeName(source, token) || optionValue(source, token) || optionValueList(source, token) || valuesNamedInProse(source, token, (item) => brandFix(item, speller, false) !== undefined) || identifierShorthand(source, token) || codeGloss(source, token) || packageRelease(source, token) || keyFormat(source, token) || queryValue(source, token) || spellsAcronym(source, token.offset) || quotedBesideRight(source, token, right) || listedAfterRight(source, token, right)) continue;
      // An acronym the page defines by its expansion (`Data Science Hackathon (DaSH)`): the writer's own name, on the whole page.
      if ((acronyms ??= pageDefinedAcronyms(source)).has(word)) continue;
      // A hyphenated name the page's code writes, capitalised as a list item's or sentence's first word (`- Mongodb-datastore:`).
      if (capitalizedCodeCompound(token, (compounds ??= codeCompounds(tree)))) continue;
      // A Unix account a service runs as (`runs as elasticsearch user`), a git remote a command names (`git fetch github`): the system's own names.
      if (runsAsAccount(source, token.offset, word) || gitRemoteArgument(source, token.offset, word)) continue;
      // A program followed by its options (`Mysql -u root` as a list's step): a command, typed as the shell takes it.
      if (commandWithOptions(source, token.offset, word)) continue;
      // The first word of a longer name the list knows whole, in that name's owner's form (`Adblock Plus`, not the one-word `AdBlock`).
      if (opensLongerName(source, token.offset, word, speller)) continue;
      // An operating system joined to an architecture (`freebsd / amd64`): a platform string, GOOS as Go spells it.
      if (platformPair(source, token.offset, word)) continue;
      // The owner's form when the page was written (`CloudFlare` in a 2016 post; the name is `Cloudflare` since late 2016).
      if (formOfItsTime(word, right, (day ??= writtenDay(path, frontMatter?.data) ?? null) ?? undefined)) continue;
      // A term capitalized as a noun on a German page (`Loopback-Subnetze`): grammar, not the product's name.
      if (foreign && capitalizesNouns(language) && termAsNoun(word, speller)) continue;
      // The wrong side of a correction the prose spells out (`Github -> GitHub`), a name made a verb (`you duckduckgo it`).
      if (correctedInPlace(source, token.offset, word.length) || usedAsVerb(source, token)) continue;
      // A brand spelling a common noun, used as one (`create a dropbox`: a drop box).
      if (usedAsCommonNoun(source, token.offset, word, right, (lower) => speller.ordinary(lower))) continue;
      // An ordinary word in Title Case counted as one (`Build a Chatbot in 10 Minutes`), against a name with a capital inside (`ChatBot`).
      if (titleCasedCommonNoun(source, token.offset, word, right, (lower) => ordinaryWord(lower, speller))) continue;
      // The same word on a page that uses it in lower case as a counted noun (`a chatbot that`).
      if (titleCasedNounOfPage(source, word, right, (lower) => ordinaryWord(lower, speller))) continue;
      // The same word capitalized in a link's text that spells the linked site's name (`[Chatbot magazine](https://chatbotsmagazine.com/)`).
      if (wordOfLinkedSiteName(word, right, spanAt((links ??= linkTargets(tree)), token.offset), (lower) => ordinaryWord(lower, speller))) continue;
      // A lower-case word in a list of examples the reader types to a program (`you can ask it questions such as these:`).
      if (word === word.toLowerCase() && (typedExamples ??= typedExampleRanges(tree, source)).some(([start, end]) => token.offset >= start && token.offset < end)) continue;
      // A lower-case module or type named in a list of the kinds of value code takes (`dataclass, datetime, numpy, and UUID instances`).
      if (word === word.toLowerCase() && inTypeList((lists ??= typeLists(source)), token.offset, word, (item) => !speller.ordinary(item) && !isName(item) && /^[a-z_][a-z0-9_]*$/.test(item))) continue;
      if ((dataColumns ??= [...lowerCaseColumns(tree), ...listLeadRanges(tree), ...fieldValueRanges(source), ...(mdx ? componentPackageLists(tree) : [])]).some(([start, end]) => token.offset >= start && token.offset < end)) continue;
      // Link text naming an encyclopedia article's subject whose title writes the word otherwise (`[Affine Transformation](…/wiki/Affine_transformation)`).
      if (encyclopediaTerm((links ??= linkTargets(tree)), token.offset, word, right)) continue;
      // Another product with the same letters, on a page about its owner's family (`WebPack` beside Xilinx and Vivado: the FPGA tools' edition).
      const family = otherProductFamily(word);
      if (family !== undefined && prose.some((each) => family.has(each.text))) continue;
      // Others' words, written as their source wrote them: a quotation, a blockquote that names its source, a linked work's title.
      if (othersWord((quoted ??= othersWords(tree, source)), token.offset, word)) continue;
      // `JHipster DevBox`: a camel form right after another name is a word of that longer name (the
      // project's own DevBox), not the list's one-capital brand (`Devbox`) miswritten.
      if (camelAgainstOneCapital(word, right) && (afterName(source, prose, indexInProse(token)) || (stylizedName(word, speller) && !speller.brands.has(word.toLowerCase())))) continue;
      // A setting's label that spells its key (`Host Address Loopback` beside `hostAddressLoopback`): the key's words, not a brand.
      if ((labels ??= identifierLabels(source, prose, camelIdentifiers(tree))).has(indexInProse(token))) continue;
      const point = (place ??= location(source)).toPoint(token.offset);
      const start = point ? {line: point.line, column: point.column} : pointAt(source, token.offset);
      if (word === word.toLowerCase()) {
        const pairs = neighbourPairs(source, prose, indexInProse(token));
        if (pairs.length > 0) near[`${start.line}:${start.column}`] = pairs;
        const items = listAround(source, token.offset, word);
        if (items) itemLists[`${start.line}:${start.column}`] = items;
      }
      report({
        messageId: 'wrongCase',
        data: {word, expected: right},
        place: {...start, endLine: start.line, endColumn: start.column + word.length},
        details: {word, expected: right},
        fix: {range: [token.offset, token.offset + word.length], text: right},
      });
    }
    // The common words the prose writes in lower case that also spell a name with inner capitals (`minimax`).
    const words = commonWordsOfNames(tokens, speller);
    const repositories = linkedRepositories(tree);
    const defined = (acronyms ??= pageDefinedAcronyms(source));
    note({root: spellers.wordsRoot(), code, ...(defined.size > 0 ? {acronyms: [...defined]} : {}), ...(terms.length > 0 ? {terms} : {}), ...(Object.keys(near).length > 0 ? {near} : {}), ...(words.size > 0 ? {words: [...words]} : {}), ...(commands.length > 0 ? {commands} : {}), ...(repositories.length > 0 ? {repositories} : {}), ...(Object.keys(itemLists).length > 0 ? {lists: itemLists} : {})} satisfies BrandNote);
  },
  /** Drops the findings whose form the same site writes as code in some file. */
  site({fileFindings, withdraw}) {
    withdraw(refine(fileFindings()));
  },
});
