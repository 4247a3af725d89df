// The one gate every IPC call passes: trusted sender, known channel, valid payload, errors as values.
import {
  contract,
  isChannel,
  type Channel,
  type RequestOf,
  type ResponseOf,
} from '@shared/ipc/contract'
import type { IpcSender } from '../security/senderPolicy'
import { mayCall } from '../security/windowChannels'
import { AppError, describeIssues, fail, ok, type IpcResult } from '@shared/ipc/result'
import { t } from '../i18n/mainLanguage'

export type Handler<C extends Channel> = (
  request: RequestOf<C>
) => ResponseOf<C> | Promise<ResponseOf<C>>
export type Handlers = { [C in Channel]: Handler<C> }

export type Dispatch = (
  sender: IpcSender,
  channel: unknown,
  payload: unknown
) => Promise<IpcResult<unknown>>

export interface DispatchOptions {
  isTrustedSender: (sender: IpcSender) => boolean
  /** Where unexpected errors go; their details stay out of the page. */
  logError?: (channel: Channel, error: unknown) => void
}

export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  return async (sender, channel, payload) => {
    if (!options.isTrustedSender(sender)) {
      return fail('forbidden-sender', t('main:errors.foreignSender'))
    }
    if (!isChannel(channel)) {
      return fail(
        'unknown-channel',
        t('main:errors.unknownRequest', { channel: String(channel).slice(0, 80) })
      )
    }
    // Trusted means one of our windows; each kind of window may still call only its own channels.
    if (sender.window === null || !mayCall(sender.window, channel)) {
      return fail(
        'forbidden-sender',
        t('main:errors.notThisWindow', { window: sender.window ?? 'unknown', channel })
      )
    }
    const parsed = contract[channel].request.safeParse(payload)
    if (!parsed.success) {
      const issues = describeIssues(parsed.error)
      const first = issues[0]
      return fail(
        'invalid-payload',
        first
          ? t('main:errors.invalidRequestAt', { path: first.path, message: first.message })
          : t('main:errors.invalidRequest'),
        issues
      )
    }
    try {
      const handler = handlers[channel] as Handler<Channel>
      return ok(await handler(parsed.data as never))
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.issues)
      options.logError?.(channel, error)
      // Nothing is known about what the handler did before it threw, so nothing is promised about the data.
      return fail('internal', t('main:errors.internal'))
    }
  }
}
