// The language peeked from settings.json before the stores open: the saved choice, or 'system' for
// anything else (no file, damaged JSON, a foreign value), never an exception.
import { describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { savedLanguage } from '@main/i18n/savedLanguage'
import { useTempDir } from '@tests/unit/helpers/tempDir'

describe('savedLanguage', () => {
  const tempDir = useTempDir()
  const write = (dir: string, text: string) => writeFileSync(join(dir, 'settings.json'), text)

  it('reads the saved choice, byte-order mark or not', () => {
    const dir = tempDir()
    write(dir, JSON.stringify({ language: 'de', soundsOn: true }))
    expect(savedLanguage(dir)).toBe('de')
    write(dir, '\uFEFF' + JSON.stringify({ language: 'fr' }))
    expect(savedLanguage(dir)).toBe('fr')
  })

  it.each([
    ['no file', null],
    ['damaged JSON', '{"language": "de"'],
    ['a language Cadence does not have', '{"language": "tlh"}'],
    ['no language saved', '{"soundsOn": false}'],
    ['not an object', '"de"'],
    ['null', 'null'],
  ])('falls back to the system for %s', (_, text) => {
    const dir = tempDir()
    if (text !== null) write(dir, text)
    expect(savedLanguage(dir)).toBe('system')
  })

  it('falls back to the system when settings.json is a folder', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'settings.json'))
    expect(savedLanguage(dir)).toBe('system')
  })
})
