import { describe, expect, it } from 'vitest'
import { EventEmitter } from 'node:events'
import { moveWindowTo, type MovableWindow } from '@main/windowMove'
import type { Rect } from '@main/windowState'

/** A window whose fullscreen changes finish later, as on macOS: a move made meanwhile is lost. */
class AsyncFullscreenWindow extends EventEmitter implements MovableWindow {
  fullscreen = true
  transitioning = false
  bounds: Rect = { x: 0, y: 0, width: 1200, height: 800 }
  log: string[] = []
  isFullScreen = () => this.fullscreen
  setFullScreen(on: boolean) {
    this.log.push(on ? 'enter' : 'leave')
    this.transitioning = true
    queueMicrotask(() => {
      this.fullscreen = on
      this.transitioning = false
      this.emit(on ? 'enter-full-screen' : 'leave-full-screen')
    })
  }
  getBounds = () => this.bounds
  setBounds(bounds: Rect) {
    this.log.push(this.transitioning ? 'move (lost)' : 'move')
    if (!this.transitioning) this.bounds = bounds
  }
}

const TV = { x: 1920, y: 0, width: 3840, height: 2160 }
const never = () => new Promise<void>(() => {})

describe('moveWindowTo', () => {
  it('waits for the fullscreen exit, moves, then goes fullscreen again on the new display', async () => {
    const win = new AsyncFullscreenWindow()
    await moveWindowTo(win, TV, never)
    expect(win.log).toEqual(['leave', 'move', 'enter'])
    expect(win.bounds.x).toBeGreaterThanOrEqual(TV.x)
  })

  it('moves a window that is not fullscreen straight away', async () => {
    const win = new AsyncFullscreenWindow()
    win.fullscreen = false
    await moveWindowTo(win, TV, never)
    expect(win.log).toEqual(['move'])
  })

  it('moves anyway when the exit event never comes', async () => {
    const win = new AsyncFullscreenWindow()
    win.setFullScreen = (on: boolean) => void win.log.push(on ? 'enter' : 'leave')
    await moveWindowTo(win, TV, () => Promise.resolve())
    expect(win.log).toEqual(['leave', 'move', 'enter'])
    expect(win.listenerCount('leave-full-screen')).toBe(0)
  })
})
