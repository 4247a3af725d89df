// Whether a page shows the en-XA pseudo-locale: only when its address carries `?pseudo` (the layout tests
// and development set it). Electron loads the app's pages without a query, so no user ever meets it.
export function pseudoRequested(search: string = globalThis.location?.search ?? ''): boolean {
  return new URLSearchParams(search).has('pseudo')
}
