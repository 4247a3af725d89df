// Why a phone's press was refused, in words the phone shows (in the app's language, which the phone
// follows): kept apart from the remote's server so the session's side can name them without loading the
// server (it loads on first use).
import { t } from '../i18n/mainLanguage'

/** What a phone hears when its press had nowhere to go. */
export const windowClosed = () => t('main:phone.windowClosed')

/** A phone pressed Skip track while no music plays. */
export const noMusic = () => t('main:phone.noMusic')
