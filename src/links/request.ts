import type http from 'node:http';
import type https from 'node:https';
import type {Socket} from 'node:net';
import * as load from './net-modules.js';
import {isPrivateAddress, safeLookup} from './safety.js';
import {absoluteFormOptions, ProxyAgents, proxyFor} from './proxy.js';

export type Method = 'HEAD' | 'GET';

export type FailureCode = 'dns' | 'dns-temporary' | 'timeout' | 'connect-timeout' | 'refused' | 'unreachable' | 'reset' | 'tls' | 'private' | 'deadline' | 'proxy' | 'other';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Ids and names seen in the page, when the body was read for fragments. */
  ids?: Set<string>;
  /** The body was read only in part (size cap or time limit) before every wanted id was seen. */
  partial?: boolean;
  /** Why the body was read only in part: the size cap, the time limit, or an encoding not decoded. */
  partialReason?: PartialReason;
  /** The body was read and is HTML. */
  html?: boolean;
}

export type PartialReason = 'size' | 'timeout' | 'error' | 'encoding';

export interface NetworkFailure {
  failure: FailureCode;
  detail: string;
}

export interface RequestSpec {
  url: URL;
  method: Method;
  headers: Record<string, string>;
  /** When set, a 2xx HTML body is read (up to the cap) until all these ids are seen. */
  wantedIds?: ReadonlySet<string>;
  /** Time left before the run's links.deadline (ms): the request's limit when shorter than links.timeout. */
  timeLeft?: number;
}

export interface ClientOptions {
  timeout: number;
  connectTimeout: number;
  maxBodySize: number;
  allowPrivate: boolean;
  userAgent: string;
  /** Where to say that the proxy settings cannot be used (once each). */
  warn?: (line: string) => void;
}

/** Bodies up to this size (by Content-Length) are drained to keep the connection; larger ones are cut. */
const smallBody = 16 * 1024;
const idAttribute = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

/**
 * One HTTP request at a time, each bounded in time and in bytes. Node's own http/https: the
 * agents take the safe DNS lookup (the resolved address is what gets checked), keep connections
 * alive between requests to one host, and a response body is read only as far as needed.
 * No cookie jar exists: nothing is stored between requests but the connections.
 */
export class HttpClient {
  private readonly agents: {http: http.Agent; https: https.Agent};
  private readonly proxies: ProxyAgents;
  private readonly lookup: ReturnType<typeof safeLookup>;
  /** Per host name, what the private-address guard found before a request goes to a proxy. */
  private readonly proxyGuard = new Map<string, Promise<NetworkFailure | undefined>>();

  constructor(private readonly options: ClientOptions) {
    this.lookup = safeLookup(options.allowPrivate);
    const common = {keepAlive: true, keepAliveMsecs: 1000, scheduling: 'lifo' as const};
    this.agents = {http: new (load.http().Agent)({...common, lookup: this.lookup}), https: new (load.https().Agent)({...common, lookup: this.lookup})};
    // The proxy is the user's own choice (often a private address): it is reached with the plain lookup.
    this.proxies = new ProxyAgents(common);
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
    this.proxies.close();
  }

