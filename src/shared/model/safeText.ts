// Names and notes are shown large on a TV and read aloud: characters that are invisible or that reorder
// the text around them (NUL and other controls, bidi overrides, lone surrogates) are refused, saying which.
// Finding control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const LINE_BREAKS = /[\n\r\t]/
const BIDI = /[\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The kinds of character a name or note may not hold: the builder words each (builder:check.unsafe). */
export type UnsafeKind = 'control' | 'lineBreak' | 'bidi' | 'surrogate'

/** What each kind means, in English: main's messages and logs, which follow the field's name. */
export const UNSAFE_WORDS: Readonly<Record<UnsafeKind, string>> = {
  control: 'contains an invisible control character (such as NUL): remove it',
  lineBreak: 'must be on one line',
  bidi: 'contains an invisible text-direction character that can disguise the text: remove it',
  surrogate: 'contains a broken character (half of an emoji or symbol)',
}

/** Which kind of unsafe character a text holds first, or null when it is fine. */
export function unsafeKind(text: string, multiline: boolean): UnsafeKind | null {
  if (CONTROL.test(text)) return 'control'
  if (!multiline && LINE_BREAKS.test(text)) return 'lineBreak'
  if (BIDI.test(text)) return 'bidi'
  if (LONE_SURROGATE.test(text)) return 'surrogate'
  return null
}

/** What is wrong with a text (to follow the field's name), or null when it is fine. */
export function unsafeCharacter(text: string, multiline: boolean): string | null {
  const kind = unsafeKind(text, multiline)
  return kind ? UNSAFE_WORDS[kind] : null
}

/** Text without the byte-order mark some editors (Windows Notepad) put at its start. */
export const withoutBom = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
