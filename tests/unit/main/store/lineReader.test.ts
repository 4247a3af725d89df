// The chunked line reader must give the same lines, at the same offsets, whatever the chunk size.
import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readLines, readLinesSync } from '@main/store/lineReader'
import { useTempDir } from '@tests/unit/helpers/tempDir'

const text = 'first line\n\nsecond, a bit longer\nthird\u00e9\u4e2d\ntail without newline'

function expected() {
  const bytes = Buffer.from(text)
  const lines: [string, number][] = []
  let start = 0
  for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, start)) {
    if (nl > start) lines.push([bytes.toString('utf8', start, nl), start])
    start = nl + 1
  }
  return { lines, end: start, tail: bytes.subarray(start).toString('utf8') }
}

describe('line reader', () => {
  const tempDir = useTempDir()
  it('reads the same lines and offsets with any chunk size, sync and async', async () => {
    const path = join(tempDir(), 'log')
    writeFileSync(path, text)
    for (let chunkBytes = 1; chunkBytes <= 40; chunkBytes++) {
      for (const read of [readLinesSync, readLines]) {
        const lines: [string, number][] = []
        const result = await read(path, (b, o) => lines.push([b.toString('utf8'), o]), {
          chunkBytes,
        })
        expect({ lines, end: result.end, tail: result.tail.toString('utf8') }).toEqual(expected())
      }
    }
  })

  it('starts at an offset, reporting offsets in the whole file', () => {
    const path = join(tempDir(), 'log')
    writeFileSync(path, 'aa\nbb\ncc\n')
    const lines: [string, number][] = []
    readLinesSync(path, (b, o) => lines.push([b.toString(), o]), { start: 3, chunkBytes: 2 })
    expect(lines).toEqual([
      ['bb', 3],
      ['cc', 6],
    ])
  })
})
