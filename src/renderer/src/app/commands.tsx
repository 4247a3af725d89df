// Menu commands and app-wide shortcuts, answered once for the whole app: a command opens the screen that
// carries it out and hands it over there, so New circuit, Import and Export work from any screen.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { MenuCommand } from '@shared/ipc/contract'
import { isTypingTarget } from '../lib/keys'
import { useAction } from '../lib/useApi'
import { useSystemEvents } from '../lib/useSystemEvents'
import { commandForCtrlKey } from './appKeys'
import { useNavigation } from './navigation'
import type { RouteId } from './routes'
import { ShortcutsOverlay } from './ShortcutsOverlay'

/** Commands that a screen carries out, and the screen that does. */
const SCREEN_COMMANDS = {
  newCircuit: 'circuits',
  importCircuit: 'circuits',
  exportHistory: 'history',
} as const satisfies Partial<Record<MenuCommand, RouteId>>
export type ScreenCommand = keyof typeof SCREEN_COMMANDS

interface Commands {
  run: (command: MenuCommand) => void
  showShortcuts: () => void
  pending: { command: ScreenCommand; seq: number } | null
  taken: (seq: number) => void
}

const CommandsContext = createContext<Commands | null>(null)

export function CommandsProvider({ children }: { children: ReactNode }) {
  const { navigate } = useNavigation()
  const [shortcuts, setShortcuts] = useState(false)
  const [pending, setPending] = useState<Commands['pending']>(null)
  const seq = useRef(0)

  const openDataFolder = useAction('openDataFolder', () => window.api.openDataFolder())
  const openFolder = openDataFolder.run

  const run = useCallback(
    (command: MenuCommand) => {
      if (command === 'showShortcuts') return setShortcuts(true)
      if (command === 'openDataFolder') return void openFolder()
      if (command.startsWith('navigate:')) {
        return navigate(command.slice('navigate:'.length) as RouteId)
      }
      const screenCommand = command as ScreenCommand
      navigate(SCREEN_COMMANDS[screenCommand])
      setPending({ command: screenCommand, seq: ++seq.current })
    },
    [navigate, openFolder]
  )
  useSystemEvents((event) => {
    if (event.type === 'menu') run(event.command)
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTypingTarget(event.target)) return
      const withCtrl = event.ctrlKey || event.metaKey
      const command = withCtrl
        ? commandForCtrlKey(event.key)
        : event.key === '?'
          ? 'showShortcuts'
          : undefined
      if (!command) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])

  const value = useMemo<Commands>(
    () => ({
      run,
      showShortcuts: () => setShortcuts(true),
      pending,
      taken: (done) => setPending((p) => (p?.seq === done ? null : p)),
    }),
    [run, pending]
  )
  return (
    <CommandsContext.Provider value={value}>
      {children}
      {shortcuts && <ShortcutsOverlay onClose={() => setShortcuts(false)} />}
    </CommandsContext.Provider>
  )
}

export function useCommands(): Commands {
  const value = useContext(CommandsContext)
  if (!value) throw new Error('useCommands needs a CommandsProvider above it.')
  return value
}

/** Carries out `command` when it is handed to this screen (on arrival, or while it is showing). */
export function useScreenCommand(command: ScreenCommand, handler: () => void): void {
  const { pending, taken } = useCommands()
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (pending?.command !== command) return
    taken(pending.seq)
    latest.current()
  }, [pending, command, taken])
}
