// Which address the remote listens on: the one the user chose in Settings while the computer still has it,
// else the best candidate. A choice that is gone (another network) is kept, so it returns with its network.
import type { LanAddress } from './lanAddress'

export function chooseAddress(
  candidates: readonly LanAddress[],
  chosen: string | null
): string | null {
  if (chosen !== null && candidates.some((c) => c.address === chosen)) return chosen
  return candidates[0]?.address ?? null
}
