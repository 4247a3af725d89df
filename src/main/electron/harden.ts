// Applies the security policy to Electron: navigation, new windows and permissions are all refused.
import { app, session, shell } from 'electron'
import { isAllowedExternalUrl, isNavigationAllowed, isPermissionAllowed } from '../security/policy'

export function hardenApp(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(isPermissionAllowed(permission))
  )
  session.defaultSession.setPermissionCheckHandler((_wc, permission) =>
    isPermissionAllowed(permission)
  )
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isNavigationAllowed(event.url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}
