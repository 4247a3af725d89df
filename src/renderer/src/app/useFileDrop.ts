// A circuit file dropped anywhere on the window is imported and opened in the editor.
import { useEffect } from 'react'
import { MAX_IMPORT_BYTES } from '@shared/circuits/circuitFile'
import { useBuilder } from '../features/builder/BuilderContext'
import { messageOf, unwrap } from '../lib/api'
import { useNavigation } from './navigation'
import { useToast } from './Toast'

export function useFileDrop(): void {
  const { edit } = useBuilder()
  const { navigate } = useNavigation()
  const toast = useToast()
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault()
    }
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0]
      if (!file) return
      e.preventDefault()
      if (file.size > MAX_IMPORT_BYTES) {
        toast(`"${file.name}" is too large to be a circuit (over 5 MB).`)
        return
      }
      void file
        .text()
        .then((text) => unwrap(window.api.importCircuitText({ text })))
        .then((circuit) => {
          navigate('circuits')
          edit(circuit, circuit)
          toast(`Imported "${circuit.name}".`)
        })
        .catch((error: unknown) => toast(`Could not import "${file.name}": ${messageOf(error)}`))
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [edit, navigate, toast])
}
