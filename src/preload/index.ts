// The bridge: exposes `window.api`, a fixed set of named functions; the page never touches ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Api } from '../shared/ipc/api'
import type { Channel, SystemEvent } from '../shared/ipc/contract'
import { SYSTEM_EVENT_CHANNEL } from '../shared/ipc/channels'

const invoke =
  <C extends Channel>(channel: C) =>
  (request?: unknown) =>
    ipcRenderer.invoke(channel, request)

const api = {
  getAppInfo: invoke('app:info'),
  getNotices: invoke('app:notices'),
  openDataFolder: invoke('app:openDataFolder'),
  getSettings: invoke('settings:get'),
  updateSettings: invoke('settings:update'),
  listCircuits: invoke('circuits:list'),
  getCircuit: invoke('circuits:get'),
  saveCircuit: invoke('circuits:save'),
  deleteCircuit: invoke('circuits:delete'),
  duplicateCircuit: invoke('circuits:duplicate'),
  importCircuitFile: invoke('circuits:importFile'),
  importCircuitText: invoke('circuits:importText'),
  exportCircuitFile: invoke('circuits:exportFile'),
  listExercises: invoke('exercises:list'),
  saveExercise: invoke('exercises:save'),
  deleteExercise: invoke('exercises:delete'),
  setExerciseHidden: invoke('exercises:setHidden'),
  listHistory: invoke('history:list'),
  historyOverview: invoke('history:overview'),
  getSession: invoke('history:get'),
  appendSession: invoke('history:append'),
  annotateSession: invoke('history:annotate'),
  deleteSession: invoke('history:delete'),
  undeleteSession: invoke('history:undelete'),
  exportHistoryFile: invoke('history:exportFile'),
  importHistoryFile: invoke('history:importFile'),
  beginJournal: invoke('journal:begin'),
  journalProgress: invoke('journal:progress'),
  endJournal: invoke('journal:end'),
  pendingJournal: invoke('journal:pending'),
  recoverJournal: invoke('journal:recover'),
  discardJournal: invoke('journal:discard'),
  toggleFullscreen: invoke('window:toggleFullscreen'),
  setFullscreen: invoke('window:setFullscreen'),
  listDisplays: invoke('window:displays'),
  moveToDisplay: invoke('window:moveToDisplay'),
  keepAwake: invoke('power:keepAwake'),
  onSystemEvent: (listener: (event: SystemEvent) => void) => {
    // Only the payload crosses over: the page never sees the IpcRendererEvent or its sender.
    const handler = (_event: IpcRendererEvent, payload: SystemEvent) => listener(payload)
    ipcRenderer.on(SYSTEM_EVENT_CHANNEL, handler)
    return () => ipcRenderer.removeListener(SYSTEM_EVENT_CHANNEL, handler)
  },
} satisfies Record<keyof Api, unknown> as Api

contextBridge.exposeInMainWorld('api', api)
