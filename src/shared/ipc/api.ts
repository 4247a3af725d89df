// The shape of `window.api`: one named function per channel, so pages never see channel strings.
import type { Channel, RequestInputOf, ResponseOf, SystemEvent } from './contract'
import type { IpcResult } from './result'

/** Method name on `window.api` -> the channel it calls. */
export const API_METHODS = {
  getAppInfo: 'app:info',
  getNotices: 'app:notices',
  openDataFolder: 'app:openDataFolder',
  getDataStatus: 'app:dataStatus',
  mergeConflictCopy: 'app:mergeConflict',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  listCircuits: 'circuits:list',
  getCircuit: 'circuits:get',
  saveCircuit: 'circuits:save',
  deleteCircuit: 'circuits:delete',
  duplicateCircuit: 'circuits:duplicate',
  importCircuitFile: 'circuits:importFile',
  importCircuitText: 'circuits:importText',
  exportCircuitFile: 'circuits:exportFile',
  listMedia: 'media:list',
  attachMedia: 'media:attach',
  detachMedia: 'media:detach',
  musicPlaylist: 'music:playlist',
  pickMusic: 'music:pick',
  clearMusic: 'music:clear',
  pickCueSound: 'music:pickCueSound',
  reportNowPlaying: 'music:nowPlaying',
  listExercises: 'exercises:list',
  saveExercise: 'exercises:save',
  deleteExercise: 'exercises:delete',
  setExerciseHidden: 'exercises:setHidden',
  listHistory: 'history:list',
  historyOverview: 'history:overview',
  getSession: 'history:get',
  lastLoads: 'history:lastLoads',
  personalRecords: 'history:records',
  annotateSession: 'history:annotate',
  deleteSession: 'history:delete',
  undeleteSession: 'history:undelete',
  exportHistoryFile: 'history:exportFile',
  importHistoryFile: 'history:importFile',
  sendSession: 'session:send',
  sessionFrame: 'session:frame',
  sessionNow: 'session:now',
  pendingJournal: 'journal:pending',
  saveInterruptedAsStopped: 'journal:saveAsStopped',
  discardJournal: 'journal:discard',
  toggleFullscreen: 'window:toggleFullscreen',
  listDisplays: 'window:displays',
  moveToDisplay: 'window:moveToDisplay',
  keepAwake: 'power:keepAwake',
  captureMediaKeys: 'media:captureKeys',
  openDisplay: 'display:open',
  closeDisplay: 'display:close',
  remoteStatus: 'remote:status',
  setRemoteEnabled: 'remote:setEnabled',
  newRemoteCode: 'remote:newCode',
  useRemoteAddress: 'remote:useAddress',
} as const satisfies Record<string, Channel>

export type ApiMethod = keyof typeof API_METHODS

export type Invoker<C extends Channel> =
  undefined extends RequestInputOf<C>
    ? (request?: RequestInputOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestInputOf<C>) => Promise<IpcResult<ResponseOf<C>>>

export type Api = { [M in ApiMethod]: Invoker<(typeof API_METHODS)[M]> } & {
  /** Subscribes to what main pushes (suspend, resume, fullscreen, menu); returns the unsubscribe. */
  onSystemEvent: (listener: (event: SystemEvent) => void) => () => void
}

/** Fails to compile when a channel has no method on `window.api`. */
export const EVERY_CHANNEL_HAS_A_METHOD: [
  Exclude<Channel, (typeof API_METHODS)[ApiMethod]>,
] extends [never]
  ? true
  : never = true
