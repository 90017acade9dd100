// nginx's rewrite and return as link targets, for any generator (src/site/nginx-redirects.ts): a
// config in nginx syntax anywhere in the repository, or a template the generator writes one from.
// A rule to a literal path is followed there (a page: found; none: still missing); one to another
// host, with template code or an expression postlint does not evaluate, makes the link
// unverifiable; the location nginx chooses decides which rules apply; `if` blocks, error codes and
// same-path scheme redirects answer nothing, so a path no rule answers is still missing.
// Exact rule id, line and column, and the unverifiable reasons.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

function run(files) {
  const root = tempSite(files, 'postlint-nginx-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  const rows = findings(json, root).filter((row) => /no-missing-files|no-broken-anchors/.test(row)).sort();
  const unverifiable = json.flatMap((file) => (file.unverifiable ?? []).map(({line, column, url, reason}) => `${line}:${column} ${url}: ${reason}`));
  return {rows, unverifiable};
}

const eleventy = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  'eleventy.config.js': "import {IdAttributePlugin} from '@11ty/eleventy';\nexport default function (config) { config.addPlugin(IdAttributePlugin); return {dir: {input: 'src'}}; }\n",
};

test('an Eleventy template that writes nginx.conf: its rewrites answer site paths, its template tags are abstained on', () => {
  const {rows, unverifiable} = run({
    ...eleventy,
    'src/meta/nginx.conf.njk': [
      '---',
      'permalink: ../nginx.conf',
      '---',
      'if ($http_user_agent ~* (Bot)) {',
      '    return 307 https://bots.example.org/;',
      '}',
      '{%- for s in site.saved %}',
      'rewrite ^/saved/{{ s.slug }} {{ s.link }} redirect;{% endfor %}',
      'rewrite ^/store https://store.example.org redirect;',
      'rewrite ^/first-post /blog/first-post permanent;',
      'rewrite ^/lost-post /blog/lost-post permanent;',
      '',
    ].join('\n'),
    'src/blog/first-post.md': '# First post\n\n## Setup\n\nText.\n',
    'src/links.md': [
      '# Links',
      '',
      '[Moved](/first-post), [its setup](/first-post#setup), [a bad part](/first-post#nope).',
      '',
      '[Store](/store/mugs), [saved](/saved/one), [lost](/lost-post).',
      '',
      '[Nothing](/nothing), [a bot page](/bots).',
      '',
    ].join('\n'),
  });
  // `/lost-post` is rewritten to a local path that is no page: nginx answers it with a 404, the link stays missing.
  assert.deepEqual(rows, ['src/links.md:3:55 no-broken-anchors', 'src/links.md:5:44 no-missing-files', 'src/links.md:7:1 no-missing-files', 'src/links.md:7:22 no-missing-files']);
  assert.deepEqual(unverifiable, [
    '5:1 /store/mugs: src/meta/nginx.conf.njk has a rule that may answer it (rewrite ^/store https://store.example.org redirect)',
    '5:23 /saved/one: src/meta/nginx.conf.njk has a rule that may answer it (rewrite ^/saved/{{…}} {{…}} redirect)',
  ]);
});

