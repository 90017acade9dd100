import * as load from './net-modules.js';

interface HostState {
  queue: Array<() => void>;
  active: number;
  /** A host that answered 429/503 with Retry-After gets no new request before this time. */
  pausedUntil: number;
}

/**
 * Global and per-host concurrency limits. A task waits in its host's queue; whenever a slot
 * frees, the next host (round robin) with a free slot and no pause starts its next task, so one
 * busy or paused host never holds up the others (no head-of-line blocking).
 */
export class Scheduler {
  private readonly hosts = new Map<string, HostState>();
  private active = 0;
  private cursor = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  /** Tasks waiting for a slot, on every host. */
  private queued = 0;
  /** Highest number of tasks in flight at once, per host (reported under --verbose). */
  readonly peak = new Map<string, number>();

  constructor(
    private readonly global: number,
    private readonly perHost: number,
    /** Called whenever the last waiting task has been given its slot. */
    private readonly onAllStarted: () => void = () => undefined,
  ) {}

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.queued;
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    await new Promise<void>((start) => {
      state.queue.push(start);
      this.queued++;
      this.dispatch();
    });
    try {
      return await task();
    } finally {
      state.active--;
      this.active--;
      this.dispatch();
    }
  }

  pause(host: string, until: number): void {
    const state = this.state(host);
    state.pausedUntil = Math.max(state.pausedUntil, until);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = {queue: [], active: 0, pausedUntil: 0};
      this.hosts.set(host, state);
    }
    return state;
  }

  private dispatch(): void {
    const now = Date.now();
    let nextWake = Infinity;
    const names = [...this.hosts.keys()];
    let idle = 0;
    while (this.active < this.global && names.length > 0 && idle < names.length) {
      const name = names[this.cursor % names.length]!;
      this.cursor = (this.cursor + 1) % names.length;
      const state = this.hosts.get(name)!;
      if (state.queue.length === 0 || state.active >= this.perHost) {
        idle++;
        continue;
      }
      if (state.pausedUntil > now) {
        nextWake = Math.min(nextWake, state.pausedUntil);
        idle++;
        continue;
      }
      idle = 0;
      state.active++;
      this.active++;
      this.peak.set(name, Math.max(this.peak.get(name) ?? 0, state.active));
      this.queued--;
      state.queue.shift()!();
      if (this.queued === 0) this.onAllStarted();
    }
    for (const [name, state] of this.hosts) if (state.queue.length === 0 && state.active === 0 && state.pausedUntil <= now) this.hosts.delete(name);
    if (nextWake < this.timerAt) {
      clearTimeout(this.timer);
      this.timerAt = nextWake;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.dispatch();
      }, nextWake - now);
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * The per-host limit counted per resolved address as well: the scheduler counts host names, so
 * one server under several names (`a.example`, `b.example`, its IP) would get the limit once per
 * name. A task that has its name's slot waits here for its address's.
 */
export class AddressLimiter {
  private readonly addresses = new Map<string, {active: number; queue: Array<() => void>}>();

  async run<T>(address: string, limit: number, task: () => Promise<T>): Promise<T> {
    let state = this.addresses.get(address);
    if (!state) {
      state = {active: 0, queue: []};
      this.addresses.set(address, state);
    }
    if (state.active >= limit) await new Promise<void>((start) => state.queue.push(start));
    else state.active++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, or is freed.
      const next = state.queue.shift();
      if (next) next();
      else if (--state.active === 0) this.addresses.delete(address);
    }
  }
}

const resolved = new Map<string, Promise<string>>();

/**
 * The address a URL's host resolves to, with its port: IPv4-mapped IPv6 as IPv4. Looked up once per
 * host name in a run; a name that does not resolve keys by itself (its request fails on its own).
 */
export function addressKey(url: URL): Promise<string> {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let address = resolved.get(host);
  if (!address) {
    address = load.net().isIP(host) ? Promise.resolve(host) : load.dnsPromises().lookup(host).then((found) => found.address, () => host);
    resolved.set(host, address);
  }
  return address.then((found) => `${unmapped(found)}:${port}`);
}

/** `::ffff:127.0.0.1` and `::ffff:7f00:1` (as URLs write it) are the IPv4 address 127.0.0.1. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!mapped) return address.toLowerCase();
  if (mapped[1]) return mapped[1];
  const high = parseInt(mapped[2]!, 16);
  const low = parseInt(mapped[3]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
