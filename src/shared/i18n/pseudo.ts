// A pseudo-locale made from English for layout tests: accented letters show text that skipped translation,
// and 40% extra length shows where long German or French words would be cut off. Never a user's choice.
import type { LanguageResources, Messages } from './resources'

export const PSEUDO_LANGUAGE = 'en-XA'

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
}
const PADDING = ' ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ·ȿ'

/** One string: letters accented, {{placeholders}} and $t() nesting kept, then padded to 140% of its length. */
export function pseudoString(text: string): string {
  const pieces = text.split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/)
  const accented = pieces
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c)))
    .join('')
  const extra = Math.ceil(text.length * 0.4)
  return `⟦${accented}${PADDING.slice(0, extra)}⟧`
}

function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoString(value) : pseudoMessages(value),
    ])
  )
}

/** Every namespace of English, pseudo-localised. */
export function pseudoLocale(english: LanguageResources): LanguageResources {
  return Object.fromEntries(
    Object.entries(english).map(([ns, messages]) => [ns, pseudoMessages(messages)])
  ) as LanguageResources
}
