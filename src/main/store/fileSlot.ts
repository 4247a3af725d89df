// Look before you touch: what stands where a data file should be. A folder, a dangling link or a socket is moved
// aside with a notice, never fatal; a link to a file is followed, so writes reach the real (often synced) file.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs'
import type { Notice } from '@shared/ipc/contract'
import { keptNotice, moveAside } from './keepOriginal'
import { t } from '../i18n/mainLanguage'

export type SlotKind = 'missing' | 'file' | 'linked-file' | 'dangling-link' | 'not-a-file'

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

export function slotKind(path: string): SlotKind {
  const own = lstatOrNull(path)
  if (!own) return 'missing'
  if (own.isFile()) return 'file'
  if (!own.isSymbolicLink()) return 'not-a-file'
  let target: Stats
  try {
    target = statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ELOOP') return 'dangling-link'
    throw error
  }
  return target.isFile() ? 'linked-file' : 'not-a-file'
}

export interface FileSlot {
  /** Where to read and write: the link's target for a linked file, so a rename never replaces the link. */
  path: string
  exists: boolean
}

/** Which of Cadence's files a slot holds: a key of main:slot.label ("your history"). */
export type SlotLabel =
  'circuits' | 'exercises' | 'settings' | 'windowState' | 'history' | 'journal'

/**
 * Makes `path` usable for a data file: a regular file or nothing. `label` names the file for the user
 * (main:slot.label, "your history"). Whatever else stood there is moved aside, and one notice says where.
 */
export function claimFileSlot(
  path: string,
  label: SlotLabel,
  at: Date,
  onNotice: (notice: Notice) => void
): FileSlot {
  const kind = slotKind(path)
  if (kind === 'missing') return { path, exists: false }
  if (kind === 'file') return { path, exists: true }
  if (kind === 'linked-file') return { path: realpathSync(path), exists: true }
  const movedTo = moveAside(path, at)
  onNotice(
    keptNotice(
      path,
      movedTo,
      t('main:slot.movedAside', {
        what: t(kind === 'dangling-link' ? 'main:slot.danglingLink' : 'main:slot.notAFile'),
        label: t(`main:slot.label.${label}`),
      }),
      at
    )
  )
  return { path, exists: false }
}
