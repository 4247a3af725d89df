// Read-only mode: every writing request says why it cannot happen and changes nothing; reads still work.
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createDispatch } from '@main/ipc/dispatch'
import { createSenderPolicy } from '@main/security/senderPolicy'
import { createServices } from '@main/services'
import { confBackend } from '@tests/fixtures/confBackend'
import { FakePlatform } from '@tests/fixtures/fakePlatform'
import { makeSession } from '@tests/fixtures/sessions'
import { TRUSTED, openTestServices } from '../../helpers/services'
import { circuit } from '../../helpers/circuits'
import { useTempDir } from '../../helpers/tempDir'

const tempDir = useTempDir('cadence-ro-')

describe('read-only services', () => {
  it('refuse every save with the reason, and still read what is there', async () => {
    const dir = tempDir()
    const writable = openTestServices(dir)
    await writable.ok('circuits:save', circuit())
    await writable.store(makeSession(1))
    writable.close()
    const before = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))])

    const services = createServices({
      dataDir: dir,
      backend: confBackend(dir),
      platform: new FakePlatform(),
      app: { name: 'Cadence', version: '9', platform: 'test' },
      readOnly: 'the folder is on a read-only disk',
    })
    const dispatch = createDispatch(services.handlers, { isTrustedSender: createSenderPolicy() })
    const call = (channel: string, payload?: unknown) => dispatch(TRUSTED, channel, payload)
    for (const [channel, payload] of [
      ['circuits:save', circuit({ id: 'c2' })],
      ['settings:update', { theme: 'light' }],
      ['history:delete', { id: makeSession(1).id }],
    ] as const) {
      expect(await call(channel, payload)).toMatchObject({
        ok: false,
        error: {
          message: expect.stringContaining(
            'read-only: the folder is on a read-only disk'
          ) as string,
        },
      })
    }
    expect(await call('circuits:list')).toMatchObject({ ok: true, value: [{ id: 'c1' }] })
    expect(await call('history:list', { offset: 0, limit: 10 })).toMatchObject({
      ok: true,
      value: { total: 1 },
    })
    expect(await call('app:dataStatus')).toMatchObject({
      ok: true,
      value: { readOnly: 'the folder is on a read-only disk' },
    })
    services.windowState.write({
      schemaVersion: 1,
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      maximized: false,
    })
    services.close()
    expect(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))])).toEqual(before)
  })
})
