// What the handlers need from the desktop (dialogs, the file manager, the window, power), as an interface:
// Electron implements it in the app, tests and the e2e harness implement it with fakes.
import type { DisplayFrame, DisplayInfo } from '@shared/ipc/contract'

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Resolves to the chosen path, or null when the user cancels. */
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** Several files, or one folder (`folder`); resolves to the chosen paths, or null when the user cancels. */
  chooseOpenPaths(options: {
    title: string
    filters: FileFilter[]
    folder: boolean
  }): Promise<string[] | null>
  chooseSaveFile(options: {
    title: string
    defaultName: string
    filters: FileFilter[]
  }): Promise<string | null>
  openFolder(path: string): Promise<void>
  window: {
    isFullscreen(): boolean
    setFullscreen(on: boolean): void
    displays(): DisplayInfo[]
    currentDisplayId(): number | null
    /** False where the desktop places windows itself (Wayland): then moves are the user's to make. */
    canMove(): boolean
    /** Resolves once the window is on that display (after any fullscreen transition). */
    moveToDisplay(id: number): Promise<void>
  }
  /** The second window, for the TV: only the run display, drawn from frames the main window publishes. */
  display: {
    open(displayId: number | null): { fullscreen: boolean }
    close(): void
    publish(frame: DisplayFrame): void
  }
  media: {
    /** Holds the media keys system-wide while on (they then reach Cadence unfocused); returns the state. */
    captureKeys(on: boolean): boolean
  }
  power: {
    /** Keeps the display from sleeping while on; returns the state now in force. */
    keepAwake(on: boolean): boolean
  }
}
