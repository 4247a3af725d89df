// The one IPC contract: each channel (`domain:verb`) with the schema of its request and its response.
import { z } from 'zod'
import { SettingsPatchSchema, SettingsSchema } from '../model/settings'

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  platform: z.string(),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

export const contract = {
  'app:info': { request: z.undefined(), response: AppInfoSchema },
  'settings:get': { request: z.undefined(), response: SettingsSchema },
  'settings:update': { request: SettingsPatchSchema, response: SettingsSchema },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>

export type Contract = typeof contract
export type Channel = keyof Contract
export type RequestOf<C extends Channel> = z.output<Contract[C]['request']>
export type RequestInputOf<C extends Channel> = z.input<Contract[C]['request']>
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>

export const CHANNELS = Object.keys(contract) as Channel[]

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value)
}
