// The built main bundle serves the user's media from the data folder over app:// in byte ranges (the
// wiring: app scheme -> media handler -> <data>/media), so a video can seek and loop in the real app.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { startMain, type MainProcess } from './harness/mainProcess'

const running: MainProcess[] = []
afterEach(async () => {
  for (const main of running.splice(0)) await main.close()
})

type Answer = { status: number; headers: Record<string, string>; body: string }

it('answers app://cadence/media/<sha256>.mp4 from the data folder with 206 and 416', async () => {
  const main = await startMain()
  running.push(main)
  await main.call('ready')
  const bytes = Buffer.from('0123456789abcdefghij')
  const hash = createHash('sha256').update(bytes).digest('hex')
  mkdirSync(join(main.dataDir, 'media'), { recursive: true })
  writeFileSync(join(main.dataDir, 'media', `${hash}.mp4`), bytes)
  const url = `app://cadence/media/${hash}.mp4`

  const part = await main.call<Answer>('protocol', { url, headers: { range: 'bytes=10-14' } })
  expect(part.status).toBe(206)
  expect(part.body).toBe('abcde')
  expect(part.headers['content-range']).toBe('bytes 10-14/20')
  expect(part.headers['content-type']).toBe('video/mp4')
  expect(part.headers['content-security-policy']).toMatch(/^default-src 'self'/)

  const past = await main.call<Answer>('protocol', { url, headers: { range: 'bytes=20-' } })
  expect(past.status).toBe(416)
  expect(past.headers['content-range']).toBe('bytes */20')

  // The renderer is still served beside it.
  const page = await main.call<Answer>('protocol', { url: 'app://cadence/index.html' })
  expect(page.status).toBe(200)
})
