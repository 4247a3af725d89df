// The phones' side of the remote: the open sockets and what each may send, the heartbeat that finds silent
// phones, the session's view for each, and ending them all with a close code the phone page understands.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type ServerOptions, type WebSocket } from 'ws'
import { CLOSE_CODES } from '@shared/remote/closeCodes'
import {
  MAX_PHONE_MESSAGE_BYTES,
  type RemoteAction,
  type RemoteFrame,
  type ServerMessage,
} from '@shared/remote/protocol'
import { startHeartbeat } from './heartbeat'
import { closeThenCut, sendOrCut } from './phoneLink'
import { handlePhoneMessage, type ActionRefusal } from './phoneMessages'
import type { AddressLimits } from './rateLimit'
import type { RemoteLimits } from './remoteLimits'

export interface PhoneSocketsOptions {
  limits: RemoteLimits
  rates: AddressLimits
  onAction: (action: RemoteAction) => ActionRefusal
  onPhonesChange?: (count: number) => void
}

export function phoneSockets({ limits, rates, onAction, onPhonesChange }: PhoneSocketsOptions) {
  const sockets = new Set<WebSocket>()
  let lastFrame: { frame: RemoteFrame; serverAt: number } | null = null
  // maxPendingAutoPongs is ws 8.23's (its types, @types/ws 8.18, do not list it yet).
  const wsOptions: ServerOptions & { maxPendingAutoPongs: number } = {
    noServer: true,
    maxPayload: MAX_PHONE_MESSAGE_BYTES,
    maxPendingAutoPongs: limits.maxPendingAutoPongs,
  }
  const wss = new WebSocketServer(wsOptions)
  const heartbeat = startHeartbeat(limits.heartbeatMs, () => sockets)
  const changed = () => onPhonesChange?.(sockets.size)
  const dropAll = (code: number, reason: string) => {
    for (const ws of sockets) closeThenCut(ws, code, reason, limits.closeGraceMs)
  }

  function accept(ws: WebSocket, address: string) {
    sockets.add(ws)
    heartbeat.watch(ws)
    changed()
    const send = (message: ServerMessage) =>
      sendOrCut(ws, JSON.stringify(message), limits.maxBufferedBytes)
    const cutOff = () =>
      closeThenCut(ws, CLOSE_CODES.tooMany, 'Too many messages.', limits.closeGraceMs)
    const context = { address, limits: rates, onAction, send, cutOff }
    ws.on('message', (data, isBinary) => {
      if (ws.readyState === ws.OPEN) handlePhoneMessage(context, data, isBinary)
    })
    ws.on('close', () => {
      sockets.delete(ws)
      changed()
    })
    ws.on('error', () => ws.terminate())
    if (lastFrame) send({ type: 'frame', ...lastFrame })
  }

  return {
    count: () => sockets.size,
    /** Completes a handshake the server has already checked (token, Host, Origin, limits). */
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, address: string) {
      wss.handleUpgrade(req, socket, head, (ws) => accept(ws, address))
    },
    publish(frame: RemoteFrame) {
      lastFrame = { frame, serverAt: Date.now() }
      const text = JSON.stringify({ type: 'frame', ...lastFrame } satisfies ServerMessage)
      for (const ws of sockets) sendOrCut(ws, text, limits.maxBufferedBytes)
    },
    dropAll,
    /** Tells every phone why, and resolves once each has gone (by itself or cut after the grace). */
    async closeAll(code: number, reason: string) {
      heartbeat.stop()
      const gone = [...sockets].map((ws) => new Promise((resolve) => ws.once('close', resolve)))
      dropAll(code, reason)
      await Promise.all(gone)
      wss.close()
    },
  }
}
