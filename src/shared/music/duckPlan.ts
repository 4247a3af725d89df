// When the music must be down, worked out ahead from the cue schedule and the voice lines: pure, so the
// rules (lead before a cue, hold after it, merge what is close, keep a voice line down its whole length)
// are tested without audio, and the page only turns the plan into gain ramps on the audio clock.

/** A span of time (ms, on one clock) during which the music is held down. */
export interface DuckSpan {
  /** When the ramp down starts: it reaches the duck level `rampMs` later, before the first cue. */
  start: number
  /** When the ramp back up starts. */
  end: number
}

export interface DuckTiming {
  /** The ramp down starts this long before a cue and ends `leadMs - rampMs` before it. */
  leadMs: number
  /** How long a ramp takes, down or up. */
  rampMs: number
  /** After a cue starts, the music stays down this long: most cue sounds are under half a second. */
  holdMs: number
  /** Spans closer than this are one span: back-to-back cues keep the music down (no bouncing). */
  mergeGapMs: number
}

export const DUCK_TIMING: DuckTiming = {
  leadMs: 250,
  rampMs: 120,
  holdMs: 600,
  mergeGapMs: 1_000,
}

/** A voice line: from its start to its end; an end not yet known holds the music down until it comes. */
export interface VoiceLine {
  start: number
  end: number | null
}

/**
 * The spans the music must be down for `cues` (due times) and `voices`, merged and sorted. A voice line
 * still speaking (no end) holds until `openUntil` (the caller's horizon), so it never comes back up early.
 */
export function duckSpans(
  cues: readonly number[],
  voices: readonly VoiceLine[],
  openUntil: number,
  timing: DuckTiming = DUCK_TIMING
): DuckSpan[] {
  const spans: DuckSpan[] = [
    ...cues.map((at) => ({ start: at - timing.leadMs, end: at + timing.holdMs })),
    ...voices.map((v) => ({
      start: v.start - timing.rampMs,
      end: Math.max(v.start, v.end ?? openUntil),
    })),
  ].sort((a, b) => a.start - b.start)
  const merged: DuckSpan[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start - last.end < timing.mergeGapMs) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

/** One point of the gain's automation: a linear ramp reaching `level` (a gain factor) at `at`. */
export interface GainPoint {
  at: number
  level: number
}

/**
 * The gain's ramps for the spans: for each, hold full level until `start`, ramp to `duckLevel` by
 * `start + rampMs`, hold it until `end`, ramp back up by `end + rampMs`. Spans are merged first, so the
 * points are in time order and never cross.
 */
export function duckRamps(
  spans: readonly DuckSpan[],
  duckLevel: number,
  timing: DuckTiming = DUCK_TIMING
): GainPoint[] {
  return spans.flatMap((s) => [
    { at: s.start, level: 1 },
    { at: s.start + timing.rampMs, level: duckLevel },
    { at: Math.max(s.end, s.start + timing.rampMs), level: duckLevel },
    { at: Math.max(s.end, s.start + timing.rampMs) + timing.rampMs, level: 1 },
  ])
}

/** The gain the ramps give at `at` (linear between points, 1 outside them): what the audio will do. */
export function levelAt(points: readonly GainPoint[], at: number): number {
  let before: GainPoint = { at: -Infinity, level: 1 }
  for (const p of points) {
    if (p.at > at) {
      if (before.at === -Infinity) return 1
      const t = (at - before.at) / (p.at - before.at)
      return before.level + (p.level - before.level) * t
    }
    before = p
  }
  return before.level
}

/** Decibels to a gain factor, and back: the user sets the duck in dB (how people hear loudness). */
export const dbToGain = (db: number): number => 10 ** (db / 20)
export const gainToDb = (gain: number): number => 20 * Math.log10(Math.max(gain, 1e-6))

/**
 * The cue times to plan for now: the schedule's (`fresh`, which drops a cue the moment it is due) plus the
 * cues already past but still held down (`previous` up to `now`), so a new schedule arriving right at a cue
 * does not bring the music back up under it. Future cues no longer in the schedule (a pause) are dropped.
 */
export function heldCues(
  previous: readonly number[],
  fresh: readonly number[],
  now: number,
  timing: DuckTiming = DUCK_TIMING
): number[] {
  const past = previous.filter((at) => at <= now && at > now - timing.holdMs - timing.mergeGapMs)
  const all = [...past, ...fresh].sort((a, b) => a - b)
  return all.filter((at, i) => i === 0 || at - all[i - 1]! > 1)
}
