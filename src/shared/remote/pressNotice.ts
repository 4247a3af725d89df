// What the phone says when a press did not reach Cadence (not connected, or refused with a reason), so the
// person presses again rather than wonders. Free of zod, like everything the phone page imports. The phone's
// own words are keys of locales/<lang>/phone.json; a refusal's reason comes from Cadence as it said it.
import type { ActionAck } from './protocol'

export const NOT_RECEIVED = 'notReceived'
export const NOT_CONNECTED = 'notConnected'

export interface PressNotice {
  /** A key of the phone namespace. */
  headline: typeof NOT_RECEIVED
  /** A key of the phone namespace, or the words Cadence sent. */
  reason: { key: typeof NOT_CONNECTED } | { said: string }
}

/** Right after a press: nothing yet if it was sent (its answer will tell), the notice if it could not be. */
export function noticeForPress(seq: number | null): PressNotice | null {
  return seq === null ? { headline: NOT_RECEIVED, reason: { key: NOT_CONNECTED } } : null
}

/** The computer's answer: nothing to say when it was accepted, the reason when it was refused. */
export function noticeForAck(ack: ActionAck): PressNotice | null {
  return ack.accepted ? null : { headline: NOT_RECEIVED, reason: { said: ack.reason } }
}
