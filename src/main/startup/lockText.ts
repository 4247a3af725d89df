// Says who holds the data folder's lock, in words a person can act on.
import type { LockHolder } from '../store/folderLock'

export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'its lock file cannot be read'
  const since = holder.startedAt.replace('T', ' ').slice(0, 16)
  return `process ${holder.pid} on ${holder.hostname}, since ${since} UTC`
}
