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
