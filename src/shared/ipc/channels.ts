// Channel names the preload needs at run time; kept free of imports because sandboxed preloads cannot require packages.
export const SYSTEM_EVENT_CHANNEL = 'system:event'