  request(spec: RequestSpec): Promise<HttpAnswer | NetworkFailure> {
    const {url} = spec;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!this.options.allowPrivate && load.net().isIP(host) && isPrivateAddress(host)) {
      return Promise.resolve({failure: 'private', detail: `${host} is a loopback, private or link-local address`});
    }
    const proxy = proxyFor(url, this.options.warn ?? (() => undefined));
    if (!proxy || this.options.allowPrivate || load.net().isIP(host)) return this.send(spec, proxy);
    return this.guardProxied(host).then((refused) => refused ?? this.send(spec, proxy));
  }

  /**
   * Through a proxy, the proxy resolves the name and connects: postlint never sees the address.
   * The guard then looks the name up here first and refuses it, with no request, when this
   * machine resolves it to a private address. A name this machine cannot resolve (a proxy is
   * often the only way out, DNS included) goes to the proxy: what it reaches is the proxy's policy.
   */
  private guardProxied(host: string): Promise<NetworkFailure | undefined> {
    let verdict = this.proxyGuard.get(host);
    if (!verdict) {
      verdict = new Promise((resolve) => {
        // Without DNS a lookup can hang for seconds; it is not worth more than a connection.
        const timer = setTimeout(() => resolve(undefined), this.options.connectTimeout);
        this.lookup(host, {all: true}, (error: NodeJS.ErrnoException | null) => {
          clearTimeout(timer);
          resolve(error?.code === 'EPRIVATE' ? {failure: 'private', detail: error.message} : undefined);
        });
      });
      this.proxyGuard.set(host, verdict);
    }
    return verdict;
  }

  private send(spec: RequestSpec, proxy: URL | undefined): Promise<HttpAnswer | NetworkFailure> {
    const {url, method} = spec;
    const secure = url.protocol === 'https:';
    return new Promise((resolve) => {
      let settled = false;
      let partial: HttpAnswer | undefined;
      let connectTimer: NodeJS.Timeout | undefined;
      const finish = (result: HttpAnswer | NetworkFailure): void => {
        if (settled) return;
        settled = true;
        clearTimeout(totalTimer);
        clearTimeout(connectTimer);
        resolve(result);
      };
      const headers = {'user-agent': this.options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...spec.headers};
      const http = load.http();
      const https = load.https();
      const request = !proxy
        ? (secure ? https : http).request(url, {method, agent: secure ? this.agents.https : this.agents.http, headers})
        : secure
          ? https.request(url, {method, agent: this.proxies.for(proxy).https, headers})
          : http.request({...absoluteFormOptions(url, proxy), method, agent: this.proxies.for(proxy).http, headers: {...absoluteFormOptions(url, proxy).headers, ...headers}});
      const limit = Math.max(0, Math.min(this.options.timeout, spec.timeLeft ?? Infinity));
      const totalTimer = setTimeout(() => {
        request.destroy();
        if (partial) finish({...partial, partial: true, partialReason: 'timeout'});
        else if (limit < this.options.timeout) finish({failure: 'deadline', detail: deadlineDetail});
        else finish({failure: 'timeout', detail: `no answer within ${seconds(this.options.timeout)}`});
      }, limit);
      request.on('socket', (socket: Socket) => {
        if (!socket.connecting) return;
        connectTimer = setTimeout(() => {
          request.destroy();
          finish({failure: 'connect-timeout', detail: `no connection within ${seconds(this.options.connectTimeout)}`});
        }, this.options.connectTimeout);
        socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
      });
      request.on('error', (error) => finish(proxy ? throughProxy(classify(error), proxy) : classify(error)));
      request.on('response', (response) => {
        clearTimeout(connectTimer);
        const answer: HttpAnswer = {status: response.statusCode ?? 0, headers: response.headers};
        const html = /\bhtml\b/i.test(String(response.headers['content-type'] ?? ''));
        const wanted = spec.wantedIds;
        const needBody = wanted !== undefined && wanted.size > 0 && html && answer.status >= 200 && answer.status < 300;
        if (!needBody) {
          // Only the status is needed. A small body is drained, so that the connection goes back to
          // the pool for the next request to this host (answering at 'end' lets the agent free the
          // socket first); a large one is cut off, never downloaded.
          const length = Number(response.headers['content-length'] ?? 0);
          if (method === 'GET' && length > smallBody) {
            response.destroy();
            finish(answer);
            return;
          }
          let drained = 0;
          response.on('data', (chunk: Buffer) => {
            drained += chunk.length;
            if (drained > smallBody) {
              response.destroy();
              finish(answer);
            }
          });
          response.on('end', () => finish(answer));
          response.on('error', () => finish(answer));
          response.on('close', () => finish(answer));
          return;
        }
        const ids = new Set<string>();
        partial = {...answer, ids, html: true};
        // A server may compress though we never asked: the page is decoded (bounded below), never scanned compressed.
        const body = decodedBody(response);
        if (!body) {
          response.destroy();
          finish({...answer, ids, html: true, partial: true, partialReason: 'encoding'});
          return;
        }
        const decoder = new (load.stringDecoder().StringDecoder)('utf8');
        let tail = '';
        let bytes = 0;
        const foundAll = (): boolean => [...wanted].every((id) => ids.has(id) || ids.has(`user-content-${id}`));
        body.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          // Scan the new text with a little of the old, so an attribute cut between chunks is still seen.
          const text = tail + decoder.write(chunk);
          for (const match of text.matchAll(idAttribute)) ids.add(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
          tail = text.slice(-512);
          if (foundAll()) {
            response.destroy();
            finish({...answer, ids, html: true});
          } else if (bytes >= this.options.maxBodySize) {
            // Settled first: destroying the response emits 'aborted' at once, which is not why it stopped.
            finish({...answer, ids, html: true, partial: true, partialReason: 'size'});
            response.destroy();
            if (body !== response) body.destroy();
          }
        });
        body.on('end', () => finish({...answer, ids, html: true}));
        body.on('error', () => finish({...answer, ids, html: true, partial: true, partialReason: 'error'}));
        response.on('aborted', () => finish({...answer, ids, html: true, partial: true, partialReason: 'error'}));
      });
      request.end();
    });
  }
}

