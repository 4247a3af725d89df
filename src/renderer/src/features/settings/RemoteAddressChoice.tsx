// Settings → Phone remote: which of the computer's addresses phones use, when it has several (Wi-Fi and
// Ethernet, say), and which one is in use. Choosing another moves the remote there with a new code.
import type { RemoteStatus } from '@shared/ipc/contract'
import { Select } from './fields'

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
  const inUse = status.addresses.find((a) => a.address === status.address)
  if (status.addresses.length < 2 || !inUse) {
    return (
      <p className="muted" data-testid="remote-address">
        Phones reach this computer at {inUse ? labelOf(inUse) : status.address}.
      </p>
    )
  }
  return (
    <div aria-busy={busy}>
      <Select
        label="Address phones use"
        value={inUse.address}
        options={status.addresses.map((a) => ({ value: a.address, label: labelOf(a) }))}
        onChange={onChoose}
      />
      <p className="muted" data-testid="remote-address">
        In use: {labelOf(inUse)}. This computer is on several networks; choose the one your
        phone&apos;s Wi-Fi is on.
      </p>
    </div>
  )
}
