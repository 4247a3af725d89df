// A circuit file dropped anywhere on the window is imported and opened in the editor.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_IMPORT_BYTES } from '@shared/circuits/circuitFile'
import { useBuilder } from '../features/builder/BuilderContext'
import { messageOf, unwrap } from '../lib/api'
import { useNavigation } from './navigation'
import { useToast } from './Toast'

export function useFileDrop(): void {
  const { edit } = useBuilder()
  const { navigate } = useNavigation()
  const toast = useToast()
  const { t } = useTranslation('app')
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault()
    }
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0]
      if (!file) return
      e.preventDefault()
      if (file.size > MAX_IMPORT_BYTES) {
        toast(t('drop.tooLarge', { file: file.name }))
        return
      }
      void file
        .text()
        .then((text) => unwrap(window.api.importCircuitText({ text })))
        .then((circuit) => {
          navigate('circuits')
          edit(circuit, circuit)
          toast(t('drop.imported', { name: circuit.name }))
        })
        .catch((error: unknown) =>
          toast(t('drop.failed', { file: file.name, message: messageOf(error) }))
        )
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [edit, navigate, toast, t])
}
