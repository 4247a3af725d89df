// The music's track for the phones: the page plays the music and reports its track (music:nowPlaying); main
// puts it into every frame the phones get, and sends the frame again when only the track changed.
import type { NowPlaying, RemoteFrame } from '@shared/remote/protocol'
import type { Handlers } from '../ipc/dispatch'

/** A frame as the session publishes it; the track is added here. */
export type SessionRemoteFrame = Omit<RemoteFrame, 'track'>

export interface PhoneTrack {
  /** Stands between the session's publishing and the remote: every frame goes out with the track. */
  publish(frame: SessionRemoteFrame): void
  /** Whether music is playing (a phone's Skip track has something to skip). */
  playing(): boolean
  handlers: Pick<Handlers, 'music:nowPlaying'>
}

export function phoneTrack(remote: { publish(frame: RemoteFrame): void }): PhoneTrack {
  let track: NowPlaying | null = null
  let last: SessionRemoteFrame | null = null
  const send = () => {
    if (last) remote.publish({ ...last, track })
  }
  return {
    publish(frame) {
      last = frame
      send()
    },
    playing: () => track !== null,
    handlers: {
      'music:nowPlaying': ({ track: next }) => {
        const same = JSON.stringify(next) === JSON.stringify(track)
        track = next
        if (!same) send()
        return { ok: true }
      },
    },
  }
}
