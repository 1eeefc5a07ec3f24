/**
 * A token bucket: `burst` at most, refilled at `perSecond`. Each connection has one for messages
 * and one for bytes, so one client's flood is cut off without slowing anyone else.
 */
export interface TokenBucket {
  /** Takes `amount` tokens; false when there are not enough (the caller refuses). */
  take(amount: number): boolean;
}

export function tokenBucket(perSecond: number, burst: number, now = () => performance.now()) {
  let tokens = burst;
  let last = now();
  const bucket: TokenBucket = {
    take(amount) {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < amount) return false;
      tokens -= amount;
      return true;
    },
  };
  return bucket;
}
