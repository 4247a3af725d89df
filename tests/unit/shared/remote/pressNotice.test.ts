// What the phone says about a press: nothing when it was sent and accepted, "Not received — press again"
// with the reason when it could not be sent or was refused.
import { describe, expect, it } from 'vitest'
import {
  NOT_CONNECTED,
  NOT_RECEIVED,
  noticeForAck,
  noticeForPress,
} from '@shared/remote/pressNotice'
import { ActionAckSchema } from '@shared/remote/protocol'
import { ENGLISH } from '@shared/i18n/resources'

describe('the press notice', () => {
  it('says a press made while disconnected did not arrive', () => {
    expect(noticeForPress(null)).toEqual({
      headline: NOT_RECEIVED,
      reason: { key: NOT_CONNECTED },
    })
    expect(ENGLISH.phone[NOT_RECEIVED]).toBe('Not received — press again.')
    expect(noticeForPress(1)).toBeNull()
  })

  it('says a refused press did not arrive, with the reason, and nothing of an accepted one', () => {
    expect(noticeForAck({ type: 'ack', seq: 1, accepted: true })).toBeNull()
    const refused = { type: 'ack', seq: 2, accepted: false, reason: "The app's window is closed." }
    expect(noticeForAck(ActionAckSchema.parse(refused))).toEqual({
      headline: NOT_RECEIVED,
      reason: { said: "The app's window is closed." },
    })
  })

  it('acks carry a reason exactly when refused', () => {
    expect(ActionAckSchema.safeParse({ type: 'ack', seq: 1, accepted: false }).success).toBe(false)
    expect(
      ActionAckSchema.safeParse({ type: 'ack', seq: 1, accepted: true, reason: 'x' }).success
    ).toBe(false)
  })
})
