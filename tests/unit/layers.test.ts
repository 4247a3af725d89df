// Proves the layer rule bites: an import that goes up the layers of src/shared fails lint.
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'

// Probes are not files on disk, so they are linted without type information; the layer rule needs none.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked })

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'cadence/shared-layers')
    .map((m) => m.message)
}

describe('the layers of src/shared', () => {
  it.each([
    ['src/shared/model/probe.ts', "import { compilePlan } from '../engine/plan'"],
    ['src/shared/model/probe.ts', "import { clockFace } from '@shared/run/clockFace'"],
    ['src/shared/model/probe.ts', "import { STEP_KIND_MET } from '../library/mets'"],
    ['src/shared/model/probe.ts', "export { CONTRACT } from '../ipc/contract'"],
    ['src/shared/engine/probe.ts', "import { findExercise } from '../library'"],
    ['src/shared/library/probe.ts', "import { scoresOf } from '../history/scoring'"],
    ['src/shared/history/probe.ts', "import { parseCircuitText } from '../circuits/circuitFile'"],
  ])('%s may not: %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\nexport const a = 1\n`)).toHaveLength(1)
  })

  it('says which layers the importer may use', async () => {
    const [message] = await layerErrors(
      'src/shared/model/probe.ts',
      "import { compilePlan } from '../engine/plan'\nexport const a = compilePlan\n"
    )
    expect(message).toContain('src/shared/model is a bottom layer')
    expect(message).toContain('not src/shared/engine')
  })

  it('names the allowed layers of a middle layer', async () => {
    const [message] = await layerErrors(
      'src/shared/history/probe.ts',
      "import { RunnableCircuitSchema } from '../circuits/validateCircuit'\nexport const a = 1\n"
    )
    expect(message).toContain('src/shared/history may import only engine, i18n, model')
  })

  it('accepts imports down the layers, within a layer, and of packages', async () => {
    const code = [
      "import { z } from 'zod'",
      "import { CircuitSchema } from '../model/circuit'",
      "import { formatClock } from '@shared/model/durations'",
      "import { compileFormatBlock } from './planFormats'",
      'export const a = [z, CircuitSchema, formatClock, compileFormatBlock]',
      '',
    ].join('\n')
    expect(await layerErrors('src/shared/engine/probe.ts', code)).toEqual([])
  })

  it('asks for a new folder to be placed in the layer list', async () => {
    const [message] = await layerErrors(
      'src/shared/newLayer/probe.ts',
      "import { CircuitSchema } from '../model/circuit'\nexport const a = CircuitSchema\n"
    )
    expect(message).toContain('not in the layer list')
  })

  it('leaves code outside src/shared alone', async () => {
    const code = "import { compilePlan } from '@shared/engine/plan'\nexport const a = compilePlan\n"
    expect(await layerErrors('src/renderer/src/probe.ts', code)).toEqual([])
  })
})
