// The session's sounds, whose code loads once the first screen is up rather than with it: they are not in
// the first paint's JS (the bundle bench), and they are there seconds before anyone can press Start.
// Not onDemand: this part shows nothing while it loads, and a failure is a notice, not a broken screen.
import { useEffect, useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { useToast } from '@renderer/app/Toast'
import type { SessionSoundProps } from './SessionSound'

type Sound = ComponentType<SessionSoundProps>
let loaded: Sound | null = null

export function SessionSoundOnDemand(props: SessionSoundProps) {
  const toast = useToast()
  const { t } = useTranslation('app')
  const [sound, setSound] = useState<{ Sound: Sound } | null>(() =>
    loaded ? { Sound: loaded } : null
  )
  const { player } = props
  useEffect(() => {
    void player.load()
  }, [player])
  useEffect(() => {
    if (sound) return
    let live = true
    import('./SessionSound').then(
      (m) => {
        loaded = m.SessionSound
        if (live) setSound({ Sound: m.SessionSound })
      },
      (error: unknown) => live && toast(t('loadScreen.sound', { message: String(error) }))
    )
    return () => {
      live = false
    }
  }, [sound, toast, t])
  return sound ? <sound.Sound {...props} /> : null
}