export const deadlineDetail = 'the run\'s link checks reached links.deadline before this link was answered';

/**
 * The response body as sent (no or identity encoding) or decoded (gzip, deflate, br); undefined
 * for an encoding postlint does not decode. Decoded bytes count against links.maxBodySize.
 */
function decodedBody(response: http.IncomingMessage): NodeJS.ReadableStream & {destroy(): void} | undefined {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const zlib = load.zlib();
  const decode = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : encoding === 'br' ? zlib.createBrotliDecompress() : undefined;
  if (!decode) return undefined;
  response.pipe(decode);
  return decode;
}

/** A failure on the way through a proxy says so: "refused" may be the proxy refusing. */
function throughProxy(failure: NetworkFailure, proxy: URL): NetworkFailure {
  return failure.failure === 'proxy' ? failure : {...failure, detail: `${failure.detail} (through the proxy ${proxy.host})`};
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (whole, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"})[name] ?? whole);
}

const tlsCodes = /^(CERT_|ERR_TLS|ERR_SSL|DEPTH_ZERO|UNABLE_TO_|SELF_SIGNED|HOSTNAME_MISMATCH)/;

/** Turn a socket or DNS error into a failure code and a short explanation. */
export function classify(error: unknown): NetworkFailure {
  // With happy eyeballs, a failed connect arrives as an AggregateError of the attempts.
  const inner = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  const err = inner as NodeJS.ErrnoException & {host?: string; hostname?: string};
  const code = err?.code ?? '';
  switch (code) {
    case 'EPRIVATE':
      return {failure: 'private', detail: err.message};
    case 'EPROXY':
      return {failure: 'proxy', detail: err.message};
    case 'ENOTFOUND':
      return {failure: 'dns', detail: `the DNS lookup of ${err.hostname ? err.hostname : 'the host'} found no address (ENOTFOUND)`};
    case 'EAI_AGAIN':
      return {failure: 'dns-temporary', detail: `the DNS lookup of ${err.hostname ? err.hostname : 'the host'} failed for now (EAI_AGAIN)`};
    case 'ECONNREFUSED':
      return {failure: 'refused', detail: 'the connection was refused'};
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return {failure: 'unreachable', detail: 'the host is unreachable'};
    case 'ETIMEDOUT':
      return {failure: 'connect-timeout', detail: 'the connection timed out'};
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
    case 'HPE_INVALID_CONSTANT':
      return {failure: 'reset', detail: 'the connection was closed before an answer'};
    default:
      if (tlsCodes.test(code)) return {failure: 'tls', detail: `TLS certificate problem (${code})`};
      return {failure: 'other', detail: err?.message ?? String(error)};
  }
}
