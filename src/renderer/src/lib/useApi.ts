// The one way React code calls main: a query (load when its inputs change) and an action (run on demand).
// Both turn a failed call into the message main sent; an action shows it to the user by itself, a query
// hands it to the screen that asked, which shows it where the data would have been.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { IpcResult } from '@shared/ipc/result'
import { useToast } from '../app/Toast'
import { ApiError, messageOf, unwrap } from './api'

/**
 * `what` names the request by a key of common.json's `failed` (actions) or `loadFailed` (queries), whose
 * sentence carries the failure; a caller may instead pass words it translated itself ("load the playlist"),
 * which the `other` sentence then holds.
 */
function failureWords(
  t: TFunction<'common'>,
  exists: (key: string) => boolean,
  kind: 'failed' | 'loadFailed',
  what: string,
  message: string
): string {
  return exists(`common:${kind}.${what}`)
    ? t(`${kind}.${what}`, { message })
    : t(`${kind}.other`, { what, message })
}

export interface Query<T> {
  data: T | null
  /** Main's message when the last load failed, prefixed with what was being loaded. */
  error: string | null
  reload: () => void
}

/**
 * Loads `load()` now and again whenever `key` changes (a string naming the request, '' for "once");
 * the newest answer wins.
 */
export function useQuery<T>(what: string, load: () => Promise<IpcResult<T>>, key = ''): Query<T> {
  const { t, i18n } = useTranslation('common')
  const [data, setData] = useState<T | null>(null)
  // Main's message only: the sentence around it is made at render, so it follows a change of language.
  const [failure, setFailure] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const latest = useRef(load)
  useEffect(() => {
    latest.current = load
  })
  useEffect(() => {
    let current = true
    unwrap(latest.current())
      .then((value) => {
        if (!current) return
        setData(value)
        setFailure(null)
      })
      .catch((e: unknown) => {
        if (current) setFailure(messageOf(e))
      })
    return () => {
      current = false
    }
  }, [what, version, key])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  const error =
    failure === null ? null : failureWords(t, (k) => i18n.exists(k), 'loadFailed', what, failure)
  return { data, error, reload }
}

export interface Action<A extends unknown[], T> {
  /** Resolves to the value, or undefined when the call failed (the user has been told why). */
  run: (...args: A) => Promise<T | undefined>
  busy: boolean
}

/** A call made on demand (a click, a key); a failure is shown as a toast with main's message.
 * `what` (a key of common:failed, "openDataFolder") words a failure that did not come from main (the bridge). */
export function useAction<A extends unknown[], T>(
  what: string,
  call: (...args: A) => Promise<IpcResult<T>>,
  /** Where the message goes instead of a toast: inside a dialog, say, next to what failed. */
  show?: (message: string) => void
): Action<A, T> {
  const { t, i18n } = useTranslation('common')
  const toastFallback = useToast()
  const tell = show ?? toastFallback
  const [busy, setBusy] = useState(false)
  const latest = useRef(call)
  useEffect(() => {
    latest.current = call
  })
  const run = useCallback(
    async (...args: A) => {
      setBusy(true)
      try {
        return await unwrap(latest.current(...args))
      } catch (e) {
        // Main's messages are written for the user and say what failed; anything else gets context.
        tell(
          e instanceof ApiError
            ? e.message
            : failureWords(t, (k) => i18n.exists(k), 'failed', what, messageOf(e))
        )
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [tell, what, t, i18n]
  )
  return { run, busy }
}
