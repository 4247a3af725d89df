// What the editor's preview can still show while the circuit has problems: the blocks that are fine, with
// the broken ones left out and named, so one wrong field never blanks the whole preview.
import { RunnableCircuitSchema } from './validateCircuit'
import type { Circuit } from '../model/circuit'
import type { Problem } from '../model/problems'

export interface PreviewPart {
  /** The circuit as far as it can be run; null when nothing of it can be. */
  circuit: Circuit | null
  /** Blocks (0-based) left out because something in them is wrong. */
  leftOut: number[]
  /** Circuit-wide timings left out, by name (the screen says them in words). */
  without: ('prepare' | 'warmup' | 'cooldown')[]
}

const blockOf = (path: string) => {
  const match = /^blocks\.(\d+)\./.exec(`${path}.`)
  return match ? Number(match[1]) : null
}

export function previewOf(circuit: Circuit, problems: readonly Problem[]): PreviewPart {
  if (problems.length === 0) return { circuit, leftOut: [], without: [] }
  const at = (prefix: string) => problems.some((p) => p.path.startsWith(prefix))
  const leftOut = [
    ...new Set(problems.map((p) => blockOf(p.path)).filter((b): b is number => b !== null)),
  ].sort((a, b) => a - b)
  const without: PreviewPart['without'] = []
  const part: Circuit = {
    ...circuit,
    // What the preview never needs cannot stop it.
    name: 'Preview',
    description: undefined,
    blocks: circuit.blocks.filter((_, i) => !leftOut.includes(i)),
  }
  if (at('prepareSec')) {
    part.prepareSec = 0
    without.push('prepare')
  }
  if (at('warmup')) {
    delete part.warmup
    without.push('warmup')
  }
  if (at('cooldown')) {
    delete part.cooldown
    without.push('cooldown')
  }
  const runnable = RunnableCircuitSchema.safeParse(part)
  return { circuit: runnable.success ? runnable.data : null, leftOut, without }
}
