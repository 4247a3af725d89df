// File-system error codes grouped by what they mean for the data folder. Their words live in main
// (main:fs, src/main/i18n/fsWords.ts), which says them in the app's language.

/** Codes that mean "you may read but not write": the folder can still open read-only. */
export const WRITE_REFUSED = new Set(['EACCES', 'EPERM', 'EROFS'])

/** The key of main:fs that says why a file could not be used, for a code (undefined: none known). */
export function fsReasonKey(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission'
    case 'EROFS':
      return 'readOnlyDisk'
    case 'EISDIR':
      return 'isFolder'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'isFile'
    case 'ENOENT':
      return 'missing'
    case 'ELOOP':
      return 'loop'
    case 'ENOSPC':
    case 'EFBIG':
    case 'EDQUOT':
      return 'full'
    case 'EBUSY':
      return 'busy'
    default:
      return code ? 'refused' : 'unopenable'
  }
}
