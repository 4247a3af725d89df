// The music side of main: picking a folder (tags, durations, the broken file left out and named), the
// playlists on disk, and app://cadence/music/ serving only the tracks a playlist lists, in byte ranges.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { musicInFolder, readTracks, trackId } from '@main/music/musicFiles'
import { createPlaylistStore } from '@main/music/playlistStore'
import { createMusicHandler } from '@main/music/serveMusic'
import { musicHandlers } from '@main/handlers/musicHandlers'
import { FakePlatform } from '@tests/fixtures/fakePlatform'
import { makeMusicFolder, type MusicFolder } from '@tests/fixtures/music'

let root: string
let music: MusicFolder
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cadence-music-'))
  music = makeMusicFolder(root, 2)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const get = (url: string, headers: Record<string, string> = {}) =>
  new Request(`app://cadence${url}`, { headers })

describe('music files', () => {
  it('lists a folder (subfolders too, sorted) by extension, and reads tags and durations', async () => {
    const paths = musicInFolder(music.dir)
    expect(paths).toEqual([...music.good.slice(0, 2), music.bad, music.good[2]].sort())
    const { tracks, skipped } = await readTracks(paths)
    expect(skipped).toEqual(['broken.mp3'])
    expect(tracks.map((t) => t.name)).toEqual(['a-tone.wav', 'b-tone.flac', 'c-tone.ogg'])
    expect(tracks[1]).toMatchObject({
      title: 'Warm up',
      artist: 'Cadence tests',
      type: 'audio/flac',
    })
    for (const t of tracks) expect(t.durationSec).toBeCloseTo(2, 1)
  })
})

describe('playlists', () => {
  it('falls back to the default playlist, keeps paths out of what the page sees, and survives a restart', async () => {
    const store = createPlaylistStore(root)
    const { tracks } = await readTracks(music.good)
    store.set(null, tracks.slice(0, 1))
    store.set('c1', tracks.slice(1))
    expect(store.playlist('c1')).toMatchObject({ source: 'circuit' })
    expect(store.playlist('other')).toMatchObject({ source: 'default' })
    expect(JSON.stringify(store.playlist('c1'))).not.toContain(root)
    const again = createPlaylistStore(root)
    expect(again.playlist('c1').tracks.map((t) => t.name)).toEqual(['b-tone.flac', 'c-tone.ogg'])
    expect(again.track(trackId(music.good[0]!))?.path).toBe(music.good[0])
  })

  it('moves a damaged music.json aside and starts empty', () => {
    writeFileSync(join(root, 'music.json'), '{"default": [oops')
    const store = createPlaylistStore(root, () => new Date('2026-11-29T10:00:00Z'))
    expect(store.playlist(null).tracks).toEqual([])
  })
})

describe('the pick handler', () => {
  it('makes the picked folder the playlist and names the file it left out', async () => {
    const platform = new FakePlatform()
    const handlers = musicHandlers(createPlaylistStore(root), platform)
    platform.nextOpenPaths = [music.dir]
    const result = await handlers['music:pick']({ circuitId: null, from: 'folder' })
    expect(result).toMatchObject({ cancelled: false, skipped: ['broken.mp3'] })
    platform.nextOpenPaths = null
    expect(await handlers['music:pick']({ circuitId: null, from: 'files' })).toEqual({
      cancelled: true,
    })
  })
})

describe('serving music', () => {
  it('serves a listed track in byte ranges and nothing else', async () => {
    const store = createPlaylistStore(root)
    store.set(null, (await readTracks(music.good)).tracks)
    const serve = createMusicHandler((id) => store.track(id))
    const id = trackId(music.good[0]!)
    const whole = await serve(get(`/music/${id}`))
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('audio/wav')
    const part = await serve(get(`/music/${id}`, { range: 'bytes=0-99' }))
    expect(part.status).toBe(206)
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(
      new Uint8Array(readFileSync(music.good[0]!).subarray(0, 100))
    )
    // A file on disk that no playlist lists, by its id or by a path, is not there.
    expect((await serve(get(`/music/${trackId(music.bad)}`))).status).toBe(404)
    expect((await serve(get(`/music/..%2F..%2Fetc%2Fpasswd`))).status).toBe(404)
    const post = await serve(new Request(`app://cadence/music/${id}`, { method: 'POST' }))
    expect(post.status).toBe(405)
  })
})
