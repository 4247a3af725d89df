// Main's errors, notices and the phone's refusals speak the app's language: they are made with main's t at
// the moment they happen, so after a switch to German, French or Spanish none of them is English.
import { afterEach, describe, expect, it } from 'vitest'
import { applyLanguage } from '@main/i18n/mainLanguage'
import { handlePhoneMessage } from '@main/remote/phoneMessages'
import { createStoreAccess, readOnlyError, writeError } from '@main/store/storeAccess'
import { createDispatch } from '@main/ipc/dispatch'
import { describeHolder, fsReason } from '@main/i18n/fsWords'
import { noSession } from '@main/services'
import type { Handlers } from '@main/ipc/dispatch'
import type { ServerMessage } from '@shared/remote/protocol'
import type { Notice } from '@shared/ipc/contract'
import { parseCircuitText } from '@shared/circuits/circuitFile'
import { importRefusalWords } from '@main/i18n/importWords'

const errno = (code: string) => Object.assign(new Error(code), { code })

/** What one phone hears when it sends something Cadence cannot read. */
function refusalOf(data: string): ServerMessage[] {
  const sent: ServerMessage[] = []
  const limits = { take: () => true, strike: () => false }
  handlePhoneMessage(
    {
      address: '127.0.0.1',
      limits: limits as never,
      onAction: () => null,
      send: (m) => sent.push(m),
      cutOff: () => undefined,
    },
    Buffer.from(data),
    false
  )
  return sent
}

afterEach(async () => {
  await applyLanguage('en', [])
})

describe("main's words", () => {
  it('refuses a phone in the app language', async () => {
    expect(refusalOf('nonsense')).toEqual([
      { type: 'refused', message: 'That message is not one Cadence understands.' },
    ])
    await applyLanguage('de', [])
    expect(refusalOf('nonsense')).toEqual([
      { type: 'refused', message: 'Diese Nachricht versteht Cadence nicht.' },
    ])
    expect(noSession()).toBe('Auf dem Computer ist kein Training geöffnet.')
  })

  it('says a full disk, a refused write and the read-only notice in French', async () => {
    await applyLanguage('fr', [])
    const notices: Notice[] = []
    const access = createStoreAccess((n) => notices.push(n))
    expect(writeError('session', '/data/history.log', errno('ENOSPC'), access).message).toBe(
      'Le disque est plein. Non enregistré : cette séance. Le fichier est resté tel qu’il était.'
    )
    writeError('change', '/data/settings.json', errno('EACCES'), access)
    expect(notices[0]?.reason).toMatch(/^Cadence ne peut pas écrire ici \(permission refusée\)/)
    expect(readOnlyError('deletion', access).message).toContain('lecture seule')
  })

  it('says why the data folder cannot be used, and who holds it, in Spanish', async () => {
    await applyLanguage('es', [])
    expect(fsReason('ENOSPC')).toBe('el disco está lleno')
    expect(fsReason('EXYZ')).toBe('el sistema lo rechazó (EXYZ)')
    expect(
      describeHolder({
        pid: 42,
        hostname: 'gym-pc',
        startedAt: '2026-11-01T10:00:00.000Z',
      })
    ).toBe('proceso 42 en gym-pc, desde 2026-11-01 10:00 UTC')
  })

  it("answers a refused IPC request in the app's language", async () => {
    await applyLanguage('de', [])
    const dispatch = createDispatch({} as Handlers, { isTrustedSender: () => false })
    const result = await dispatch({ window: 'main' } as never, 'app:info', undefined)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden-sender',
        message: 'Diese Anfrage kam nicht aus dem Cadence-Fenster.',
      },
    })
  })

  it('says why an imported file is not a circuit in German, field checks included', async () => {
    await applyLanguage('de', [])
    const notJson = parseCircuitText('{')
    const bad = parseCircuitText(JSON.stringify({ name: '', blocks: [] }))
    if (notJson.ok || bad.ok) throw new Error('expected refusals')
    expect(importRefusalWords(notJson.refusal, notJson.problems).message).toMatch(
      /^Die Datei ist kein gültiges JSON/
    )
    const { message, issues } = importRefusalWords(bad.refusal, bad.problems)
    expect(message).toMatch(
      /^Das ist kein Cadence-Zirkel: Zirkel: .+ \(und \d+ weitere Probleme\)\.$/
    )
    expect(issues.map((i) => i.message).join(' ')).toContain(
      'Ein Zirkel braucht mindestens einen Block'
    )
  })
})
