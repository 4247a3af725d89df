// Handlers for facts about the running app.
import type { AppInfo } from '../../shared/ipc/contract'
import type { Handlers } from '../ipc/dispatch'

export function appHandlers(info: AppInfo): Pick<Handlers, 'app:info'> {
  return { 'app:info': () => info }
}
