// The bridge: exposes `window.api`, a fixed set of named functions; the page never touches ipcRenderer.
// Built by a loop over API_METHODS, the contract's one method -> channel map, so no channel is written here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_METHODS, type Api, type ApiMethod } from '@shared/ipc/api'
import type { SystemEvent } from '@shared/ipc/contract'
import { SYSTEM_EVENT_CHANNEL } from '@shared/ipc/channels'

type Invokers = { [M in ApiMethod]: Api[M] }

function invokers(): Invokers {
  const methods: Partial<Record<ApiMethod, (request?: unknown) => Promise<unknown>>> = {}
  for (const method of Object.keys(API_METHODS) as ApiMethod[]) {
    const channel = API_METHODS[method]
    methods[method] = (request?: unknown) => ipcRenderer.invoke(channel, request)
  }
  // Every method was just built from its own channel; this only restores the per-method request types.
  return methods as Invokers
}

const api: Api = {
  ...invokers(),
  onSystemEvent: (listener: (event: SystemEvent) => void) => {
    // Only the payload crosses over: the page never sees the IpcRendererEvent or its sender.
    const handler = (_event: IpcRendererEvent, payload: SystemEvent) => listener(payload)
    ipcRenderer.on(SYSTEM_EVENT_CHANNEL, handler)
    return () => ipcRenderer.removeListener(SYSTEM_EVENT_CHANNEL, handler)
  },
}

contextBridge.exposeInMainWorld('api', api)
