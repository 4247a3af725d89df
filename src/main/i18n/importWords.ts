// Why an imported file is not a circuit, in the app's language: the shared parser says what is wrong as data,
// and the builder's field checks (problemWords) say each problem the way the editor does.
import type { ImportRefusal } from '@shared/circuits/circuitFile'
import { problemMessage, problemWhere } from '@shared/circuits/problemWords'
import type { IpcIssue } from '@shared/ipc/result'
import type { Problem } from '@shared/model/problems'
import { currentLanguage, t } from './mainLanguage'

export function importRefusalWords(
  refusal: ImportRefusal,
  problems: readonly Problem[]
): { message: string; issues: IpcIssue[] } {
  const w = { t, lang: currentLanguage() }
  const said = (p: Problem) =>
    t('main:import.problem', { where: problemWhere(p, w), message: problemMessage(p, w) })
  const issues = problems.map((p) => ({ path: p.path, message: said(p) }))
  if (refusal.kind === 'tooLarge') {
    return { message: t('main:import.tooLarge', { limit: refusal.limitMb }), issues }
  }
  if (refusal.kind === 'notJson') {
    return { message: t('main:import.notJson', { detail: refusal.detail }), issues }
  }
  const first = problems[0]
  const problem = first ? said(first) : t('main:import.unknownProblem')
  const message =
    problems.length > 1
      ? t('main:import.notCircuitMore', { problem, count: problems.length - 1 })
      : t('main:import.notCircuit', { problem })
  return { message, issues }
}
