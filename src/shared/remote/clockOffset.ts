// How far the phone's clock is from the computer's, from ping/pong pairs: the pair with the shortest round
// trip wins, since its reply's time is the least uncertain (the NTP idea, in a few lines).
export interface OffsetSample {
  /** Phone clock when the ping left and when the pong arrived. */
  sentAt: number
  receivedAt: number
  /** Computer clock when it answered. */
  serverNow: number
}

/** Computer clock minus phone clock, in ms; null until a sample arrives. */
export function clockOffset(samples: readonly OffsetSample[]): number | null {
  let best: OffsetSample | null = null
  for (const s of samples) {
    if (s.receivedAt < s.sentAt) continue
    if (!best || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s
  }
  return best ? best.serverNow - (best.sentAt + best.receivedAt) / 2 : null
}
