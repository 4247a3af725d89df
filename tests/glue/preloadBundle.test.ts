// The built sandboxed preload (out/preload/index.cjs), evaluated in a vm context whose `require('electron')`
// is a fake contextBridge/ipcRenderer: it must expose exactly the contract's methods, each on its own channel.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { API_METHODS } from '@shared/ipc/api'
import { SYSTEM_EVENT_CHANNEL } from '@shared/ipc/channels'
import { DISPLAY_FRAME_CHANNEL } from '@shared/ipc/displayChannel'
import { appPath } from './harness/appDir'

function loadPreload(file = 'out/preload/index.cjs') {
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>()
  const invoked: Array<[string, unknown]> = []
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const required: string[] = []
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) =>
        exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => {
        invoked.push([channel, request])
        return Promise.resolve({ ok: true, value: null })
      },
      on: (channel: string, fn: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set())
        listeners.get(channel)!.add(fn)
      },
      removeListener: (channel: string, fn: (...args: unknown[]) => void) =>
        listeners.get(channel)?.delete(fn),
    },
  }
  const code = readFileSync(appPath(file), 'utf8')
  const module = { exports: {} }
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name)
      if (name !== 'electron') throw new Error(`A sandboxed preload cannot require ${name}`)
      return electron
    },
  })
  return { exposed, invoked, listeners, required }
}

describe('preload bundle', () => {
  it('requires only electron and exposes one object, window.api', () => {
    const { exposed, required } = loadPreload()
    expect(required).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['api'])
  })

  it("exposes exactly the contract's methods plus onSystemEvent", () => {
    const api = loadPreload().exposed.get('api')!
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_METHODS), 'onSystemEvent'].sort())
  })

  it('each method invokes its own channel with the request, and nothing else', async () => {
    const { exposed, invoked } = loadPreload()
    const api = exposed.get('api')!
    for (const [method, channel] of Object.entries(API_METHODS)) {
      invoked.length = 0
      const request = { probe: method }
      await api[method]!(request)
      expect(invoked, method).toEqual([[channel, request]])
    }
  })

  it('onSystemEvent passes only the payload and unsubscribes', () => {
    const { exposed, listeners } = loadPreload()
    const seen: unknown[] = []
    const off = exposed.get('api')!['onSystemEvent']!((event: unknown) =>
      seen.push(event)
    ) as () => void
    const [handler] = listeners.get(SYSTEM_EVENT_CHANNEL)!
    handler!({ sender: 'secret ipc event' }, { type: 'suspend' })
    expect(seen).toEqual([{ type: 'suspend' }])
    off()
    expect(listeners.get(SYSTEM_EVENT_CHANNEL)!.size).toBe(0)
  })
})

describe('display preload bundle', () => {
  it('requires only electron and offers the display page frames, and nothing else', () => {
    const { exposed, required, listeners, invoked } = loadPreload('out/preload/display.cjs')
    expect(required).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['display'])
    const display = exposed.get('display')!
    expect(Object.keys(display)).toEqual(['onFrame'])
    const frames: unknown[] = []
    const off = display['onFrame']!((frame: unknown) => frames.push(frame)) as () => void
    const [handler] = listeners.get(DISPLAY_FRAME_CHANNEL)!
    handler!({ sender: 'secret ipc event' }, { view: null, timeOrigin: 1 })
    expect(frames).toEqual([{ view: null, timeOrigin: 1 }])
    off()
    expect(listeners.get(DISPLAY_FRAME_CHANNEL)!.size).toBe(0)
    expect(invoked).toEqual([])
  })
})
