// The display window's one channel (main -> display), in a file of its own: each sandboxed preload is a
// single self-contained file, so the two preloads must not share a module.
export const DISPLAY_FRAME_CHANNEL = 'display:frame'
