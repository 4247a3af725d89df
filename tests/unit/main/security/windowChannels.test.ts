import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/ipc/contract'
import { createDispatch, type Handlers } from '@main/ipc/dispatch'
import type { IpcSender } from '@main/security/senderPolicy'
import { mayCall, WINDOW_CHANNELS } from '@main/security/windowChannels'

const from = (window: IpcSender['window']): IpcSender => ({
  window,
  fromMainFrame: true,
  url: 'app://cadence/display.html',
})

describe('channels per window', () => {
  it('lets the main window call every channel and the display window none', () => {
    for (const channel of CHANNELS) {
      expect(mayCall('main', channel)).toBe(true)
      expect(mayCall('display', channel)).toBe(false)
    }
    expect(WINDOW_CHANNELS.display.size).toBe(0)
  })

  it('refuses a call from the display window at the gate, before the handler runs', async () => {
    const handler = vi.fn(() => ({ name: 'Cadence' }))
    const handlers = new Proxy({} as Handlers, { get: () => handler })
    const dispatch = createDispatch(handlers, { isTrustedSender: () => true })
    for (const channel of ['app:info', 'settings:update', 'history:delete', 'display:open']) {
      expect(await dispatch(from('display'), channel, {})).toMatchObject({
        ok: false,
        error: {
          code: 'forbidden-sender',
          message: `The display window may not ask for ${channel}.`,
        },
      })
    }
    expect(handler).not.toHaveBeenCalled()
    expect(await dispatch(from('main'), 'app:info', undefined)).toMatchObject({ ok: true })
    expect(handler).toHaveBeenCalledTimes(1)
  })
})
