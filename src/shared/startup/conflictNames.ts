// Recognises the copies sync tools write beside a file when two machines changed it at once, and names the
// file each copy belongs to. Pure, so the patterns are tested on names alone.

/** Cadence's own files: only copies of these are Cadence's business. */
export const DATA_FILES = [
  'history.jsonl',
  'journal.jsonl',
  'settings.json',
  'circuits.json',
  'exercises.json',
  'window-state.json',
] as const
export type DataFile = (typeof DATA_FILES)[number]
export type SyncTool = 'Syncthing' | 'Dropbox' | 'OneDrive'

export interface ConflictName {
  original: DataFile
  tool: SyncTool
}

// name.sync-conflict-20260818-173636-D4LGQYW.ext (the last part: the first 7 characters of a device id).
const SYNCTHING = /^(.+)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(\.[^.]+)?$/
// name (Ann's conflicted copy 2026-08-18).ext, also "(… conflicted copy 2026-08-18 1)" and older forms.
const DROPBOX = /^(.+?) \([^()]*conflicted copy[^()]*\)(\.[^.]+)?$/i
// name-HOSTNAME.ext and name-HOSTNAME-2.ext: a host name has no dots or spaces.
const ONEDRIVE_TAIL = /^-[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/

export function conflictNameOf(fileName: string): ConflictName | null {
  if ((DATA_FILES as readonly string[]).includes(fileName)) return null
  const syncthing = SYNCTHING.exec(fileName)
  if (syncthing) return known(`${syncthing[1]}${syncthing[2] ?? ''}`, 'Syncthing')
  const dropbox = DROPBOX.exec(fileName)
  if (dropbox) return known(`${dropbox[1]}${dropbox[2] ?? ''}`, 'Dropbox')
  for (const original of DATA_FILES) {
    const dot = original.lastIndexOf('.')
    const [stem, ext] = [original.slice(0, dot), original.slice(dot)]
    if (!fileName.startsWith(stem) || !fileName.endsWith(ext)) continue
    const middle = fileName.slice(stem.length, fileName.length - ext.length)
    if (ONEDRIVE_TAIL.test(middle)) return { original, tool: 'OneDrive' }
  }
  return null
}

function known(original: string, tool: SyncTool): ConflictName | null {
  return (DATA_FILES as readonly string[]).includes(original)
    ? { original: original as DataFile, tool }
    : null
}
