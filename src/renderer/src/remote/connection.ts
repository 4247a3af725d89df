// The phone's line to Cadence: one WebSocket to the address the page came from (token included), which
// reconnects by itself after a drop, measures the clock offset with pings, and gives up only when the
// computer says the code changed or the remote was turned off.
import { clockOffset, type OffsetSample } from '@shared/remote/clockOffset'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import type { ActionAck, RemoteAction, RemoteFrame, ServerMessage } from '@shared/remote/protocol'

export type ConnectionState = 'connecting' | 'open' | 'retrying' | 'ended'
export type ConnectionMessage =
  'connecting' | 'reconnecting' | 'connected' | 'newCode' | 'turnedOff' | 'lost'

export interface ConnectionEvents {
  /** message: what to tell the person, as a key of the phone namespace (locales/<lang>/phone.json). */
  onState: (state: ConnectionState, message: ConnectionMessage) => void
  onFrame: (frame: RemoteFrame, serverAt: number) => void
  /** The computer's answer to a press that send() numbered. */
  onAck?: (ack: ActionAck) => void
}

const RETRY_MS = [500, 1000, 2000, 4000]
const PING_EVERY_MS = 15_000
const FIRST_PINGS = 5
const KEPT_SAMPLES = 8

/** The socket's address: the page's own folder (/r/<token>/) plus "ws". */
export function socketUrl(location: Pick<Location, 'protocol' | 'host' | 'pathname'>): string {
  const folder = location.pathname.slice(0, location.pathname.lastIndexOf('/') + 1)
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${folder}ws`
}

export function connect(url: string, events: ConnectionEvents) {
  let socket: WebSocket | null = null
  let attempt = 0
  let pingId = 0
  let seq = 0
  let timer: number | undefined
  const samples: OffsetSample[] = []
  let offset = 0

  const ping = () => {
    if (socket?.readyState !== WebSocket.OPEN) return
    socket.send(JSON.stringify({ type: 'ping', id: pingId++, sentAt: Date.now() }))
  }
  const schedulePings = (left: number) => {
    ping()
    timer = window.setTimeout(() => schedulePings(left - 1), left > 0 ? 200 : PING_EVERY_MS)
  }

  const open = () => {
    events.onState(
      attempt === 0 ? 'connecting' : 'retrying',
      attempt === 0 ? 'connecting' : 'reconnecting'
    )
    const ws = new WebSocket(url)
    socket = ws
    ws.onopen = () => {
      attempt = 0
      events.onState('open', 'connected')
      schedulePings(FIRST_PINGS)
    }
    ws.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as ServerMessage
      if (message.type === 'frame') events.onFrame(message.frame, message.serverAt)
      if (message.type === 'ack') events.onAck?.(message)
      if (message.type === 'pong') {
        samples.push({
          sentAt: message.sentAt,
          receivedAt: Date.now(),
          serverNow: message.serverNow,
        })
        if (samples.length > KEPT_SAMPLES) samples.shift()
        offset = clockOffset(samples) ?? offset
      }
    }
    ws.onclose = (event) => {
      window.clearTimeout(timer)
      if (socket !== ws) return
      if (event.code === CLOSE_CODES.newCode) {
        return events.onState('ended', 'newCode')
      }
      if (event.code === CLOSE_CODES.turnedOff) {
        return events.onState('ended', 'turnedOff')
      }
      const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!
      attempt += 1
      events.onState('retrying', 'lost')
      timer = window.setTimeout(open, wait)
    }
  }
  open()

  return {
    /** Sends the press now and returns its number, or null when not connected: never queued for later. */
    send(action: RemoteAction): number | null {
      if (socket?.readyState !== WebSocket.OPEN) return null
      seq += 1
      socket.send(JSON.stringify({ type: 'action', action, seq }))
      return seq
    },
    /** The computer's clock minus this phone's, as last measured. */
    offset: () => offset,
  }
}
