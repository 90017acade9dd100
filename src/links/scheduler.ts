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
