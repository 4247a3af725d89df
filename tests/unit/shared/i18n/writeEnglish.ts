// Writes locales/en/{library,presets}.json from the library's code, their source (see localeFiles.test.ts).
import { writeFileSync } from 'node:fs'
import { libraryEnglish, presetsEnglish } from '../../../../src/shared/library'

const write = (ns: string, data: unknown) =>
  writeFileSync(`locales/en/${ns}.json`, `${JSON.stringify(data, null, 2)}\n`)
write('library', libraryEnglish())
write('presets', presetsEnglish())
