// Decides whether an IPC message came from Cadence's own page: by who sent it first, then by its origin.
import { APP_ORIGIN, trustableOrigin } from './appOrigin'
import type { WindowRole } from './windowChannels'

/** What main knows about the sender of an IPC message (built from Electron's event by registerIpc). */
export interface IpcSender {
  /** Which of the windows Cadence itself opened sent it; null for any other webContents. */
  window: WindowRole | null
  /** The message came from that window's main frame, not from a subframe. */
  fromMainFrame: boolean
  /** The sending frame's URL. */
  url: string | undefined
  /** The frame's origin as Chromium reports it, when it does (WebFrameMain.origin). */
  origin?: string | undefined
}

export interface SenderPolicyOptions {
  /** The dev server's URL, only in development: then its origin, and only it, is the page's origin. */
  devServerUrl?: string | undefined
}

export type SenderPolicy = (sender: IpcSender) => boolean

export function createSenderPolicy(options: SenderPolicyOptions = {}): SenderPolicy {
  const allowed = options.devServerUrl ? trustableOrigin(options.devServerUrl) : APP_ORIGIN
  return (sender) => {
    if (sender.window === null || !sender.fromMainFrame || allowed === undefined) return false
    // Both what the URL says and what Chromium reports must be the app's origin; no path is compared.
    if (trustableOrigin(sender.url) !== allowed) return false
    return sender.origin === undefined || sender.origin === allowed
  }
}

/** The parts of Electron's IpcMainInvokeEvent the check reads, typed here so it is tested without Electron. */
interface FrameLike {
  frameTreeNodeId: number
  url: string
  origin: string
}
export interface IpcEventLike<Contents extends { mainFrame: FrameLike }> {
  sender: Contents
  /** Null once the frame has navigated away or gone: such a message is never served. */
  senderFrame: FrameLike | null
}

export function describeSender<Contents extends { mainFrame: FrameLike }>(
  event: IpcEventLike<Contents>,
  roleOf: (contents: Contents) => WindowRole | null
): IpcSender {
  const frame = event.senderFrame
  return {
    window: roleOf(event.sender),
    fromMainFrame:
      frame !== null && frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId,
    url: frame?.url,
    origin: frame?.origin,
  }
}
