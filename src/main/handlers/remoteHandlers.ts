// Handlers for the phone remote: its status, turning it on and off, a new pairing code, its address.
import type { Handlers } from '../ipc/dispatch'
import type { DeferredRemote } from '../startup/deferredRemote'

export function remoteHandlers(
  remote: Omit<DeferredRemote, 'close'>
): Pick<Handlers, 'remote:status' | 'remote:setEnabled' | 'remote:newCode' | 'remote:useAddress'> {
  return {
    'remote:status': () => remote.status(),
    'remote:setEnabled': ({ on }) => remote.setEnabled(on),
    'remote:newCode': () => remote.newCode(),
    'remote:useAddress': ({ address }) => remote.useAddress(address),
  }
}
