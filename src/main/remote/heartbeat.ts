// Finds phones that vanished without a word (Wi-Fi dropped, phone asleep): each beat pings every phone and
// cuts off any that did not answer the beat before, so a dead phone frees its slot within two beats
// instead of holding it until TCP gives up (about 15 minutes).
import type { WebSocket } from 'ws'

export interface Heartbeat {
  /** Starts watching a phone that has just connected. */
  watch(ws: WebSocket): void
  stop(): void
}

export function startHeartbeat(everyMs: number, phones: () => Iterable<WebSocket>): Heartbeat {
  const answered = new WeakSet<WebSocket>()
  const beat = () => {
    for (const ws of phones()) {
      if (!answered.has(ws)) {
        ws.terminate()
        continue
      }
      answered.delete(ws)
      ws.ping()
    }
  }
  // The global setInterval (not node:timers), so tests can step it with fake timers.
  const timer = setInterval(beat, everyMs)
  timer.unref()
  return {
    watch(ws) {
      answered.add(ws)
      ws.on('pong', () => answered.add(ws))
    },
    stop: () => clearInterval(timer),
  }
}