test('a server config in the repository: the location nginx chooses decides, captures are filled in, error codes and same-path redirects answer nothing', () => {
  const {rows, unverifiable} = run({
    ...eleventy,
    'deploy/nginx/site.conf': [
      'server {',
      '    listen 80;',
      '    return 301 https://$host$request_uri;',
      '}',
      'server {',
      '    listen 443 ssl;',
      // Serves the site: its root is the site's output folder (Eleventy's `_site`).
      '    root /srv/www/_site;',
      '    location = /chat { return 302 https://chat.example.org/; }',
      '    location /docs/old/ { return 301 /guide/; }',
      '    location ~ ^/posts/(\\d+)$ { return 301 /archive/$1; }',
      '    location /m { return 301 /elsewhere/; }',
      '    location /media/ { try_files $uri =404; }',
      '    location /private/ { return 403; }',
      '    location "~*^/shout/(?<name>[a-z]+)$" { return 301 /names/$name; }',
      '    rewrite "^/(a+)+$" /never;',
      '}',
      '',
    ].join('\n'),
    'src/guide.md': '# Guide\n\nText.\n',
    'src/archive/12.md': '# Twelve\n\nText.\n',
    'src/names/bob.md': '# Bob\n\nText.\n',
    'src/links.md': [
      '# Links',
      '',
      '[Old docs](/docs/old/setup), [post](/posts/12), [shout](/SHOUT/bob).',
      '',
      '[Chat](/chat), [other post](/posts/13).',
      '',
      '[Image](/media/cat.png), [private](/private/x), [nothing](/nothing), [as](/aaa).',
      '',
    ].join('\n'),
  });
  // `/posts/13` is returned as `/archive/13`, no page: nginx's answer is a 404, the link stays missing.
  assert.deepEqual(rows, [
    'src/links.md:5:16 no-missing-files',
    'src/links.md:7:1 no-missing-files',
    'src/links.md:7:26 no-missing-files',
    'src/links.md:7:49 no-missing-files',
    'src/links.md:7:70 no-missing-files',
  ]);
  assert.deepEqual(unverifiable, [
    '5:1 /chat: deploy/nginx/site.conf has a rule that may answer it (location = /chat: return 302 https://chat.example.org/)',
  ]);
});

test('a .conf file that is not nginx (Apache) and an unbalanced one say nothing: the links stay missing', () => {
  const {rows, unverifiable} = run({
    ...eleventy,
    'apache/site.conf': '<VirtualHost *:80>\n  Redirect 301 /gone /guide\n  RewriteRule ^/old$ /guide [R=301,L]\n</VirtualHost>\n',
    'broken.conf': 'server {\n  rewrite ^/half /guide permanent;\n',
    'src/guide.md': '# Guide\n\nText.\n',
    'src/links.md': '# Links\n\n[Gone](/gone), [old](/old), [half](/half).\n',
  });
  assert.deepEqual(rows, ['src/links.md:3:1 no-missing-files', 'src/links.md:3:16 no-missing-files', 'src/links.md:3:29 no-missing-files']);
  assert.deepEqual(unverifiable, []);
});

test('hostile configs: deep nesting, backtracking expressions and unclosed quotes or tags end in a clear answer, not a hang', () => {
  const deep = `${'location /a {\n'.repeat(20000)}${'}\n'.repeat(20000)}`;
  const {rows, unverifiable} = run({
    ...eleventy,
    'deep.conf': deep,
    'quote.conf': 'rewrite "^/open /guide permanent;\n',
    'tags.conf.njk': 'rewrite ^/tagged {{ unclosed /guide permanent;\n{% for x in y\n',
    // Serves the site (its root is the output folder): its expressions are read.
    'slow.conf': 'root /srv/app/_site;\nrewrite "^/(a|aa)+$" /guide permanent;\nrewrite "^/(.*)(.*)(.*)x$" /guide permanent;\nrewrite "(?>a+)b" /guide;\n',
    'src/guide.md': '# Guide\n\nText.\n',
    'src/links.md': `# Links\n\n[Long](/${'a'.repeat(250)}), [open](/open), [tagged](/tagged).\n`,
  });
  assert.deepEqual(rows, ['src/links.md:3:1 no-missing-files', 'src/links.md:3:262 no-missing-files', 'src/links.md:3:277 no-missing-files']);
  // `^/(.*)(.*)(.*)x$` is tested (three unbounded quantifiers) and does not match; an unclosed quote or tag unbalances its file: no rules.
  assert.deepEqual(unverifiable, []);
});

