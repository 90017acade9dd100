/**
 * Jekyll's Utils.slugify, as a post's URL placeholders use it (jekyll/jekyll lib/jekyll/utils.rb
 * `slugify`, lib/jekyll/drops/url_drop.rb `title`/`slug`): characters outside the mode's set become
 * one `-`, leading and trailing `-` go, and the result is lower-cased unless `cased`.
 * - `:title` is "pretty" and cased: letters, digits and `._~!$&'()+,;=@` stay, so a post file
 *   `2006-08-29-Mile_High.aspx.md` keeps `Mile_High.aspx` as written.
 * - `:slug` is "default": only letters and digits stay, lower-cased (`mile-high-aspx`).
 */
const pretty = /[^\p{L}\p{M}\p{Nd}._~!$&'()+,;=@]+/gu;
const plain = /[^\p{L}\p{M}\p{Nd}]+/gu;

function slugify(text: string, keep: RegExp, cased: boolean): string {
  const slug = text.replace(keep, '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}

/** The `:title` of a post's permalink: its `slug:` field, else the file name's slug. */
export const titlePlaceholder = (slug: string): string => slugify(slug, pretty, true);

/** The `:slug` of a post's permalink. */
export const slugPlaceholder = (slug: string): string => slugify(slug, plain, false);
