// Merges a sync tool's conflict copy of a list (circuits, custom exercises) into ours, by id. Ours never
// changes: an item only in the copy is added; one that differs from ours is kept twice, the copy's version
// under a free id and a name that says where it came from. Pure, so every case is tested on plain data.

export interface Merge<T> {
  /** What to add to ours, in the copy's order. */
  added: T[]
  /** Items the copy has exactly as we do. */
  duplicates: number
  /** Of `added`, those that differ from ours under the same id (kept both). */
  keptBoth: number
}

const MAX_ID = 64
const MAX_NAME = 80
const FROM_COPY = ' (conflict copy)'

/** Key order aside, the same JSON value. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  if (keysA.length !== keysB.length) return false
  return keysA.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
  )
}

/** `id-2`, `id-3`, ... (cut to fit 64 characters): the first not taken. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${id.slice(0, MAX_ID - suffix.length)}${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

const renamed = (name: string) => `${name.slice(0, MAX_NAME - FROM_COPY.length)}${FROM_COPY}`

export function mergeById<T extends { id: string; name: string }>(
  ours: readonly T[],
  theirs: readonly T[]
): Merge<T> {
  const byId = new Map(ours.map((item) => [item.id, item]))
  const taken = new Set(byId.keys())
  const merge: Merge<T> = { added: [], duplicates: 0, keptBoth: 0 }
  /** Merged before: the copy's version is already here under a free id. */
  const keptEarlier = (item: T) =>
    ours.some((o) => sameValue({ ...o, id: '' }, { ...item, id: '', name: renamed(item.name) }))
  for (const item of theirs) {
    const mine = byId.get(item.id)
    if (mine && (sameValue(mine, item) || keptEarlier(item))) {
      merge.duplicates++
      continue
    }
    const kept = mine ? { ...item, id: freeId(item.id, taken), name: renamed(item.name) } : item
    if (mine) merge.keptBoth++
    taken.add(kept.id)
    merge.added.push(kept)
  }
  return merge
}
