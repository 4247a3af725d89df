// Handlers for the user's exercise library: their own exercises, and hiding built-in ones.
import type { Handlers } from '../ipc/dispatch'
import type { ExercisesStore } from '../store/exercisesStore'

export function exercisesHandlers(
  store: ExercisesStore
): Pick<
  Handlers,
  'exercises:list' | 'exercises:save' | 'exercises:delete' | 'exercises:setHidden'
> {
  return {
    'exercises:list': () => store.get(),
    'exercises:save': (exercise) => store.save(exercise),
    'exercises:delete': ({ id }) => store.remove(id),
    'exercises:setHidden': ({ id, hidden }) => ({ hidden: store.setHidden(id, hidden) }),
  }
}
