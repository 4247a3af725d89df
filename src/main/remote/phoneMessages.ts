// What one phone's messages may become: each is checked with zod and rate-limited by the phone's address;
// an action goes to the app and a numbered one is answered (accepted, or refused with the reason), a ping
// gets a pong, anything else a refusal, and too many refusals cut the address off.
import type { RawData } from 'ws'
import {
  PhoneMessageSchema,
  type PhoneMessage,
  type RemoteAction,
  type ServerMessage,
} from '@shared/remote/protocol'
import type { AddressLimits } from './rateLimit'
import { t } from '../i18n/mainLanguage'

/** Why the app could not take an action (shown on the phone), or nothing when it took it. */
export type ActionRefusal = string | null | void

export interface PhoneMessageContext {
  address: string
  limits: AddressLimits
  onAction: (action: RemoteAction) => ActionRefusal
  send: (message: ServerMessage) => void
  /** The address has been refused too often: end this phone. */
  cutOff: () => void
}

export function handlePhoneMessage(context: PhoneMessageContext, data: RawData, isBinary: boolean) {
  const { address, limits, send } = context
  const parsed = isBinary ? null : parseMessage(data)
  const refuse = (message: string) => {
    if (parsed?.type === 'action' && parsed.seq !== undefined) {
      send({ type: 'ack', seq: parsed.seq, accepted: false, reason: message })
    } else send({ type: 'refused', message })
    if (limits.strike(address)) context.cutOff()
  }
  if (!limits.take(address)) return refuse(t('main:phone.slowDown'))
  if (!parsed) return refuse(t('main:phone.notUnderstood'))
  if (parsed.type === 'ping') {
    return send({ type: 'pong', id: parsed.id, sentAt: parsed.sentAt, serverNow: Date.now() })
  }
  const refusal = context.onAction(parsed.action)
  if (parsed.seq === undefined) return
  send(
    refusal
      ? { type: 'ack', seq: parsed.seq, accepted: false, reason: refusal }
      : { type: 'ack', seq: parsed.seq, accepted: true }
  )
}

function parseMessage(data: RawData): PhoneMessage | null {
  try {
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.from(data as ArrayBuffer).toString('utf8')
    const result = PhoneMessageSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}
