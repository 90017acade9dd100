/**
 * Names whose owners changed how they write them: the current form, the forms they wrote before,
 * and from when. brand-casing holds a page to the name as its owner wrote it when the page was
 * written (a 2016 post's `CloudFlare` was right then), and a page with no date to today's form.
 * The current form also corrects a list of names that kept an earlier one (Simple Icons' title
 * `MailChimp`): see vocabulary.ts, which applies these renames where the names are read.
 *
 * Every entry is checked against the owner's own material (sources listed with it). A rename
 * whose date the owner's material does not settle is left out: a name is then held to today's
 * form only. This is a seed list, not a survey of renames: add an entry only with the owner's
 * dated material as its source.
 *
 * When the owner's material dates its last writing of the earlier form but not the first of the
 * new one (`SourceTree` in the owner's blog of 2016-11-16; `Sourcetree` today, the day of the change
 * not written where we could read), the entry has no `since`, only `earlierSeen`: a page written on
 * or before that day was right with the earlier form; a later page is held to today's form, as is
 * any page with no date.
 */
export interface BrandRename {
  /** The owner's form today. */
  name: string;
  /** Forms the owner wrote before `since`. */
  earlier: readonly string[];
  /**
   * The first day of the new form (`YYYY-MM-DD`), or its month (`YYYY-MM`) when the owner dates it
   * no closer; absent when the owner's material does not date it (then `earlierSeen` is given).
   */
  since?: string;
  /**
   * The day the owner's own material last stopped writing an earlier form, when that is after
   * `since` (a rename carried out over months: the site first, the README later). Until that day
   * both forms were the owner's; absent, the earlier form ends at `since`.
   */
  earlierUntil?: string;
  /**
   * The last day (`YYYY-MM-DD`) the owner's own dated material is known to write an earlier form,
   * for a rename whose first day is not settled: a page written on or before it keeps that form.
   */
  earlierSeen?: string;
  /** Where the rename and its date were checked. */
  sources: readonly string[];
}

export const brandRenames: readonly BrandRename[] = [
  {
    name: 'Mailchimp',
    earlier: ['MailChimp'],
    // The brand by Collins went live on 2018-09-26 with the name written `Mailchimp`; the owner's
    // blog wrote `MailChimp` until then (its 2008 logo post, its feed's title).
    since: '2018-09-26',
    sources: [
      'https://mailchimp.com/resources/new-brand-announcement-2018/',
      'https://bureauofdigital.com/radio/bureau-briefing-content/2018/11/29/inside-mailchimps-new-look (Mailchimp\'s director of brand design: live on September 26, 2018)',
      'https://blog.mailchimp.com/new-mailchimp-logo-by-jon-hicks/ (2008: `MailChimp`)',
    ],
  },
  {
    name: 'Mastercard',
    earlier: ['MasterCard'],
    // The brand identity unveiled in July 2016 (Pentagram's mark, rolled out from that month) wrote the
    // name with a lower-case c in written material too, "to de-emphasize the word card" (the owner's
    // brand centre FAQ). The announcement gives the month; the day is not settled where we read it.
    since: '2016-07',
    sources: [
      'https://mc-design-center.netlify.app/faq ("In written materials, why is the \"c\" in Mastercard now lowercase?")',
      'Mastercard press release "Mastercard Unveils New Brand Identity", July 2016 (rollout from Masterpass that month)',
    ],
  },
  {
    name: 'Cloudflare',
    earlier: ['CloudFlare'],
    // The owner's post "Time for an Update" (2016) announced the new logo and the lower-case f;
    // the day is not given where we could read it, so the month of the first dated notice of it
    // (a pull request of 2016-10-13 citing the post as recent) stands for it.
    since: '2016-10',
    sources: [
      'https://blog.cloudflare.com/time-for-an-update/',
      'https://blog.cloudflare.com/rejected-cloudflare-logos/ (2011: `CloudFlare`)',
      'https://github.com/2factorauth/twofactorauth/pull/2103 (2016-10-13: "Cloudflare recently changed their logo … from CloudFlare to Cloudflare")',
    ],
  },
  {
    name: 'Jamstack',
    earlier: ['JAMstack'],
    // The community site's own repository: its 2019 rebuild wrote `JAMstack` throughout; the
    // commit "Remove achronym emphasis" on its main line (2019-12-09) rewrote the name as
    // `Jamstack` across the site, and "Jamstack consistency" (2020-04-15) the few places left
    // (README, package description, listed resources): until that commit the owner's own README
    // opened `# JAMstack`, so both forms were the owner's between the two days.
    since: '2019-12-09',
    earlierUntil: '2020-04-15',
    sources: [
      'https://github.com/jamstack/jamstack.org/commit/944180f607566b78da98054dafbc631a6efdc99e (2019-12-09: JAMstack → Jamstack across the site)',
      'https://github.com/jamstack/jamstack.org/commit/d2ecce1afae3d86bb19a308b9f93d01b027a798e (2020-04-15: "Jamstack consistency")',
      'https://github.com/jamstack/jamstack.org/commit/dc90cf07 (2019-08-22: the rebuild\'s skeleton writes `JAMstack`)',
    ],
  },
  {
    name: 'Tripadvisor',
    earlier: ['TripAdvisor'],
    // The owner's brand guidelines for partners: "Our brand name is TripAdvisor … Capital T. Capital
    // A." (August 2016), `TripAdvisor` still in its launch guidelines of October 2018; its partner
    // guidelines released March 2020 write `Tripadvisor` throughout. The day of the change is not in
    // the owner's material we could read: the month of its first dated writing of the new form stands for it.
    since: '2020-03',
    sources: [
      'https://www.scribd.com/document/520874611/Manual-de-Identidade-Triadvisor (the owner\'s Brand Guidelines for Partners, August 2016: "Our brand name is TripAdvisor")',
      'https://www.readkong.com/page/the-new-tripadvisor-launch-guidelines-for-style-messaging-9727032 (TripAdvisor Media Center, October 2018: `TripAdvisor`)',
      'https://relayto.com/relayto/trip-advisor-brand-book-gr5kmg79qdc6z/ka9E9YmR31 (Brand Guidelines for Partners, released March 2020: `Tripadvisor`)',
    ],
  },
  {
    name: 'Sourcetree',
    earlier: ['SourceTree'],
    // The owner's blog wrote `SourceTree` in its posts up to at least 2016-11-16 ("Adding staged
    // updates to SourceTree"); its site and downloads write `Sourcetree` today. The day the owner
    // changed is not in its material we could read: only pages up to that post keep the old form.
    earlierSeen: '2016-11-16',
    sources: [
      'https://blog.sourcetreeapp.com/2016/11/16/adding-staged-updates-to-sourcetree/ (2016-11-16: `SourceTree`, title and text)',
      'https://blog.sourcetreeapp.com/2016/03/31/sourcetree-beta-program-a-look-behind-the-curtains/ (2016-03-31: `SourceTree`)',
      'https://www.sourcetreeapp.com/ (today: `Sourcetree`)',
    ],
  },
];

