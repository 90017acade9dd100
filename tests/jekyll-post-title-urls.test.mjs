// Jekyll fills a post permalink's `:title` with the file name's slug slugified in "pretty" mode,
// letter case kept (`.aspx`, `_` and capitals stay), and `:slug` in "default" mode, lower-cased
// (lib/jekyll/drops/url_drop.rb, lib/jekyll/utils.rb slugify). Under a permalink ending in `/` the
// post is the folder `…/Name.aspx/`: a link without the slash is redirected to it by the host.
// jekyll-redirect-from URLs ending in `/` are folders the same way. Letter case counts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, tempSite} from './helpers.mjs';

const config = 'title: Old posts\npermalink: /archive/:year/:month/:day/:title/\nplugins:\n  - jekyll-redirect-from\n';
const site = {
  '_config.yml': config,
  '_posts/2006-08-26-Skinning_Overview.aspx.markdown': '---\ntitle: Skinning\n---\n\nSkins.\n',
  '_posts/2006-09-26-invisible_captcha.aspx.markdown': '---\ntitle: Captcha\nredirect_from:\n  - "/archive/2006/09/26/Invisible_Captcha.aspx/"\n---\n\nA control.\n',
  '_posts/2006-08-29-Mobile.aspx.markdown': [
    '---', 'title: Mobile', '---', '',
    'See [the overview](/archive/2006/08/26/Skinning_Overview.aspx) and [the control](/archive/2006/09/26/Invisible_Captcha.aspx).',
    '',
    'Not [lower case](/archive/2006/08/26/skinning_overview.aspx) nor [another day](/archive/2006/08/27/Skinning_Overview.aspx).',
    '',
  ].join('\n'),
};

test('Jekyll: a post under :title/ keeps .aspx and case; linked without the slash it is found, other case or date is not', () => {
  assert.deepEqual(siteFindings(tempSite(site)), ['_posts/2006-08-29-Mobile.aspx.markdown:7:5 no-missing-files', '_posts/2006-08-29-Mobile.aspx.markdown:7:66 no-missing-files']);
});

test('Jekyll: :slug is the lower-cased default slug of the file name', () => {
  const slugged = {
    '_config.yml': 'title: Posts\npermalink: /blog/:slug/\n',
    '_posts/2020-01-02-Hello_World.aspx.md': '---\ntitle: Hello\n---\n\nHi.\n',
    'about.md': '---\ntitle: About\n---\n\nRead [the post](/blog/hello-world-aspx/#more) not [this](/blog/Hello_World.aspx).\n',
  };
  // The post is found: its missing heading is reported; the name as written is no URL of it.
  assert.deepEqual(siteFindings(tempSite(slugged)), ['about.md:5:51 no-missing-files', 'about.md:5:6 no-broken-anchors']);
});
