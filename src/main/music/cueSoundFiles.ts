// Copies a sound the user chose for a cue into the data folder's media/ folder, under its sha256, like the
// exercises' pictures (copyMedia's streaming copy): its size is checked before a byte is copied and its type
// by content, so anything that is not MP3, WAV, Ogg/Opus, M4A/AAC or FLAC is refused and nothing is copied.
import { closeSync, existsSync, fstatSync, mkdirSync, readSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '@shared/ipc/result'
import { MAX_CUE_SOUND_BYTES, cueSoundFileName, type CueSoundRef } from '@shared/model/cueSounds'
import { copyHashing, openSource } from '../media/copyMedia'
import { SNIFF_AUDIO_BYTES, sniffAudio } from '../media/sniffAudio'
import { renameDurable } from '../store/durableFile'
import { t } from '../i18n/mainLanguage'

const mb = (bytes: number) => Math.ceil((bytes / 1024 / 1024) * 10) / 10

export function importCueSound(
  source: string,
  mediaDir: string,
  name: string,
  limit = MAX_CUE_SOUND_BYTES
): CueSoundRef {
  const fd = openSource(source)
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile() || stat.size === 0)
      throw new AppError('invalid-payload', t('music:cueSounds.notAudio', { name }))
    if (stat.size > limit)
      throw new AppError(
        'invalid-payload',
        t('music:cueSounds.tooLarge', { name, size: mb(stat.size), limit: mb(limit) })
      )
    const head = Buffer.alloc(Math.min(SNIFF_AUDIO_BYTES, stat.size))
    readSync(fd, head, 0, head.length, 0)
    const type = sniffAudio(head)
    if (!type) throw new AppError('invalid-payload', t('music:cueSounds.notAudio', { name }))
    mkdirSync(mediaDir, { recursive: true })
    const { hash, tmp } = copyHashing(fd, mediaDir, limit)
    const ref: CueSoundRef = { hash, type, name: name.slice(0, 255), bytes: stat.size }
    const target = join(mediaDir, cueSoundFileName(ref))
    if (existsSync(target)) unlinkSync(tmp)
    else renameDurable(tmp, target)
    return ref
  } finally {
    closeSync(fd)
  }
}
