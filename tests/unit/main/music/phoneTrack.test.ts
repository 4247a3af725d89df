// The music's track reaches the phones: the page reports it, and main puts it into the frames it sends.
import { describe, expect, it } from 'vitest'
import { phoneTrack } from '@main/music/phoneTrack'
import type { RemoteFrame } from '@shared/remote/protocol'

const FRAME = { view: null, sentAt: 5, lang: 'en' } as const

describe('phoneTrack', () => {
  it('adds the track to every frame and sends the frame again when only the track changes', () => {
    const sent: RemoteFrame[] = []
    const track = phoneTrack({ publish: (f) => sent.push(f) })
    void track.handlers['music:nowPlaying']({ track: { title: 'Warm up', artist: null } })
    expect(sent).toEqual([]) // no frame yet to send it in
    track.publish(FRAME)
    expect(sent.at(-1)).toEqual({ ...FRAME, track: { title: 'Warm up', artist: null } })
    expect(track.playing()).toBe(true)
    void track.handlers['music:nowPlaying']({ track: { title: 'Warm up', artist: null } })
    expect(sent).toHaveLength(1) // the same track again sends nothing
    void track.handlers['music:nowPlaying']({ track: null })
    expect(sent.at(-1)).toEqual({ ...FRAME, track: null })
    expect(track.playing()).toBe(false)
  })
})
