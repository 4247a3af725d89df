// Errors cross IPC as values, never as thrown exceptions, so the UI always has a message to show.
import { z } from 'zod'
import { problemsOf } from '../model/problems'

export const IpcErrorCodeSchema = z.enum([
  'forbidden-sender',
  'unknown-channel',
  'invalid-payload',
  'not-found',
  'conflict',
  'io',
  'cancelled',
  /** The platform cannot do it (moving windows on Wayland). */
  'unsupported',
  'internal',
])
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>

export const IpcIssueSchema = z.object({ path: z.string(), message: z.string() })
export type IpcIssue = z.infer<typeof IpcIssueSchema>

export const IpcErrorSchema = z.object({
  code: IpcErrorCodeSchema,
  message: z.string(),
  issues: z.array(IpcIssueSchema).optional(),
})
export type IpcError = z.infer<typeof IpcErrorSchema>

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
export const fail = (code: IpcErrorCode, message: string, issues?: IpcIssue[]): IpcResult<never> =>
  issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } }

/** An error a handler throws on purpose: its code and message reach the user unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly issues?: IpcIssue[]
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** A refused request's problems for the page: model's one formatter of zod problems, by machine path. */
export function describeIssues(error: z.ZodError): IpcIssue[] {
  return problemsOf(error).map((problem) => ({
    path: problem.path || '(root)',
    message: problem.message,
  }))
}
