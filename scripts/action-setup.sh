#!/usr/bin/env bash
# The Action's first step (action.yml): find a Node to run postlint with, and install the
# prebuilt postlint package. Writes `node` and `cli` to $GITHUB_OUTPUT. Changes nothing that
# later steps of the workflow see: no PATH, no GITHUB_PATH, no global npm install.
set -euo pipefail

temp="${RUNNER_TEMP:?RUNNER_TEMP is not set (this script runs as a step of the postlint action)}"

# 1. Node: the runner's own when it is 20 or newer.
node_bin=""
if command -v node >/dev/null 2>&1; then
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "${major:-0}" -ge 20 ] 2>/dev/null; then node_bin="$(command -v node)"; fi
fi

# 2. Otherwise a Node of its own, in the runner's temporary folder, for postlint's steps only.
if [ -z "$node_bin" ]; then
  mirror="${POSTLINT_NODE_MIRROR:-https://nodejs.org/dist}"
  wanted="${INPUT_NODE_VERSION:-lts/*}"
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "::error title=postlint::This runner has no Node.js 20 or newer, and postlint downloads Node only on Linux and macOS; add actions/setup-node before this step."; exit 2 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "::error title=postlint::No Node.js build for this machine ($(uname -m)); add actions/setup-node before this step."; exit 2 ;;
  esac
  # dist/index.json lists releases newest first, one a line; "lts" is false or the LTS line's name.
  index="$(curl -fsSL --retry 3 "$mirror/index.json")"
  case "$wanted" in
    lts/* | lts | '') pick='"lts":"' ;;
    *) pick="\"version\":\"v${wanted#v}." ;;
  esac
  version="$(grep -F -m1 "$pick" <<<"$index" | sed -n 's/.*"version":"\(v[0-9][0-9.]*\)".*/\1/p')"
  if [ -z "$version" ]; then
    echo "::error title=postlint::No Node.js release matches node-version \"$wanted\" at $mirror"
    exit 2
  fi
  dir="$temp/postlint-node/$version"
  if [ ! -x "$dir/bin/node" ]; then
    mkdir -p "$dir"
    echo "postlint: the runner has no Node.js 20 or newer; downloading $version for postlint's own steps"
    curl -fsSL --retry 3 "$mirror/$version/node-$version-$os-$arch.tar.gz" | tar -xz -C "$dir" --strip-components=1
  fi
  node_bin="$dir/bin/node"
fi
node_dir="$(dirname "$node_bin")"

# 3. postlint: the package of this action's version (or the one asked for), prebuilt, no install scripts.
spec="${INPUT_PACKAGE:-}"
if [ -z "$spec" ]; then
  spec="postlint@$("$node_bin" -p 'require(process.argv[1]).version' "$ACTION_PATH/package.json")"
fi
key="$("$node_bin" -p 'require("node:crypto").createHash("sha256").update(process.argv[1]).digest("hex").slice(0, 16)' "$spec")"
prefix="$temp/postlint-package/$key"
cli="$prefix/node_modules/postlint/dist/bin/cli.js"
if [ ! -f "$cli" ]; then
  echo "postlint: installing $spec"
  mkdir -p "$prefix"
  # npm next to that node; PATH is changed for this command only.
  PATH="$node_dir:$PATH" npm install --prefix "$prefix" --no-save --omit=dev --ignore-scripts \
    --no-audit --no-fund --no-package-lock --prefer-offline --loglevel=error "$spec"
fi
if [ ! -f "$cli" ]; then
  echo "::error title=postlint::$spec did not install a postlint command ($cli is missing)"
  exit 2
fi
echo "postlint: $("$node_bin" "$cli" --version) on Node $("$node_bin" --version)"
{
  echo "node=$node_bin"
  echo "cli=$cli"
} >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
