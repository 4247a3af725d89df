// The real main-process services on a temp folder, called through the real dispatcher, as the page would.
import { createServices } from '../../../src/main/services'
import { confBackend } from '../../../src/main/store/confBackend'
import { createDispatch } from '../../../src/main/ipc/dispatch'
import type { Channel, RequestInputOf, ResponseOf } from '../../../src/shared/ipc/contract'
import type { IpcResult } from '../../../src/shared/ipc/result'
import { FakePlatform } from '../../fixtures/fakePlatform'

export const TRUSTED = 'file:///app/out/renderer/index.html'

export function openTestServices(dataDir: string, now?: () => Date) {
  const platform = new FakePlatform()
  const services = createServices({
    dataDir,
    backend: confBackend(dataDir),
    platform,
    app: { name: 'Cadence', version: '9.9.9', platform: 'test' },
    ...(now ? { now } : {}),
  })
  const dispatch = createDispatch(services.handlers, { isTrustedSender: (url) => url === TRUSTED })
  const call = <C extends Channel>(channel: C, payload?: RequestInputOf<C>) =>
    dispatch(TRUSTED, channel, payload) as Promise<IpcResult<ResponseOf<C>>>
  /** Calls and expects success, returning the value. */
  const ok = async <C extends Channel>(
    channel: C,
    payload?: RequestInputOf<C>
  ): Promise<ResponseOf<C>> => {
    const result = await call(channel, payload)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
    return result.value
  }
  return { services, platform, dispatch, call, ok, close: () => services.close() }
}
