// The bridge: exposes `window.api`, a fixed set of named functions; the page never touches ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../shared/ipc/api'
import type { Channel } from '../shared/ipc/contract'

const invoke =
  <C extends Channel>(channel: C) =>
  (request?: unknown) =>
    ipcRenderer.invoke(channel, request)

const api = {
  getAppInfo: invoke('app:info'),
  getSettings: invoke('settings:get'),
  updateSettings: invoke('settings:update'),
} satisfies Record<keyof Api, unknown> as Api

contextBridge.exposeInMainWorld('api', api)
