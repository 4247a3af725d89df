// Settings → "Control from your phone": turn the remote on, show the QR code and address to pair a phone,
// how many phones are connected, and a new code that disconnects them all.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { RemoteStatus } from '@shared/ipc/contract'
import { useAction } from '@renderer/lib/useApi'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'
import { useRunSession } from '../run/RunSessionProvider'
import { QrCode } from './QrCode'
import { RemoteAddressChoice } from './RemoteAddressChoice'
import { Toggle } from './fields'
import { useAnnounce } from './Announcer'

/** How many phones are connected: none is a sentence of its own, not a plural form. */
const phonesText = (n: number, t: TFunction<'settings'>) =>
  n === 0 ? t('phone.noPhones') : t('phone.phones', { count: n })

function TypedAddress({ url }: { url: string }) {
  const { t } = useTranslation('settings')
  return (
    <>
      <p>{t('phone.scan')}</p>
      <p>
        <code data-testid="remote-url">{url}</code>
      </p>
    </>
  )
}

/** Main's status, loaded at first and again whenever main says the remote changed. */
function useRemoteStatus() {
  // One status, from whichever answer came last: the first load, a reload after main says something
  // changed, or the answer to the user's own action. Each is main's truth at the time it was asked.
  const [current, setCurrent] = useState<RemoteStatus | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { t } = useTranslation('settings')
  const load = useCallback(() => {
    void window.api.remoteStatus().then((result) => {
      if (result.ok) setCurrent(result.value)
      else setProblem(t('phone.loadFailed', { message: result.error.message }))
    })
  }, [t])
  useEffect(load, [load])
  useSystemEvents((event) => {
    if (event.type === 'remote') load()
  })
  return { current, setCurrent, problem }
}

/** Says each change in the number of phones through the page's live region (not the first count shown). */
function useAnnouncePhones(on: boolean, phones: number) {
  const announce = useAnnounce()
  const { t } = useTranslation('settings')
  const heard = useRef<number | null>(null)
  useEffect(() => {
    if (on && heard.current !== null && heard.current !== phones) announce(phonesText(phones, t))
    heard.current = on ? phones : null
  }, [on, phones, announce, t])
}

export function PhoneRemote() {
  const { remote } = useRunSession()
  const { t } = useTranslation('settings')
  const { current, setCurrent, problem } = useRemoteStatus()
  /** The switch follows the hand at once; main's answer (or its refusal) then settles it. */
  const [wanted, setWanted] = useState<boolean | null>(null)
  const setEnabled = useAction('phoneRemote', (on: boolean) => window.api.setRemoteEnabled({ on }))
  const newCode = useAction('newRemoteCode', () => window.api.newRemoteCode())
  const moveAddress = useAction('remoteAddress', (address: string) =>
    window.api.useRemoteAddress({ address })
  )
  useAnnouncePhones(current?.on ?? false, remote.phones)
  const settle = (answer: RemoteStatus | undefined) => {
    if (answer) setCurrent(answer)
    setWanted(null)
  }
  const toggle = async (on: boolean) => {
    setWanted(on)
    settle(await setEnabled.run(on))
  }
  const renew = async () => settle(await newCode.run())
  const choose = async (address: string) => settle(await moveAddress.run(address))

  return (
    <fieldset className="card phone-remote" aria-busy={setEnabled.busy}>
      <legend>{t('phone.legend')}</legend>
      <Toggle
        label={t('phone.control')}
        checked={wanted ?? current?.on ?? false}
        onChange={(on) => void toggle(on)}
        hint={t('phone.hint')}
      />
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {current?.on && current.url && current.qr && (
        <div className="phone-remote__pair">
          <QrCode size={current.qr.size} modules={current.qr.modules} label={t('phone.qr')} />
          <div>
            <TypedAddress url={current.url} />
            <RemoteAddressChoice
              status={current}
              busy={moveAddress.busy}
              onChoose={(address) => void choose(address)}
            />
            <p data-testid="remote-phones">{phonesText(remote.phones, t)}</p>
            <p className="muted">{t('phone.warning')}</p>
            <button
              type="button"
              className="button"
              disabled={newCode.busy}
              onClick={() => void renew()}
            >
              {remote.phones > 0 ? t('phone.disconnect') : t('phone.newCode')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  )
}
