// A token bucket: up to `burst` messages at once, then `perSecond`; pure, on a clock the caller gives.
export interface RateLimit {
  /** True if a message may pass now (and takes a token). */
  take(): boolean
}

export function tokenBucket(perSecond: number, burst: number, now: () => number): RateLimit {
  let tokens = burst
  let last = now()
  return {
    take() {
      const t = now()
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond)
      last = t
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
