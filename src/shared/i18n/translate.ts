// The plain t(key, options) that shared word makers take, apart from i18next itself: a screen that only
// hands its translator on does not pull i18next into the first script (bench: bundle).

/** A plain t(key, options) over an instance: what the library's localize functions and main's modules take. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** What translator() needs of an i18next instance: its t. */
export interface HasT {
  t(key: string, options: Record<string, unknown>): string
}

export function translator(instance: HasT): Translate {
  return (key, options) => instance.t(key, options ?? {})
}