test('an unread expression with a `|` outside any group abstains on nothing: both branches stay missing', async () => {
  const {literalPrefix, pcreToRegExp} = await import('../dist/src/site/pcre-pattern.js');
  assert.equal(literalPrefix('^/docs|^/other'), '');
  assert.equal(literalPrefix('^/docs/(a|b)'), '/docs/');
  // Bounded repeats count as repeats; `?` on an alternation group is a repeat of its choices.
  assert.equal(pcreToRegExp(`^${'.{0,99}'.repeat(6)}z$`), undefined);
  assert.equal(pcreToRegExp('(a|aa)?'.repeat(16) + 'b'), undefined);
  assert.ok(pcreToRegExp('^/(\\d{4})/(\\d{2})/(\\d{2})/(.*)$'));
  const {rows, unverifiable} = run({
    ...eleventy,
    'nginx.conf': 'rewrite "^/docs(?>x)|^/other" /guide permanent;\n',
    'src/guide.md': '# Guide\n\nText.\n',
    'src/links.md': '# Links\n\n[Docs](/docs/x), [other](/other/y).\n',
  });
  assert.deepEqual(rows, ['src/links.md:3:1 no-missing-files', 'src/links.md:3:18 no-missing-files']);
  assert.deepEqual(unverifiable, []);
});

test('nginx tests a path exactly as written (no trailing-slash variant), and a rewrite to a local path that is no page leaves the link missing', () => {
  const {rows, unverifiable} = run({
    ...eleventy,
    'nginx.conf': [
      'rewrite ^/(.*)/$ /$1 permanent;',
      'rewrite ^/docs/(.*)/$ /docs/$1 permanent;',
      'rewrite ^/old/(.*)$ /guide/$1 permanent;',
      '',
    ].join('\n'),
    'src/guide/kept.md': '# Kept\n\nText.\n',
    'src/links.md': '# Links\n\n[Other](/other), [gone](/docs/gone.html), [no page](/old/nothing), [kept](/old/kept).\n',
  });
  assert.deepEqual(rows, ['src/links.md:3:1 no-missing-files', 'src/links.md:3:18 no-missing-files', 'src/links.md:3:43 no-missing-files']);
  assert.deepEqual(unverifiable, []);
});

test('only configs that serve this site count: other ports, other hosts, other roots and stray fixtures say nothing; catch-alls never make a page found', () => {
  const {rows, unverifiable} = run({
    ...eleventy,
    'ops/health.conf': 'server { listen 8081; return 200 "ok"; }\n',
    'deploy/old-domain.conf': 'server { server_name old.example.org; return 301 https://example.org/; }\n',
    'apps/admin/nginx.conf': 'location / { rewrite ^ /index.html break; }\n',
    'tests/fixtures/nginx/sample.conf': 'rewrite ^/(.*)$ /index.html;\n',
    // A deploy tool's template (no front matter: no generator writes it with the site), naming no root or host.
    'ansible/templates/site.conf.j2': 'rewrite ^/other /guide/ permanent;\n',
    'deploy/site.conf': [
      'server { listen 80; root /srv/app/_site; location /moved/ { return 301 /guide/; } location / { try_files $uri /index.html; } }',
      'server { listen 80; root /srv/admin/dist; rewrite ^/gone /guide/ permanent; }',
      '',
    ].join('\n'),
    'src/index.md': '# Home\n\nText.\n',
    'src/guide.md': '# Guide\n\nText.\n',
    'src/links.md': '# Links\n\n[Other](/other), [gone](/docs/gone.html), [moved](/moved/x), [gone](/gone).\n',
  });
  assert.deepEqual(rows, ['src/links.md:3:1 no-missing-files', 'src/links.md:3:18 no-missing-files', 'src/links.md:3:62 no-missing-files']);
  assert.deepEqual(unverifiable, []);
});

test('a server whose server_name is the site\'s host (from the base URL) counts; one for another host does not', () => {
  const root = tempSite({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "T"\n',
    'deploy/a.conf': 'server { listen 443 ssl; server_name www.example.org example.org; root /usr/share/nginx/html; rewrite ^/files/old\\.pdf /files/new.pdf permanent; }\n',
    'deploy/b.conf': 'server { server_name old.example.org; rewrite ^/files/lost\\.pdf /files/new.pdf permanent; }\n',
    'static/files/new.pdf': '%PDF-1.4\n',
    'content/links.md': '# Links\n\n[Old](/files/old.pdf), [lost](/files/lost.pdf).\n',
  }, 'postlint-nginx-');
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => /no-missing-files/.test(row)), ['content/links.md:3:24 no-missing-files']);
});
