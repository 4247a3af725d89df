// Moves a window to another display's work area, also from fullscreen, where the platform allows it.
import { centredOn, type Rect } from './windowState'

/** The part of BrowserWindow a move needs, so the sequence is tested without Electron. */
export interface MovableWindow {
  isFullScreen(): boolean
  setFullScreen(on: boolean): void
  getBounds(): Rect
  setBounds(bounds: Rect): void
  once(event: 'leave-full-screen', listener: () => void): unknown
  removeListener(event: 'leave-full-screen', listener: () => void): unknown
}

/** How long to wait for a fullscreen exit before moving anyway (the event never comes if nothing changed). */
export const LEAVE_FULLSCREEN_TIMEOUT_MS = 2_000

/**
 * A fullscreen window leaves fullscreen first; on macOS that transition is asynchronous and a move made
 * during it is lost, so the move waits for `leave-full-screen`, then re-enters fullscreen on the new display.
 */
export async function moveWindowTo(
  win: MovableWindow,
  area: Rect,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms))
): Promise<void> {
  const wasFullscreen = win.isFullScreen()
  if (wasFullscreen) {
    await new Promise<void>((done) => {
      const left = () => done()
      win.once('leave-full-screen', left)
      win.setFullScreen(false)
      void wait(LEAVE_FULLSCREEN_TIMEOUT_MS).then(() => {
        win.removeListener('leave-full-screen', left)
        done()
      })
    })
  }
  win.setBounds(centredOn(area, win.getBounds()))
  if (wasFullscreen) win.setFullScreen(true)
}
