// The engine's public surface: plan compiler, timer machine, selectors, serialisation.
export * from './plan'
export * from './timerLogic'
export * from './timerMachine'
export * from './selectors'
export * from './serialize'
export * from './cueSchedule'
export * from './sessionSteps'
export * from './announce'
