// MET values used for energy estimates, named after the Compendium of Physical Activities activities they come from.
export const MET = {
  resistanceVigorous: { met: 6.0, basis: 'resistance training, free weights, vigorous effort' },
  resistanceModerate: {
    met: 3.5,
    basis: 'resistance training, multiple exercises, moderate effort',
  },
  calisthenicsVigorous: { met: 8.0, basis: 'calisthenics (push-ups, pull-ups), vigorous effort' },
  calisthenicsModerate: { met: 3.8, basis: 'calisthenics (push-ups, lunges), moderate effort' },
  calisthenicsLight: { met: 2.8, basis: 'calisthenics and core work, light effort' },
  circuitVigorous: { met: 8.0, basis: 'circuit training with kettlebells, vigorous, minimal rest' },
  rowingMachine: { met: 7.0, basis: 'rowing, stationary ergometer, moderate effort' },
  punchingBag: { met: 5.5, basis: 'boxing, punching bag' },
  stretching: { met: 2.3, basis: 'stretching, mild' },
  yoga: { met: 2.5, basis: 'yoga, hatha' },
  walkingBrisk: { met: 4.3, basis: 'walking, 3.5 mph (5.6 km/h), brisk pace' },
  cyclingStationary: { met: 6.8, basis: 'bicycling, stationary, moderate effort' },
  swimming: { met: 5.8, basis: 'swimming laps, freestyle, light or moderate effort' },
  running: { met: 9.8, basis: 'running, 6 mph (9.7 km/h)' },
} as const

/** What the other step kinds count as: standing between intervals, and easy warm-up and cool-down movement. */
export const STEP_KIND_MET = {
  rest: { met: 1.3, basis: 'standing quietly' },
  warmup: { met: 3.5, basis: 'walking or easy calisthenics, light effort' },
  cooldown: { met: 2.3, basis: 'stretching, mild' },
  /** A work step whose exercise is not in the library. */
  unknownWork: {
    met: 5.0,
    basis: 'circuit training, moderate effort (exercise not in the library)',
  },
} as const
