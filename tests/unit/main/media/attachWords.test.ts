// A refused picture or video is explained in the screen's language: main's words come from demo.json.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { copyMedia } from '@main/media/copyMedia'
import { applyLanguage } from '@main/i18n/mainLanguage'

const dir = mkdtempSync(join(tmpdir(), 'cadence-attach-words-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it.each([
  ['de', 'bild.png: SVG-Bilder werden nicht angenommen, weil sie Skripte enthalten können.'],
  ['fr', 'bild.png : Les images SVG ne sont pas acceptées : elles peuvent contenir du script.'],
  ['es', 'bild.png: No se aceptan imágenes SVG: pueden llevar scripts.'],
] as const)('an SVG is refused in %s, and nothing is copied', async (lang, words) => {
  await applyLanguage(lang, [])
  const file = join(dir, 'bild.png')
  writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
  const media = join(dir, `media-${lang}`)
  expect(() => copyMedia(file, media, 'bild.png')).toThrow(words)
  expect(() => readdirSync(media)).toThrow()
})

it('says how big a file is in the screen’s number format', async () => {
  await applyLanguage('de', [])
  const file = join(dir, 'gross.png')
  writeFileSync(file, Buffer.alloc(3 * 1024 * 1024 + 300 * 1024))
  expect(() => copyMedia(file, join(dir, 'media-big'), 'gross.png', 2 * 1024 * 1024)).toThrow(
    'gross.png hat 3,3 MB: Bilder und Videos dürfen höchstens 2 MB groß sein.'
  )
})
