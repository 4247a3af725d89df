// The shape of `window.api`: one named function per channel, so pages never see channel strings.
import type { Channel, RequestInputOf, ResponseOf } from './contract'
import type { IpcResult } from './result'

/** Method name on `window.api` -> the channel it calls. */
export const API_METHODS = {
  getAppInfo: 'app:info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
} as const satisfies Record<string, Channel>

export type ApiMethod = keyof typeof API_METHODS

export type Invoker<C extends Channel> =
  undefined extends RequestInputOf<C>
    ? (request?: RequestInputOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestInputOf<C>) => Promise<IpcResult<ResponseOf<C>>>

export type Api = { [M in ApiMethod]: Invoker<(typeof API_METHODS)[M]> }

/** Fails to compile when a channel has no method on `window.api`. */
export const EVERY_CHANNEL_HAS_A_METHOD: [
  Exclude<Channel, (typeof API_METHODS)[ApiMethod]>,
] extends [never]
  ? true
  : never = true
