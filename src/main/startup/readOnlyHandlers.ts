// In read-only mode every request that would write answers with why it cannot, and nothing is touched.
import { AppError } from '@shared/ipc/result'
import type { Channel } from '@shared/ipc/contract'
import type { Handlers } from '../ipc/dispatch'

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
  'history:annotate',
  'history:delete',
  'history:undelete',
  'history:importFile',
  'journal:begin',
  'journal:progress',
  'journal:snapshot',
  'journal:end',
  'journal:saveAsStopped',
  'journal:discard',
  'app:mergeConflict',
] as const satisfies readonly Channel[]

export function readOnlyHandlers(handlers: Handlers, reason: string): Handlers {
  const refuse = () => {
    throw new AppError(
      'io',
      `Cadence opened your data folder read-only: ${reason}. Nothing was saved.`
    )
  }
  const guarded: Partial<Record<Channel, () => never>> = {}
  for (const channel of WRITING_CHANNELS) guarded[channel] = refuse
  return { ...handlers, ...guarded }
}
