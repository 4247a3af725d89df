// Sending to one phone and ending it without trusting it: a phone that stops reading is cut off before
// main buffers much for it, and a phone told to close gets a short grace and is then cut off, so a phone
// that ignores the close frame cannot keep its slot.
import type { WebSocket } from 'ws'

/** Sends the text, or cuts the phone off if that leaves more than `maxBuffered` bytes waiting for it. */
export function sendOrCut(ws: WebSocket, text: string, maxBuffered: number): void {
  if (ws.readyState !== ws.OPEN) return
  ws.send(text)
  if (ws.bufferedAmount > maxBuffered) ws.terminate()
}

/** Closes with a code the phone understands, and cuts the socket if it has not gone after `graceMs`. */
export function closeThenCut(ws: WebSocket, code: number, reason: string, graceMs: number): void {
  const cut = setTimeout(() => ws.terminate(), graceMs)
  cut.unref()
  ws.once('close', () => clearTimeout(cut))
  ws.close(code, reason)
}
