// The phone remote, loaded on first use instead of at start: its server (ws) and QR code (qrcode) cost the cold
// start about 100 ms, and the remote is off until the user turns it on, so the first window never needs it.
import type { RemoteService, RemoteServiceOptions } from '../remote/remoteService'

/** RemoteService with every answer a promise: the service may still be loading when it is asked. */
export interface DeferredRemote {
  status(): Promise<ReturnType<RemoteService['status']>>
  setEnabled(on: boolean): ReturnType<RemoteService['setEnabled']>
  newCode(): Promise<ReturnType<RemoteService['newCode']>>
  useAddress(address: string | null): ReturnType<RemoteService['useAddress']>
  publish: RemoteService['publish']
  close(): Promise<void>
}

export function deferredRemote(options: RemoteServiceOptions): DeferredRemote {
  let loading: Promise<RemoteService> | null = null
  let loaded: RemoteService | null = null
  /** The session's latest frame from before the service loaded: the first phone must see it. */
  let early: Parameters<RemoteService['publish']>[0] | null = null
  const load = () =>
    (loading ??= import('../remote/remoteService').then(({ createRemoteService }) => {
      loaded = createRemoteService(options)
      if (early) loaded.publish(early)
      return loaded
    }))
  return {
    status: async () => (await load()).status(),
    setEnabled: async (on) => (await load()).setEnabled(on),
    newCode: async () => (await load()).newCode(),
    useAddress: async (address) => (await load()).useAddress(address),
    // Before it has loaded no server can be on: the frame is kept for when one is.
    publish: (frame) => {
      if (loaded) loaded.publish(frame)
      else early = frame
    },
    // Nothing to close unless it was loaded; a load under way is closed once it is done.
    close: async () => {
      if (loading) await (await loading).close()
    },
  }
}
