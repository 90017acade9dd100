// Feed files a site's feed plugin writes at build (round 41's theme-rss-plugin-generated-file):
// found when a known plugin writes them, unverifiable under a feed package postlint does not model,
// missing otherwise; asserted by exact rule id, line and column, both ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

const page = '---\ntitle: News\n---\n\n[a](/digest.rss) [b](/feed.rss) [c](/gone.xml)\n';

test('vitepress-plugin-rss: its filename is written; the default feed.rss only for options without one', async () => {
  const config = 'import {RssPlugin} from "vitepress-plugin-rss";\nconst digest = {baseUrl: "https://example.org", filename: "digest.rss"};\nexport default {vite: {plugins: [RssPlugin(digest)]}};\n';
  const files = {'.vitepress/config.mts': config, 'package.json': '{"devDependencies":{"vitepress":"1.6.0","vitepress-plugin-rss":"0.3.0"}}', 'news.md': page};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['news.md:5:18 no-missing-files', 'news.md:5:33 no-missing-files']);
  files['.vitepress/config.mts'] = config.replace('RssPlugin(digest)', 'RssPlugin(digest), RssPlugin({baseUrl: "https://example.org"})');
  assert.deepEqual(await siteFindings('no-missing-files', files), ['news.md:5:33 no-missing-files']);
});

test('@sugarat/theme: each object of its RSS option adds the plugin; without the option no feed is written', async () => {
  const theme = 'import {getThemeConfig} from "@sugarat/theme/node";\nconst main = {title: "N"};\nconst digest = {title: "D", filename: "digest.rss"};\nexport const blogTheme = getThemeConfig({RSS: [main, digest]});\n';
  const files = {'.vitepress/config.mts': 'import {blogTheme} from "./blog-theme";\nexport default {extends: blogTheme};\n', '.vitepress/blog-theme.ts': theme, 'package.json': '{"dependencies":{"vitepress":"1.6.0","@sugarat/theme":"0.5.0"}}', 'news.md': page};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['news.md:5:33 no-missing-files']);
  files['.vitepress/blog-theme.ts'] = theme.replace('RSS: [main, digest]', 'author: "N"');
  assert.deepEqual(await siteFindings('no-missing-files', files), ['news.md:5:1 no-missing-files', 'news.md:5:18 no-missing-files', 'news.md:5:33 no-missing-files']);
});

test('eleventy-plugin-rss 2: feedPlugin writes its outputPath, /feed.xml by default', async () => {
  const eleventyPage = '---\ntitle: News\n---\n\n[a](/digest.atom) [b](/feed.xml) [c](/gone.xml)\n';
  const config = 'import {feedPlugin} from "@11ty/eleventy-plugin-rss";\nexport default function (config) {\n  config.addPlugin(feedPlugin, {type: "atom", outputPath: "/digest.atom"});\n}\n';
  const files = {'eleventy.config.js': config, 'package.json': '{"type":"module","dependencies":{"@11ty/eleventy":"3.0.0","@11ty/eleventy-plugin-rss":"2.0.0"}}', 'news.md': eleventyPage};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['news.md:5:19 no-missing-files', 'news.md:5:34 no-missing-files']);
  files['eleventy.config.js'] = config.replace(', {type: "atom", outputPath: "/digest.atom"}', '');
  assert.deepEqual(await siteFindings('no-missing-files', files), ['news.md:5:1 no-missing-files', 'news.md:5:34 no-missing-files']);
});

test('a feed package postlint does not model makes a feed-like path unverifiable; other paths (gone.xml names no feed) stay missing', async () => {
  const files = {'.vitepress/config.mts': 'export default {};\n', 'package.json': '{"devDependencies":{"vitepress":"1.6.0","feed":"4.2.2"}}', 'news.md': `${page}\n![x](/gone.png)\n`};
  assert.deepEqual(await siteFindings('no-missing-files', files), ['news.md:5:33 no-missing-files', 'news.md:7:1 no-missing-files']);
});
