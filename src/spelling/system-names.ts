/**
 * Names a system gives its own things, written in prose without code formatting: the account a
 * service runs as, and the remote a git command names. A product's name in lower case there is that
 * account or remote (`elasticsearch`, `github`), as the system spells it, not the brand miscased.
 */

/** How far back a word's context is read: one clause. */
const reach = 60;

/** A process's identity: a verb of running, `as`, maybe `the`, right before the name (`runs as elasticsearch user`). */
const runsAs = /\b(?:run|runs|running|ran|execute[sd]?|executing|start(?:s|ed)?|log(?:s|ged)?[ \t]+in|logs?[ \t]+on)[ \t]+as[ \t]+(?:the[ \t]+)?$/i;
/** …and the noun that says it is an account, right after it. */
const accountNoun = /^[ \t]+(?:user|account|system[ \t]+user|service[ \t]+account)\b/i;

/**
 * A lower-case name a service runs as, said so (`runs as elasticsearch user instead of root`, `started as
 * the postgres account`): a Unix account, named as `useradd` made it. Not a user of a product (`an
 * elasticsearch user`, `as a github user`): no verb of running before `as`, or an article other than `the`.
 */
export function runsAsAccount(source: string, offset: number, word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  return runsAs.test(source.slice(Math.max(0, offset - reach), offset)) && accountNoun.test(source.slice(offset + word.length, offset + word.length + 24));
}

/**
 * git's commands that take a remote as their first argument (git-fetch(1): `git fetch [<options>]
 * [<repository> [<refspec>…]]`; likewise pull, push, and `remote add|remove|rename|set-url|show|prune|update`),
 * on the word's own line, options between allowed.
 */
const gitRemoteCommand = /(?:^|[^\p{L}\p{N}_-])git[ \t]+(?:fetch|pull|push|remote[ \t]+(?:add|remove|rm|rename|set-url|show|prune|update))(?:[ \t]+-{1,2}[\w-]+(?:=\S+)?)*[ \t]+$/u;

/**
 * The remote a git command written out in prose names (`git fetch github`, `git push --tags gitlab`,
 * a checklist's step without backticks): the remote's name as `git remote add` gave it. The same word
 * anywhere else on the line is read.
 */
export function gitRemoteArgument(source: string, offset: number, word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return gitRemoteCommand.test(source.slice(Math.max(lineStart, offset - reach), offset));
}

/**
 * Option tokens right after a word, as a command line writes them: a dash and one to three letters
 * (`-u`, `-it`, `-p3306`), or two dashes and a word (`--user`, `--initialize-insecure`), each
 * followed by a space, `=`, or the line's end. A dash between spaces (`Mysql - the database`) is
 * punctuation; a dash glued to a word of four letters or more (`-based`) is a compound's piece.
 */
const optionsAfter = /^[ \t]+(?:-[A-Za-z][A-Za-z]{0,2}\d*|--[A-Za-z][\w-]*)(?=[ \t=]|$)/u;

/**
 * A word directly followed by command-line options (`Mysql -u root` in a list of steps, `Docker
 * --version`) is a program typed as a command, whatever its case at the start of an item: the
 * shell takes the program's file name (`mysql`), never the brand's form, so `MySQL -u root` is no
 * fix. Left to the writer (or to code formatting); the same word before prose is read.
 */
export function commandWithOptions(source: string, offset: number, word: string): boolean {
  const lineEnd = source.indexOf('\n', offset);
  return optionsAfter.test(source.slice(offset + word.length, lineEnd < 0 ? undefined : lineEnd));
}

/**
 * The architectures a platform string names after its operating system: Go's GOARCH values (`go tool
 * dist list`: 386, amd64, arm, arm64, loong64, mips, mipsle, mips64, mips64le, ppc64, ppc64le, riscv64,
 * s390x, wasm), which the OCI image index's `platform.architecture` takes too, and the `uname -m` forms
 * a platform table also writes (x86_64, aarch64, i386, i686). An OCI variant may follow (`arm/v7`).
 */
const architecture = /^[ \t]*\/[ \t]*(?:386|amd64|arm|arm64|loong64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|riscv64|s390x|wasm|x86_64|aarch64|i386|i686)(?:\/v\d+)?(?![\p{L}\p{N}_-])/u;

/**
 * A lower-case word joined by a slash to an architecture (`freebsd / amd64`, `linux/arm64`, a row of a
 * table of supported platforms): a platform string, GOOS/GOARCH as Go and `docker --platform` spell it,
 * whose first part is the operating system's identifier (`freebsd`, `darwin`), not the product's name
 * in prose. `FreeBSD on amd64`, or `freebsd` elsewhere on the line, is read.
 */
export function platformPair(source: string, offset: number, word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  return architecture.test(source.slice(offset + word.length, offset + word.length + 24));
}
