/**
 * People's needs → the service kinds that answer them, and the everyday
 * products they replace (shown as "instead of …"). A kind is listed only if
 * it really provides the need: Nextcloud "cloud" offers often include a
 * calendar, but not always, so calendar maps to "calendar" alone and the
 * records say so explicitly when a hoster runs one.
 */
import { NeedCatalogue, type Need } from '../../src/content/schema';

const needs: Need[] = [
  { id: 'email', kinds: ['email'], replaces: ['Gmail', 'Outlook', 'Yahoo Mail'] },
  { id: 'files', kinds: ['cloud'], replaces: ['Google Drive', 'Dropbox', 'OneDrive', 'iCloud'] },
  { id: 'calendar', kinds: ['calendar'], replaces: ['Google Agenda', 'Outlook', 'iCloud'] },
  {
    id: 'documents',
    kinds: ['office', 'spreadsheet'],
    replaces: ['Google Docs', 'Google Sheets', 'Microsoft 365'],
  },
  { id: 'pad', kinds: ['pad'], replaces: ['Google Docs', 'Notion'] },
  { id: 'visio', kinds: ['visio'], replaces: ['Zoom', 'Google Meet', 'Microsoft Teams', 'Skype'] },
  { id: 'chat', kinds: ['chat'], replaces: ['WhatsApp', 'Messenger', 'Slack', 'Discord'] },
  { id: 'poll', kinds: ['poll'], replaces: ['Doodle'] },
  { id: 'forms', kinds: ['forms'], replaces: ['Google Forms', 'Typeform'] },
  { id: 'social', kinds: ['social'], replaces: ['Facebook', 'X (Twitter)', 'Instagram'] },
  { id: 'video', kinds: ['video'], replaces: ['YouTube'] },
  { id: 'website', kinds: ['website'], replaces: ['Wix', 'WordPress.com', 'Google Sites'] },
  { id: 'mailinglist', kinds: ['mailinglist'], replaces: ['Google Groups', 'Mailchimp'] },
  { id: 'transfer', kinds: ['filesharing'], replaces: ['WeTransfer'] },
];

export function needCatalogue(): { needs: Need[] } {
  return NeedCatalogue.parse({ needs });
}
