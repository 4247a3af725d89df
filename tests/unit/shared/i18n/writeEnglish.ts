// Writes locales/en/{library,presets}.json from the library's code, their source (see localeFiles.test.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { libraryEnglish, presetsEnglish } from '../../../../src/shared/library'

const write = (ns: string, data: unknown) =>
  writeFileSync(`locales/en/${ns}.json`, `${JSON.stringify(data, null, 2)}\n`)
// The rows' picture-or-video words (`media`) are written by hand and kept as they are.
const { media } = JSON.parse(readFileSync('locales/en/library.json', 'utf8')) as { media?: unknown }
write('library', { ...libraryEnglish(), ...(media ? { media } : {}) })
write('presets', presetsEnglish())
