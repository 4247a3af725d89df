// SECURITY.md's threat model names how many actions a phone has; it must keep up with the protocol.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { REMOTE_ACTIONS } from '@shared/remote/protocol'

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]

describe('the phone remote in SECURITY.md', () => {
  it('counts every action a phone may send', () => {
    const text = readFileSync('SECURITY.md', 'utf8')
    const counts = [...text.matchAll(/(\w+) (?:session )?actions/gi)]
      .map((m) => WORDS.indexOf(m[1]!.toLowerCase()))
      .filter((n) => n >= 0)
    expect(counts.length).toBeGreaterThan(0)
    expect(new Set(counts)).toEqual(new Set([REMOTE_ACTIONS.length]))
  })
})
