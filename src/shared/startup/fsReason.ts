// Turns a file-system error code into the plain sentence the startup window and notices show.
export function fsReason(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'Cadence does not have permission to use it'
    case 'EROFS':
      return 'it is on a read-only disk'
    case 'EISDIR':
      return 'it is a folder where Cadence expects a file'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file stands where Cadence expects a folder'
    case 'ENOENT':
      return 'it does not exist (a link may point nowhere)'
    case 'ELOOP':
      return 'it is a link that points back at itself'
    case 'ENOSPC':
    case 'EFBIG':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EBUSY':
      return 'another program is using it'
    default:
      return code ? `the system refused (${code})` : 'it could not be opened'
  }
}

/** Codes that mean "you may read but not write": the folder can still open read-only. */
export const WRITE_REFUSED = new Set(['EACCES', 'EPERM', 'EROFS'])
