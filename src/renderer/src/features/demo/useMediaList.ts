// The user's own pictures and videos by exercise id, loaded once per page. Pages with no bridge to main (the
// TV display window) get none and draw the demos.
import { useEffect, useState } from 'react'
import type { MediaRef } from '@shared/model/media'

export type MediaList = Readonly<Record<string, MediaRef & { missing: boolean }>>

export function useMediaList(): MediaList {
  const [list, setList] = useState<MediaList>({})
  useEffect(() => {
    if (!('api' in window)) return
    let current = true
    // A list that cannot be loaded leaves the drawn demos, which is what the user sees without media anyway.
    void window.api.listMedia().then((result) => {
      if (current && result.ok) setList(result.value)
    })
    return () => {
      current = false
    }
  }, [])
  return list
}
