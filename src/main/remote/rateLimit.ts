// Rate limits for phone messages, kept per remote address so a phone cut off for flooding cannot come back
// at once with a full bucket; pure, on a clock the caller gives. Small enough to keep rather than a library.
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

export interface AddressLimitOptions {
  perSecond: number
  burst: number
  /** Refused messages (over the rate, malformed) before the address is cut off. */
  strikes: number
  /** How long a cut-off address must wait before it may connect again. */
  cutOffMs: number
  now: () => number
}

export interface AddressLimits {
  /** False while the address is cut off. */
  mayConnect(address: string): boolean
  /** True if a message from the address may pass now. */
  take(address: string): boolean
  /** Counts a refused message; true when that cuts the address off. */
  strike(address: string): boolean
}

interface Entry {
  bucket: RateLimit
  strikes: number
  cutOffUntil: number
  lastSeen: number
}

/** One bucket and one strike count per address; an entry is forgotten once its bucket would be full again
 * and any cut-off has ended, so the table stays as small as the set of recent talkers. */
export function addressLimits(options: AddressLimitOptions): AddressLimits {
  const entries = new Map<string, Entry>()
  const refillMs = (options.burst / options.perSecond) * 1000
  const forgetOld = (t: number) => {
    for (const [address, e] of entries) {
      if (e.cutOffUntil <= t && t - e.lastSeen >= refillMs) entries.delete(address)
    }
  }
  const entry = (address: string): Entry => {
    const t = options.now()
    forgetOld(t)
    let e = entries.get(address)
    if (!e) {
      e = {
        bucket: tokenBucket(options.perSecond, options.burst, options.now),
        strikes: 0,
        cutOffUntil: 0,
        lastSeen: t,
      }
      entries.set(address, e)
    }
    e.lastSeen = t
    return e
  }
  return {
    mayConnect(address) {
      const t = options.now()
      forgetOld(t)
      return (entries.get(address)?.cutOffUntil ?? 0) <= t
    },
    take: (address) => entry(address).bucket.take(),
    strike(address) {
      const e = entry(address)
      e.strikes += 1
      if (e.strikes < options.strikes) return false
      e.strikes = 0
      e.cutOffUntil = options.now() + options.cutOffMs
      return true
    },
  }
}
