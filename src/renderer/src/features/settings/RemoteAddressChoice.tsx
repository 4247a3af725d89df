// Settings → Phone remote: which of the computer's addresses phones use, when it has several (Wi-Fi and
// Ethernet, say), and which one is in use. Choosing another moves the remote there with a new code.
import { useTranslation } from 'react-i18next'
import type { RemoteStatus } from '@shared/ipc/contract'
import { Select } from './fields'

/** An address with its network's name: the same in every language. */
const labelOf = (a: { address: string; name: string }) => `${a.address} (${a.name})`

export function RemoteAddressChoice({
  status,
  busy,
  onChoose,
}: {
  status: RemoteStatus
  busy: boolean
  onChoose: (address: string) => void
}) {
  const { t } = useTranslation('settings')
  const inUse = status.addresses.find((a) => a.address === status.address)
  if (status.addresses.length < 2 || !inUse) {
    return (
      <p className="muted" data-testid="remote-address">
        {t('phone.reachAt', { address: inUse ? labelOf(inUse) : status.address })}
      </p>
    )
  }
  return (
    <div aria-busy={busy}>
      <Select
        label={t('phone.address')}
        value={inUse.address}
        options={status.addresses.map((a) => ({ value: a.address, label: labelOf(a) }))}
        onChange={onChoose}
      />
      <p className="muted" data-testid="remote-address">
        {t('phone.inUse', { address: labelOf(inUse) })}
      </p>
    </div>
  )
}
