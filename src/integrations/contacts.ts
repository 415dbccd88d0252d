/**
 * Says once, at the start of a production build, which contact channels are
 * not set (so their links are left out), and where to set them.
 */
import type { AstroIntegration } from 'astro';
import { missingContactsNotice, type Contacts } from '../lib/contacts.ts';

export function contactsNotice(contacts: Contacts): AstroIntegration {
  return {
    name: 'contacts',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const notice = missingContactsNotice(contacts);
        if (notice) logger.info(notice);
      },
    },
  };
}
