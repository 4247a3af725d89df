import { describe, expect, it, vi } from 'vitest'
import { createDispatch, type Handlers } from '@main/ipc/dispatch'
import type { IpcSender } from '@main/security/senderPolicy'
import { AppError } from '@shared/ipc/result'
import { DEFAULT_SETTINGS } from '@shared/model/settings'

/** Only the channels these tests call; the others are never reached. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return <Handlers>(<unknown>{
    'app:info': () => ({ name: 'Cadence', version: '1.2.3', dataDir: '/data', platform: 'linux' }),
    'settings:get': () => DEFAULT_SETTINGS,
    'settings:update': vi.fn(() => DEFAULT_SETTINGS),
    ...overrides,
  })
}
const trusted: IpcSender = { window: 'main', fromMainFrame: true, url: 'app://cadence/' }
const isTrustedSender = (sender: IpcSender) => sender === trusted

describe('createDispatch', () => {
  it('answers a valid call from a trusted sender', async () => {
    const dispatch = createDispatch(handlers(), { isTrustedSender })
    await expect(dispatch(trusted, 'app:info', undefined)).resolves.toEqual({
      ok: true,
      value: { name: 'Cadence', version: '1.2.3', dataDir: '/data', platform: 'linux' },
    })
  })

  it('refuses an untrusted sender before looking at anything else', async () => {
    const h = handlers()
    const dispatch = createDispatch(h, { isTrustedSender })
    const result = await dispatch({ ...trusted, url: 'https://evil.example/' }, 'settings:update', {
      theme: 'dark',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(h['settings:update']).not.toHaveBeenCalled()
  })

  it('refuses unknown channels, including prototype keys', async () => {
    const dispatch = createDispatch(handlers(), { isTrustedSender })
    for (const channel of ['nope:nothing', '__proto__', 'constructor', 42]) {
      expect(await dispatch(trusted, channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      })
    }
  })

  it('refuses an invalid payload with the path and reason, and never calls the handler', async () => {
    const h = handlers()
    const dispatch = createDispatch(h, { isTrustedSender })
    const result = await dispatch(trusted, 'settings:update', { masterVolume: 3, bogus: true })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-payload')
    expect(result.error.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['masterVolume'])
    )
    expect(h['settings:update']).not.toHaveBeenCalled()
  })

  it('passes an AppError through and hides the details of unexpected errors', async () => {
    const logError = vi.fn()
    const dispatch = createDispatch(
      handlers({
        'settings:get': () => {
          throw new AppError('not-found', 'No such thing.')
        },
        'app:info': () => {
          throw new Error('secret stack detail')
        },
      }),
      { isTrustedSender, logError }
    )
    expect(await dispatch(trusted, 'settings:get', undefined)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such thing.' },
    })
    const hidden = await dispatch(trusted, 'app:info', undefined)
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(hidden)).not.toContain('secret')
    // Nothing is known about what the handler did before it threw: the message must not promise anything.
    expect(JSON.stringify(hidden)).not.toMatch(/not changed/)
    expect(logError).toHaveBeenCalledOnce()
  })
})
