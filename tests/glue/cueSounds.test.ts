// The built main bundle's own cue sounds: a WAV made here is picked in the native dialog, copied into the
// data folder by hash, kept in settings and served under app://cadence/sounds/; a PNG renamed .mp3 and a
// file over 5 MB are refused with a clear message, and nothing of them is copied.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { ResponseOf } from '@shared/ipc/contract'
import { cueSoundUrl } from '@shared/model/cueSounds'
import { makeTone } from '@tests/fixtures/music'
import { startMain, type MainProcess } from './harness/mainProcess'

const running: MainProcess[] = []
const folders: string[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

type Answer = { status: number; headers: Record<string, string>; body: string }
type Picked = IpcResult<ResponseOf<'music:pickCueSound'>>

it('copies a picked WAV for a cue and serves it; refuses a renamed PNG and an oversized file', async () => {
  const root = mkdtempSync(join(tmpdir(), 'cadence-glue-cue-'))
  folders.push(root)
  const wav = makeTone(join(root, 'gong.wav'), 0.3, 660)
  const png = join(root, 'picture.mp3')
  writeFileSync(png, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(500)]))
  // A WAV header on 6 MB: audio by its first bytes, refused by its size before a byte is copied.
  const big = join(root, 'huge.wav')
  writeFileSync(
    big,
    Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1'), Buffer.alloc(6 << 20)])
  )

  const main = await startMain({ options: { openDialogPaths: [wav] } })
  running.push(main)
  await main.call('ready')
  await main.call('settleStartup')
  const pick = () =>
    main.call<Picked>('invoke', { channel: 'music:pickCueSound', payload: { cue: 'workStart' } })

  const picked = await pick()
  if (!picked.ok || picked.value.cancelled) throw new Error(JSON.stringify(picked))
  const ref = picked.value.settings.cueSounds.workStart!
  expect(ref).toMatchObject({ type: 'audio/wav', name: 'gong.wav' })
  const media = join(main.dataDir, 'media')
  expect(readdirSync(media)).toEqual([`${ref.hash}.wav`])
  const served = await main.call<Answer>('protocol', {
    url: `app://cadence${cueSoundUrl(ref)}`,
    headers: { range: 'bytes=0-3' },
  })
  expect(served).toMatchObject({ status: 206, body: 'RIFF' })
  expect(served.headers['content-type']).toBe('audio/wav')

  for (const [path, message] of [
    [png, /“picture\.mp3” is not a sound Cadence can play.*Nothing was copied/],
    [big, /“huge\.wav” is 6\.1 MB: a cue sound can be 5 MB at most\. Nothing was copied/],
  ] as const) {
    await main.call('setDialogPaths', { paths: [path] })
    const refused = await pick()
    if (refused.ok) throw new Error(`${path} was taken`)
    expect(refused.error.message).toMatch(message)
    expect(readdirSync(media)).toEqual([`${ref.hash}.wav`])
  }
  // The refusals left the chosen sound as it was.
  const settings = await main.call<IpcResult<ResponseOf<'settings:get'>>>('invoke', {
    channel: 'settings:get',
  })
  expect(settings).toMatchObject({ ok: true, value: { cueSounds: { workStart: ref } } })
  expect(existsSync(join(main.dataDir, 'media', 'picture.mp3'))).toBe(false)
})
