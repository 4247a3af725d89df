// In read-only mode every request that would write answers with why it cannot, and nothing is touched.
import { AppError } from '@shared/ipc/result'
import type { Channel } from '@shared/ipc/contract'
import type { Handlers } from '../ipc/dispatch'
import { t } from '../i18n/mainLanguage'

/** Channels that change files in the data folder. A new writing channel must be listed here. */
export const WRITING_CHANNELS = [
  'settings:update',
  'circuits:save',
  'circuits:delete',
  'circuits:duplicate',
  'circuits:importFile',
  'circuits:importText',
  'exercises:save',
  'exercises:delete',
  'exercises:setHidden',
  'media:attach',
  'media:detach',
  'music:pick',
  'music:clear',
  'music:pickCueSound',
  'history:annotate',
  'history:delete',
  'history:undelete',
  'history:importFile',
  'journal:saveAsStopped',
  'journal:discard',
  'app:mergeConflict',
] as const satisfies readonly Channel[]

/** `reason` is asked at each call: the folder can turn read-only after start (a refused write). */
export function readOnlyHandlers(handlers: Handlers, reason: () => string | null): Handlers {
  const guarded: Partial<Record<Channel, (request: never) => unknown>> = {}
  for (const channel of WRITING_CHANNELS) {
    const handler = handlers[channel] as (request: never) => unknown
    guarded[channel] = (request) => {
      const why = reason()
      if (why === null) return handler(request)
      throw new AppError('io', t('main:store.openedReadOnly', { why }))
    }
  }
  return { ...handlers, ...guarded } as Handlers
}
