/** A token bucket per connection: `burst` messages at once, then `perSecond`. The clock is injected for tests. */
export function createRateLimit(burst: number, perSecond: number, now: () => number = () => performance.now()) {
  let tokens = burst;
  let last = now();
  return (): boolean => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
