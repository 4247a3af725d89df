import { describe, expect, it } from 'vitest'
import { API_METHODS } from '@shared/ipc/api'
import { CHANNELS, isChannel } from '@shared/ipc/contract'

describe('IPC contract', () => {
  it('names every channel domain:verb and gives each one exactly one api method', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/)
    expect(Object.values(API_METHODS).sort()).toEqual([...CHANNELS].sort())
  })

  it('does not mistake inherited keys for channels', () => {
    expect(isChannel('toString')).toBe(false)
    expect(isChannel('__proto__')).toBe(false)
    expect(isChannel('app:info')).toBe(true)
  })
})
