// Personal records: per format block of a circuit, the best score of its completed sessions and when.
import { compareScores, type BlockScore } from '../model/score'
import type { SessionSummary } from '../model/session'

export interface PersonalRecord {
  block: number
  score: BlockScore
  sessionId: string
  startedAt: string
}

/** The best score per block among completed sessions (the earliest wins a tie), leaving out `except`. */
export function personalRecords(
  summaries: readonly SessionSummary[],
  except?: string
): PersonalRecord[] {
  const best = new Map<number, PersonalRecord>()
  const oldestFirst = [...summaries].sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  for (const s of oldestFirst) {
    if (s.id === except || s.status !== 'completed') continue
    for (const score of s.scores ?? []) {
      const current = best.get(score.block)
      if (!current || compareScores(score, current.score) > 0) {
        best.set(score.block, {
          block: score.block,
          score,
          sessionId: s.id,
          startedAt: s.startedAt,
        })
      }
    }
  }
  return [...best.values()].sort((a, b) => a.block - b.block)
}

/** Whether a score beats the record it is compared with (no record yet: it is the first, not a beat). */
export const beats = (score: BlockScore, record: PersonalRecord | undefined): boolean =>
  record !== undefined && compareScores(score, record.score) > 0
