// The corpus: damaged data folders users really end up with (issue 18's classes 1-6, and more). Each case
// damages a seeded folder and says what a good start looks like; corpus.test.ts checks the rest.
import {
  appendFileSync,
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { FIXTURE_CIRCUIT, makeSession, plannedSteps } from '@tests/fixtures/sessions'
import { putLine, SEEDED_IDS, SEEDED_SESSIONS } from './seed'

export interface CorpusCase {
  name: string
  damage(dir: string): void
  /** Runs the child as an unprivileged user (the folder is handed to it before `damage`). */
  asNobody?: boolean
  /** What the notices (or the read-only reason, or the conflict list) must mention; null: nothing at all. */
  notice?: RegExp | null
  readOnly?: boolean
  /** Sessions that must be listed, and ones that must not. */
  sessions: string[]
  hidden?: string[]
  /** Checks of its own, after start and before the new circuit and session are saved. */
  check?(dir: string, call: Call): Promise<void>
  /** Checks of its own once the new session is saved and the app has quit. */
  afterSave?(dir: string, sessionId: string): void
}
export type Call = <T = unknown>(channel: string, payload?: unknown) => Promise<T>

const H = (dir: string) => join(dir, 'history.jsonl')
const rootOnly = (path: string) => {
  chownSync(path, 0, 0)
  chmodSync(path, 0o600)
}
const journalFor = (n: number, badAt: number | null) => {
  const session = makeSession(n)
  const begin = {
    sessionId: session.id,
    circuit: FIXTURE_CIRCUIT,
    startedAt: session.startedAt,
    timeZone: 'Europe/Paris',
  }
  const lines = [JSON.stringify(begin)]
  plannedSteps(FIXTURE_CIRCUIT)
    .slice(0, 4)
    .forEach((step, i) => {
      if (i === badAt) lines.push('{"sessionId": "half a line')
      lines.push(JSON.stringify({ sessionId: session.id, step }))
    })
  return `${lines.join('\n')}\n`
}

export const CASES: CorpusCase[] = [
  // 1. It never opens, and blocks the next launch.
  {
    name: 'a read-only data folder',
    asNobody: true,
    damage(dir) {
      for (const name of ['history.jsonl', 'circuits.json', 'settings.json', 'exercises.json'])
        chmodSync(join(dir, name), 0o444)
      chmodSync(dir, 0o555)
    },
    notice: /read-only: Cadence may not write in the folder/,
    readOnly: true,
    sessions: SEEDED_IDS,
  },
  {
    name: 'an index and a journal left owned by root after a sudo run',
    asNobody: true,
    damage(dir) {
      writeFileSync(join(dir, 'journal.jsonl'), journalFor(7, null))
      rootOnly(join(dir, 'journal.jsonl'))
      rootOnly(join(dir, 'history.index.jsonl'))
    },
    notice: /journal\.jsonl/,
    sessions: SEEDED_IDS,
  },
  {
    name: 'a history file without read permission',
    asNobody: true,
    damage: (dir) => rootOnly(H(dir)),
    notice: /history\.jsonl/,
    // One refused file turns the whole folder read-only: nothing half-saved.
    readOnly: true,
    sessions: [],
    hidden: SEEDED_IDS,
  },
  {
    name: 'a history file replaced by a folder',
    damage(dir) {
      rmSync(H(dir))
      mkdirSync(H(dir))
      writeFileSync(join(H(dir), 'inside.txt'), 'kept')
    },
    notice: /history\.jsonl/,
    sessions: [],
    hidden: SEEDED_IDS,
  },
  {
    name: 'a journal that is a folder',
    damage: (dir) => mkdirSync(join(dir, 'journal.jsonl')),
    notice: /journal\.jsonl/,
    sessions: SEEDED_IDS,
  },
  {
    name: 'a dangling symlink where history should be',
    damage(dir) {
      rmSync(H(dir))
      symlinkSync(join(dir, 'gone', 'history.jsonl'), H(dir))
    },
    notice: /history\.jsonl/,
    sessions: [],
    hidden: SEEDED_IDS,
  },
  // 2. Bytes dropped without a copy.
  {
    name: 'a last line without its newline (a hand edit)',
    damage: (dir) => truncateSync(H(dir), readFileSync(H(dir)).length - 1),
    sessions: SEEDED_IDS,
  },
  {
    name: 'trailing binary junk',
    damage: (dir) => appendFileSync(H(dir), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0])),
    notice: /history\.jsonl/,
    sessions: SEEDED_IDS,
  },
  {
    name: 'two entries sharing an id',
    damage: (dir) => appendFileSync(H(dir), putLine({ ...SEEDED_SESSIONS[0]!, rpe: 2 })),
    sessions: SEEDED_IDS,
    async check(_dir, call) {
      const page = await call<{ total: number }>('history:list', { offset: 0, limit: 100 })
      if (page.total !== 4) throw new Error(`expected both entries listed, got ${page.total}`)
    },
  },
  {
    name: 'a session written by a newer Cadence (schemaVersion 2)',
    damage: (dir) =>
      appendFileSync(H(dir), putLine({ ...makeSession(4), schemaVersion: 2 } as never)),
    notice: /newer/i,
    sessions: SEEDED_IDS,
    hidden: [makeSession(4).id],
  },
  {
    name: 'a journal with one bad line in the middle',
    damage: (dir) => writeFileSync(join(dir, 'journal.jsonl'), journalFor(7, 2)),
    sessions: SEEDED_IDS,
    async check(_dir, call) {
      const pending = await call<{ steps: unknown[] } | null>('journal:pending')
      if (pending?.steps.length !== 4)
        throw new Error(`expected 4 steps kept, got ${pending?.steps.length}`)
    },
  },
  {
    name: 'a circuits file in Latin-1',
    damage(dir) {
      const text = readFileSync(join(dir, 'circuits.json'), 'utf8').replace(
        'Metabolic back circuit',
        'Caf\u00e9 circuit'
      )
      writeFileSync(join(dir, 'circuits.json'), Buffer.from(text, 'latin1'))
    },
    notice: /circuits\.json/,
    sessions: SEEDED_IDS,
  },
  // 4. Documents rewritten on every start.
  {
    name: 'a byte-order mark in circuits, settings and exercises',
    damage(dir) {
      for (const name of ['circuits.json', 'settings.json', 'exercises.json']) {
        const path = join(dir, name)
        writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]))
      }
    },
    notice: null,
    sessions: SEEDED_IDS,
    async check(_dir, call) {
      const circuits = await call<Array<{ id: string }>>('circuits:list')
      const settings = await call<{ theme: string }>('settings:get')
      const exercises = await call<{ custom: unknown[] }>('exercises:list')
      if (circuits[0]?.id !== FIXTURE_CIRCUIT.id || settings.theme !== 'light')
        throw new Error('circuits or settings lost to the BOM')
      if (exercises.custom.length !== 2) throw new Error('custom exercises lost to the BOM')
    },
  },
  {
    name: 'settings keys from a newer version',
    damage(dir) {
      const path = join(dir, 'settings.json')
      const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
      writeFileSync(path, JSON.stringify({ ...doc, fromTheFuture: { kept: true } }, null, '\t'))
    },
    notice: null,
    sessions: SEEDED_IDS,
    async check(dir, call) {
      await call('settings:update', { theme: 'dark' })
      if (!readFileSync(join(dir, 'settings.json'), 'utf8').includes('fromTheFuture'))
        throw new Error('a newer version’s key was stripped')
    },
  },
  {
    name: 'one bad custom exercise among good ones',
    damage(dir) {
      const path = join(dir, 'exercises.json')
      const doc = JSON.parse(readFileSync(path, 'utf8')) as { custom: Array<{ muscles: unknown }> }
      doc.custom[0]!.muscles = []
      writeFileSync(path, JSON.stringify(doc))
    },
    notice: /exercises\.json/,
    sessions: SEEDED_IDS,
    async check(_dir, call) {
      const { custom } = await call<{ custom: Array<{ id: string }> }>('exercises:list')
      if (custom.map((e) => e.id).join() !== 'my-move-b')
        throw new Error(`the good exercise was hidden: ${JSON.stringify(custom)}`)
    },
  },
  // 5. Sync and sharing.
  {
    name: 'an index that does not match the log (a sync tool swapped the log)',
    damage: (dir) => writeFileSync(H(dir), putLine(makeSession(9)) + putLine(makeSession(1))),
    sessions: [makeSession(1).id, makeSession(9).id],
    hidden: [makeSession(2).id, makeSession(3).id],
  },
  {
    name: 'conflict copies from Syncthing and Dropbox',
    damage(dir) {
      writeFileSync(
        join(dir, 'history.sync-conflict-20261120-101010-ABCDEFG.jsonl'),
        putLine(makeSession(8))
      )
      writeFileSync(join(dir, "circuits (Ann's conflicted copy 2026-11-20).json"), '{}')
    },
    notice:
      /^(?=[^]*conflict: history\.jsonl \(Syncthing\))(?=[^]*conflict: circuits\.json \(Dropbox\))/,
    sessions: SEEDED_IDS,
    hidden: [makeSession(8).id],
  },
  {
    name: 'a symlinked history file (the real one lives in a synced folder)',
    damage(dir) {
      const real = join(dirname(dir), 'synced', 'history.jsonl')
      mkdirSync(dirname(real), { recursive: true })
      renameSync(H(dir), real)
      // A damaged line in the middle: the repair at start rewrites the log, which must not replace the link.
      const lines = readFileSync(real, 'utf8').split('\n')
      lines.splice(1, 0, '{"op":"put","session":')
      writeFileSync(real, lines.join('\n'))
      symlinkSync(real, H(dir))
    },
    sessions: SEEDED_IDS,
    afterSave(dir, sessionId) {
      // Written through the link: the synced file has the new session, and the link is still a link.
      const real = join(dirname(dir), 'synced', 'history.jsonl')
      if (!lstatSync(H(dir)).isSymbolicLink()) throw new Error('the link was replaced by a file')
      if (!readFileSync(real, 'utf8').includes(sessionId))
        throw new Error('the synced file did not get the new session')
    },
  },
  // More found beyond the list.
  {
    name: 'empty files everywhere',
    damage(dir) {
      for (const name of [
        'history.jsonl',
        'history.index.jsonl',
        'circuits.json',
        'settings.json',
        'exercises.json',
        'journal.jsonl',
      ])
        writeFileSync(join(dir, name), '')
    },
    sessions: [],
    hidden: SEEDED_IDS,
  },
  {
    name: 'a zero-length index',
    damage: (dir) => writeFileSync(join(dir, 'history.index.jsonl'), ''),
    sessions: SEEDED_IDS,
  },
  {
    name: 'an old lock file left half-written by a crash',
    damage(dir) {
      const path = join(dir, 'cadence.lock')
      writeFileSync(path, '{"pid":')
      const old = new Date(Date.now() - 3_600_000)
      utimesSync(path, old, old)
    },
    sessions: SEEDED_IDS,
  },
]
