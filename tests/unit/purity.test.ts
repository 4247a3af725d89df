// Proves the boundary rules bite: a forbidden import in src/shared or src/renderer fails lint.
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'

// The probes are not files on disk, so no TypeScript project has them: lint them without type
// information. The boundary rules checked here need none.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked })

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? '')
}

describe('where code may run', () => {
  it.each([
    "import { app } from 'electron'\nexport const a = app",
    "import { useState } from 'react'\nexport const a = useState",
    "import { readFileSync } from 'node:fs'\nexport const a = readFileSync",
    "import { Howl } from 'howler'\nexport const a = Howl",
    "import { openHistoryStore } from '@main/store/historyStore'\nexport const a = openHistoryStore",
    'export const a = () => document.title',
    'export const a = () => process.env',
  ])('src/shared rejects: %s', async (code) => {
    const errors = await errorsFor('src/shared/probe.ts', code)
    expect(
      errors.some((id) => id === 'no-restricted-imports' || id === 'no-restricted-globals')
    ).toBe(true)
  })

  it('src/shared accepts pure code', async () => {
    expect(
      await errorsFor(
        'src/shared/probe.ts',
        "import { z } from 'zod'\nexport const a = z.string()\n"
      )
    ).toEqual([])
  })

  it('the renderer may not import electron or node built-ins', async () => {
    expect(
      await errorsFor(
        'src/renderer/src/probe.ts',
        "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n"
      )
    ).toContain('no-restricted-imports')
    expect(
      await errorsFor(
        'src/renderer/src/probe.ts',
        "import fs from 'node:fs'\nexport const a = fs\n"
      )
    ).toContain('no-restricted-imports')
  })
})
