// Why a phone's press was refused, in words the phone shows: kept apart from the remote's server so the
// session's side can name them without loading the server (it loads on first use).

/** What a phone hears when its press had nowhere to go. */
export const WINDOW_CLOSED = "The app's window is closed."

/** A phone pressed Skip track while no music plays. */
export const NO_MUSIC = 'No music is playing on the computer.'
