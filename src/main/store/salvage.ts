// Entry-by-entry salvage for documents that hold lists (circuits, custom exercises): one bad entry hides only
// itself, and the notice names it.
import type { z } from 'zod'
import { t } from '../i18n/mainLanguage'

export interface Salvaged<T> {
  good: T[]
  /** How the dropped entries are named for the user: their names, or "one without a name". */
  dropped: string[]
}

export function salvageList<T>(list: unknown, schema: z.ZodType<T>): Salvaged<T> | null {
  if (!Array.isArray(list)) return null
  const good: T[] = []
  const dropped: string[] = []
  for (const item of list) {
    const parsed = schema.safeParse(item)
    if (parsed.success) good.push(parsed.data)
    else dropped.push(nameOf(item))
  }
  return { good, dropped }
}

function nameOf(item: unknown): string {
  const name = typeof item === 'object' && item ? (item as { name?: unknown }).name : undefined
  return typeof name === 'string' ? t('main:salvage.named', { name }) : t('main:salvage.unnamed')
}

/** "2 circuits could not be read ("A", "B"); the other 5 were kept". */
export function describeDropped(
  noun: 'circuit' | 'customExercise',
  salvaged: Salvaged<unknown>
): string {
  return t(`main:salvage.${noun}`, {
    count: salvaged.dropped.length,
    names: salvaged.dropped.slice(0, 3).join(', '),
    kept: salvaged.good.length,
  })
}
