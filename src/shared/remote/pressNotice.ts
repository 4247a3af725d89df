// What the phone says when a press did not reach Cadence (not connected, or refused with a reason), so the
// person presses again rather than wonders. Free of zod, like everything the phone page imports.
import type { ActionAck } from './protocol'

export const NOT_RECEIVED = 'Not received — press again.'
export const NOT_CONNECTED = 'The phone is not connected to Cadence.'

export interface PressNotice {
  headline: string
  reason: string
}

/** Right after a press: nothing yet if it was sent (its answer will tell), the notice if it could not be. */
export function noticeForPress(seq: number | null): PressNotice | null {
  return seq === null ? { headline: NOT_RECEIVED, reason: NOT_CONNECTED } : null
}

/** The computer's answer: nothing to say when it was accepted, the reason when it was refused. */
export function noticeForAck(ack: ActionAck): PressNotice | null {
  return ack.accepted ? null : { headline: NOT_RECEIVED, reason: ack.reason }
}
