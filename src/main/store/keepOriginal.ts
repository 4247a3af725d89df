// Every repair starts here: the original bytes go aside, durably, under a name that never overwrites an earlier
// copy, and the user is told once what was kept and where. Our own code: no library keeps bytes this way.
import {
  closeSync,
  copyFileSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { dirname } from 'node:path'
import type { Notice } from '@shared/ipc/contract'
import { fsyncDir } from './durableFile'

/** A stamp and a counter: `history.corrupt-2026-11-21T10-00-00-000Z.jsonl`, then `...-2.jsonl`, `...-3.jsonl`. */
export function asideCandidate(path: string, at: Date, attempt: number): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  const counter = attempt > 1 ? `-${attempt}` : ''
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  const dot = path.lastIndexOf('.')
  return dot > slash + 1
    ? `${path.slice(0, dot)}.corrupt-${stamp}${counter}${path.slice(dot)}`
    : `${path}.corrupt-${stamp}${counter}`
}

const MAX_ATTEMPTS = 1000

/** Tries names until one is free; `claim` creates it exclusively or throws EEXIST. */
function claimName(path: string, at: Date, claim: (candidate: string) => void): string {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const candidate = asideCandidate(path, at, attempt)
    try {
      claim(candidate)
      return candidate
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  throw new Error(`no free name to keep a copy of ${path}`)
}

/** Writes `bytes` (the original Buffer, never re-encoded text) to a new file beside `path`; returns its name. */
export function keepBytes(path: string, bytes: Uint8Array, at: Date): string {
  let written = ''
  claimName(path, at, (candidate) => {
    const fd = openSync(candidate, 'wx', 0o600)
    written = candidate
    try {
      let done = 0
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  })
  fsyncDir(dirname(written))
  return written
}

/** Copies a whole file aside without reading it into memory (a 2 GB history too); returns the copy's name. */
export function keepFileCopy(path: string, at: Date): string {
  const copy = claimName(path, at, (candidate) =>
    copyFileSync(path, candidate, constants.COPYFILE_EXCL)
  )
  const fd = openSync(copy, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  fsyncDir(dirname(copy))
  return copy
}

/**
 * Renames what stands at `path` (a folder, a link, a socket: anything that is not the file we expect) to a free
 * name beside it. rename() replaces an empty folder or a file silently, so a name is used only if nothing is there.
 */
export function moveAside(path: string, at: Date): string {
  const moved = claimName(path, at, (candidate) => {
    if (exists(candidate)) {
      const taken = new Error(`${candidate} exists`) as NodeJS.ErrnoException
      taken.code = 'EEXIST'
      throw taken
    }
    renameSync(path, candidate)
  })
  fsyncDir(dirname(path))
  return moved
}

function exists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/** The one notice a repair leaves: what was found, what was kept, and where. */
export function keptNotice(file: string, movedTo: string | null, reason: string, at: Date): Notice {
  return { file, movedTo, reason, at: at.toISOString() }
}
