// Where the words come from: locales/<lang>/<namespace>.json. English is bundled with the code that starts
// (it is the fallback for every key); other languages load on demand, so the first screen carries one language.
import { z } from 'zod'
import type { Language } from '../model/language'
import common from '../../../locales/en/common.json' with { type: 'json' }
import library from '../../../locales/en/library.json' with { type: 'json' }
import main from '../../../locales/en/main.json' with { type: 'json' }
import phone from '../../../locales/en/phone.json' with { type: 'json' }
import presets from '../../../locales/en/presets.json' with { type: 'json' }
import settings from '../../../locales/en/settings.json' with { type: 'json' }
import run from '../../../locales/en/run.json' with { type: 'json' }
import builder from '../../../locales/en/builder.json' with { type: 'json' }
import history from '../../../locales/en/history.json' with { type: 'json' }
import app from '../../../locales/en/app.json' with { type: 'json' }
import demo from '../../../locales/en/demo.json' with { type: 'json' }
import music from '../../../locales/en/music.json' with { type: 'json' }

/** One file per namespace and language; Weblate keeps one component per namespace. */
export const NAMESPACES = [
  'common',
  'library',
  'presets',
  'main',
  'phone',
  'settings',
  'run',
  'builder',
  'history',
  'app',
  'demo',
  'music',
] as const
export type Namespace = (typeof NAMESPACES)[number]

/** A locale file: nested objects whose leaves are strings (i18next JSON v4). */
export interface Messages {
  [key: string]: string | Messages
}
const MessagesSchema: z.ZodType<Messages> = z.record(
  z.string(),
  z.union([z.string(), z.lazy(() => MessagesSchema)])
)
export type LanguageResources = Record<Namespace, Messages>

export const ENGLISH: LanguageResources = {
  common,
  library,
  presets,
  main,
  phone,
  settings,
  run,
  builder,
  history,
  app,
  demo,
  music,
}

/** A file read from disk or from a bundle chunk: checked before i18next sees it. */
export function parseMessages(value: unknown, where: string): Messages {
  const parsed = MessagesSchema.safeParse(value)
  if (!parsed.success) throw new Error(`${where} is not an i18next JSON v4 file of strings.`)
  return parsed.data
}

async function loadNamespace(lang: Language, ns: Namespace): Promise<Messages> {
  // One import with variables: the bundlers turn it into a chunk per file under locales/*/*.json.
  const module = (await import(`../../../locales/${lang}/${ns}.json`, {
    with: { type: 'json' },
  })) as {
    default: unknown
  }
  return parseMessages(module.default, `locales/${lang}/${ns}.json`)
}

/** Every namespace of one language, loaded in parallel. */
export async function loadLanguage(lang: Language): Promise<LanguageResources> {
  if (lang === 'en') return ENGLISH
  const files = await Promise.all(NAMESPACES.map((ns) => loadNamespace(lang, ns)))
  return Object.fromEntries(NAMESPACES.map((ns, i) => [ns, files[i]!])) as LanguageResources
}
