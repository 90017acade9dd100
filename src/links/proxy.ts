import type http from 'node:http';
import type https from 'node:https';
import type {ConnectionOptions} from 'node:tls';
import type {Duplex} from 'node:stream';
import * as load from './net-modules.js';
import {getProxyForUrl} from 'proxy-from-env';

/**
 * Proxies from the environment, the way curl, npm and undici read them: HTTPS_PROXY for https
 * links, HTTP_PROXY for http links, ALL_PROXY for both (lower-case names win over upper-case), and
 * NO_PROXY (`*`, host names, `.suffix` or `*.suffix`, optional `:port`) for the hosts reached
 * directly. The matching is proxy-from-env's, so it agrees with the tools that use it (axios, …).
 *
 * Only http:// proxies are spoken to (CONNECT for https links, absolute-form requests for http
 * links); another scheme (socks5://, https://) is reported once and the links go direct.
 */
export function proxyFor(url: URL, warn: (line: string) => void): URL | undefined {
  const value = getProxyForUrl(url.href);
  if (!value) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(value);
  } catch {
    warnOnce(warn, `postlint: links: the proxy "${value}" from the environment is not a URL; links go direct`);
    return undefined;
  }
  if (proxy.protocol !== 'http:') {
    warnOnce(warn, `postlint: links: only http:// proxies are supported, not ${proxy.protocol}// (${proxy.host}); links go direct`);
    return undefined;
  }
  return proxy;
}

const warned = new Set<string>();
function warnOnce(warn: (line: string) => void, line: string): void {
  if (warned.has(line)) return;
  warned.add(line);
  warn(line);
}

/** `Proxy-Authorization` for a proxy URL with user:password in it. */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return {'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}`};
}

function proxyPort(proxy: URL): number {
  return Number(proxy.port) || 80;
}

/** The error a proxy's refusal of CONNECT raises: classify() turns it into an unverified link. */
export class ProxyError extends Error {
  readonly code = 'EPROXY';
}

/** Headers of a CONNECT answer are read up to this size, never more. */
const maxConnectHeader = 16 * 1024;

type TunnelAgent = https.Agent;
let tunnelAgentClass: (new (proxy: URL, options: https.AgentOptions) => TunnelAgent) | undefined;

/**
 * An https agent whose connections are tunnels through an http proxy (CONNECT host:port), with
 * TLS to the target inside the tunnel. Connections are kept alive and pooled per target as with
 * any agent. The proxy resolves the target's name: see HttpClient for what the private-address
 * guard does then. The class is made when a proxy is first used: it extends https.Agent, which
 * loads node:https (src/links/net-modules.ts).
 */
function TunnelAgentClass(): new (proxy: URL, options: https.AgentOptions) => TunnelAgent {
  tunnelAgentClass ??= class TunnelAgent extends load.https().Agent {
    constructor(private readonly proxy: URL, options: https.AgentOptions) {
      super(options);
    }

    override createConnection(options: https.RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
      const {isIP, isIPv6, connect: netConnect} = load.net();
      const tlsConnect = load.tls().connect;
      const host = String(options.hostname ?? options.host ?? '');
      const authority = `${isIPv6(host) ? `[${host}]` : host}:${options.port ?? 443}`;
      const socket = netConnect({host: this.proxy.hostname.replace(/^\[|\]$/g, ''), port: proxyPort(this.proxy)});
      let received = Buffer.alloc(0);
      let settled = false;
      const fail = (error: Error): void => {
        socket.destroy();
        if (settled) return;
        settled = true;
        callback?.(error, socket);
      };
      const closedEarly = (): void => fail(new ProxyError(`the proxy ${this.proxy.host} closed the connection before answering CONNECT ${authority}`));
      const onData = (chunk: Buffer): void => {
        received = Buffer.concat([received, chunk]);
        const end = received.indexOf('\r\n\r\n');
        if (end === -1) {
          if (received.length > maxConnectHeader) fail(new ProxyError(`the proxy ${this.proxy.host} sent an overlong answer to CONNECT ${authority}`));
          return;
        }
        socket.off('data', onData);
        socket.off('error', fail);
        socket.off('end', closedEarly);
        const status = /^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(received.subarray(0, end).toString('latin1'));
        if (!status || status[1] !== '200') {
          fail(new ProxyError(`the proxy ${this.proxy.host} answered ${status ? `${status[1]}${status[2]}` : 'something that is not HTTP'} to CONNECT ${authority}`));
          return;
        }
        // Anything after the header already belongs to the tunnel.
        const rest = received.subarray(end + 4);
        if (rest.length > 0) socket.unshift(rest);
        const {agent: _agent, ...tlsOptions} = options;
        // SNI carries names only, never an IP address.
        const servername = isIP(host) ? undefined : (options.servername ?? host);
        const secure = tlsConnect({...(tlsOptions as ConnectionOptions), socket, ...(servername ? {servername} : {})});
        settled = true;
        callback?.(null, secure);
      };
      socket.on('data', onData);
      socket.on('error', fail);
      socket.once('end', closedEarly);
      socket.once('connect', () => {
        const headers = {host: authority, ...proxyAuthorization(this.proxy)};
        socket.write(`CONNECT ${authority} HTTP/1.1\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`);
      });
      return undefined;
    }
  };
  return tunnelAgentClass;
}

/** Agents per proxy: http links go to the proxy in absolute form over one pool, https links through tunnels. */
export class ProxyAgents {
  private readonly agents = new Map<string, {http: http.Agent; https: TunnelAgent}>();

  constructor(private readonly options: http.AgentOptions) {}

  for(proxy: URL): {http: http.Agent; https: TunnelAgent} {
    let pair = this.agents.get(proxy.href);
    if (!pair) {
      pair = {http: new (load.http().Agent)(this.options), https: new (TunnelAgentClass())(proxy, this.options)};
      this.agents.set(proxy.href, pair);
    }
    return pair;
  }

  close(): void {
    for (const pair of this.agents.values()) {
      pair.http.destroy();
      pair.https.destroy();
    }
  }
}

/** The request options that send `url` through an http proxy in absolute form (`GET http://host/path HTTP/1.1`). */
export function absoluteFormOptions(url: URL, proxy: URL): http.RequestOptions {
  return {host: proxy.hostname.replace(/^\[|\]$/g, ''), port: proxyPort(proxy), path: url.href, setHost: false, headers: {host: url.host, ...proxyAuthorization(proxy)}};
}
