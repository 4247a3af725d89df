// Why the data folder or one of its files could not be used, and who holds its lock, in the app's language:
// the start-up window, the read-only banner and the notices show these.
import { fsReasonKey } from '@shared/startup/fsReason'
import type { LockHolder } from '../store/folderLock'
import { t } from './mainLanguage'

/** "Cadence does not have permission to use it", for a file-system error code. */
export const fsReason = (code: string | undefined): string =>
  t(`main:fs.${fsReasonKey(code)}`, { code })

/** Why the folder cannot be written, for the read-only banner. */
export function whyUnwritable(code: string): string {
  switch (code) {
    case 'EROFS':
      return t('main:fs.folderReadOnlyDisk')
    case 'EACCES':
    case 'EPERM':
      return t('main:fs.folderNotAllowed')
    case 'ENOSPC':
    case 'EFBIG':
    case 'EDQUOT':
      return t('main:fs.full')
    default:
      return t('main:fs.folderUnwritable', { code })
  }
}

/** Who holds the folder's lock, in words a person can act on. */
export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return t('main:lock.unreadable')
  const since = holder.startedAt.replace('T', ' ').slice(0, 16)
  return t('main:lock.holder', { pid: holder.pid, host: holder.hostname, since })
}
