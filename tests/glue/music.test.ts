// The built main bundle's music wiring: the folder dialog (openDirectory), tags read in main, and
// app://cadence/music/<id> answering in byte ranges for a playlist's tracks only.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { trackId } from '@main/music/musicFiles'
import type { IpcResult } from '@shared/ipc/result'
import type { ResponseOf } from '@shared/ipc/contract'
import { makeMusicFolder } from '@tests/fixtures/music'
import { startMain, type MainProcess } from './harness/mainProcess'

const running: MainProcess[] = []
const folders: string[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

type Answer = { status: number; headers: Record<string, string>; body: string }

it('picks a music folder through the dialog and serves only its tracks, in ranges', async () => {
  const root = mkdtempSync(join(tmpdir(), 'cadence-glue-music-'))
  folders.push(root)
  const music = makeMusicFolder(root, 1)
  const main = await startMain({ options: { openDialogPaths: [music.dir] } })
  running.push(main)
  await main.call('ready')
  await main.call('settleStartup')

  const picked = await main.call<IpcResult<ResponseOf<'music:pick'>>>('invoke', {
    channel: 'music:pick',
    payload: { circuitId: null, from: 'folder' },
  })
  expect(picked).toMatchObject({ ok: true, value: { cancelled: false, skipped: ['broken.mp3'] } })
  const state = await main.state()
  expect(
    state.timeline.some(
      ([what, detail]) => what === 'dialog.showOpenDialog' && detail === 'openDirectory'
    )
  ).toBe(true)

  const url = `app://cadence/music/${trackId(music.good[0]!)}`
  const part = await main.call<Answer>('protocol', { url, headers: { range: 'bytes=0-3' } })
  expect(part.status).toBe(206)
  expect(part.body).toBe('RIFF')
  expect(part.headers['content-type']).toBe('audio/wav')
  // The broken file sits in the same folder, but no playlist lists it.
  const stranger = `app://cadence/music/${trackId(music.bad)}`
  expect((await main.call<Answer>('protocol', { url: stranger })).status).toBe(404)
})
