// Close codes the phone page understands: the first two mean "stop trying, the code changed or the remote
// is off". Free of zod, like everything the phone page imports.
export const CLOSE_CODES = {
  newCode: 4001,
  turnedOff: 4002,
  tooMany: 4008,
} as const
