// What Cadence tells the user where their desktop cannot do something, from main (the page words its own
// in locales/<lang>/settings.json).

/** Wayland lets only the user place windows: say so rather than pretend a move worked. */
export const MOVE_BY_HAND_ADVICE =
  'Your desktop (Wayland) does not let apps move their windows. Drag Cadence onto that display, then press F for fullscreen there.'
