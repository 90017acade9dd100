/** A problem the user can fix (bad config, missing path, bad flag): one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
