/**
 * "links: 120/1500 checked, 3 failing" on one rewritten stderr line, only on a terminal and
 * not in CI: logs and pipes get nothing of it.
 */
export class Progress {
  private checked = 0;
  private failing = 0;
  private last = 0;
  private shown = false;

  constructor(
    /** The total grows while files are still being read. */
    private readonly total: () => number,
    private readonly enabled: boolean = Boolean(process.stderr.isTTY) && !process.env.CI,
  ) {}

  tick(failed: boolean): void {
    this.checked++;
    if (failed) this.failing++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.checked < this.total()) return;
    this.last = now;
    this.shown = true;
    process.stderr.write(`\r\x1b[Klinks: ${this.checked}/${this.total()} checked${this.failing ? `, ${this.failing} failing` : ''}`);
  }

  done(): void {
    if (this.enabled && this.shown) process.stderr.write('\r\x1b[K');
  }
}
