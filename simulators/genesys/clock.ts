/** A clock tests can move: pre-signed URL and token expiry follow it, so no test has to wait real minutes. */
export class SimClock {
  private offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  reset(): void {
    this.offsetMs = 0;
  }
}