const byEarlier = new Map<string, BrandRename>();
const byName = new Map<string, BrandRename>();
for (const rename of brandRenames) {
  byName.set(rename.name, rename);
  for (const form of rename.earlier) byEarlier.set(form, rename);
}

/**
 * A list's titles its owner never wrote (no rename: the list's contributor misread a logo), with
 * the owner's form. Each is checked against the owner's own material, cited with it.
 */
export const listMisreadings: ReadonlyMap<string, string> = new Map([
  // Simple Icons' `QWen`. The owner (Alibaba Cloud's Qwen team) writes `Qwen`: its GitHub
  // organisation `QwenLM` and repositories `QwenLM/Qwen`, `QwenLM/Qwen2`, `QwenLM/Qwen3` ("The
  // official repo of Qwen"), its Hugging Face organisation page "Welcome to Qwen", its chat `Qwen Chat`.
  ['QWen', 'Qwen'],
  // Simple Icons' `Openlayers`. The owner writes `OpenLayers`: the project's README
  // (openlayers/openlayers: "# OpenLayers", "[OpenLayers](https://openlayers.org/) is a
  // high-performance, feature-packed library …"), throughout. No second source about names lists
  // the name, so the title alone stood, title-cased only (vocabulary.ts: names, titleCased).
  ['Openlayers', 'OpenLayers'],
  // Simple Icons' `Flightaware`. The owner writes `FlightAware`: its own repositories' READMEs
  // (flightaware/piaware: "forward data read from an ADS-B receiver to FlightAware", "a registered
  // FlightAware username"), throughout. No second source about names lists the name, so the title
  // alone stood, title-cased only, and held the owner's own form to it (judged false in round 38).
  ['Flightaware', 'FlightAware'],
]);

/** A list's title in the form its owner writes today (`MailChimp` → `Mailchimp`, `QWen` → `Qwen`). */
export function currentName(title: string): string {
  return byEarlier.get(title)?.name ?? listMisreadings.get(title) ?? title;
}

/** What the vocabulary's names depend on besides their packages (the prepared copy is remade when it changes). */
export const brandHistoryVersion = [
  ...brandRenames.map((rename) => `${rename.earlier.join('|')}>${rename.name}@${rename.since ?? ''}${rename.earlierUntil ? `~${rename.earlierUntil}` : ''}${rename.earlierSeen ? `<=${rename.earlierSeen}` : ''}`),
  ...[...listMisreadings].map(([title, name]) => `${title}>${name}`),
].join(',');

/**
 * Was `word` the owner's form of `right` on `day` (`YYYY-MM-DD`)? An earlier form, on a page
 * written before the owner stopped writing it (`earlierUntil`, else the rename's `since`), or on or
 * before the owner's last dated writing of it (`earlierSeen`). A page with no date is held to today's form.
 */
export function formOfItsTime(word: string, right: string, day: string | undefined): boolean {
  if (day === undefined) return false;
  const rename = byName.get(right);
  if (!rename || !rename.earlier.includes(word)) return false;
  // `YYYY-MM` compares as the month's first day: `2016-09-30` < `2016-10`.
  const until = rename.earlierUntil ?? rename.since;
  if (until !== undefined && day < until) return true;
  // `2016-11-16 10:00` is still that day.
  return rename.earlierSeen !== undefined && day.slice(0, 10) <= rename.earlierSeen;
}
