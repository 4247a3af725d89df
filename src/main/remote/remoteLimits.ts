// The remote's limits in one place, each sized for a few phones on a home network, so SECURITY.md and the
// tests can name them; tests shorten the timers.
import type { HttpLimits } from './httpGuard'

export interface RemoteLimits extends HttpLimits {
  maxPhones: number
  perSecond: number
  burst: number
  /** Messages refused (over the rate, malformed) before the phone's address is cut off. */
  strikes: number
  /** How long a cut-off address waits before it may connect again. */
  cutOffMs: number
  /** How often phones are pinged; one that misses a beat is cut off at the next. */
  heartbeatMs: number
  /** How long a phone told to close (new code, cut off, turned off) has before its socket is cut. */
  closeGraceMs: number
  /** Bytes main may hold for a phone that is not reading before the phone is cut off. */
  maxBufferedBytes: number
  /** WebSocket pings answered but not yet written before the phone is cut off (phones never send any). */
  maxPendingAutoPongs: number
}

export const DEFAULT_LIMITS: RemoteLimits = {
  maxPhones: 8,
  perSecond: 10,
  burst: 20,
  strikes: 50,
  cutOffMs: 5_000,
  heartbeatMs: 20_000,
  closeGraceMs: 500,
  maxBufferedBytes: 64 * 1024,
  maxPendingAutoPongs: 8,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  timeoutCheckMs: 1_000,
  // 8 phones, plus a browser's parallel page loads (6 each) for two phones at once.
  maxConnections: 8 + 12,
}
