// Settings' one polite live region: cards hand it what a screen reader should hear, so the page never holds
// several regions talking over each other.
import { createContext, useContext, useState, type ReactNode } from 'react'

const AnnounceContext = createContext<(text: string) => void>(() => undefined)

/** What a card calls to be heard, politely, once. */
export const useAnnounce = () => useContext(AnnounceContext)

export function Announcer({ children }: { children: ReactNode }) {
  const [text, setText] = useState('')
  return (
    <AnnounceContext.Provider value={setText}>
      {children}
      <p role="status" className="visually-hidden" data-testid="settings-announcer">
        {text}
      </p>
    </AnnounceContext.Provider>
  )
}
