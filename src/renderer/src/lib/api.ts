// Renderer-side helpers over `window.api`: turn error results into thrown errors with the user-facing message.
import type { IpcError, IpcResult } from '@shared/ipc/result'

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
