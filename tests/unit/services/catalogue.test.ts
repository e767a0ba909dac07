import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/content/validate';
import { projectRoot, readContentDir } from '../../content/fixtures';

const { content, errors } = validateContent(readContentDir(path.join(projectRoot, 'content')));

describe('the real needs catalogue', () => {
  test('loads without error', () => {
    expect(errors).toEqual([]);
  });

  // A need no known hoster offers would be a promise Boussole cannot keep.
  test('every need is offered by at least one known hoster', () => {
    const offered = new Set(content?.hosters.flatMap((h) => h.offers.map((o) => o.service)));
    const orphans = content?.needs.filter((need) => !need.kinds.some((k) => offered.has(k)));
    expect(orphans?.map((n) => n.id)).toEqual([]);
  });

  test('the everyday products the issue names are all replaced by some need', () => {
    const replaced = new Set(content?.needs.flatMap((n) => n.replaces));
    for (const product of [
      'Gmail',
      'Outlook',
      'Google Drive',
      'Dropbox',
      'OneDrive',
      'Google Docs',
      'WhatsApp',
      'Messenger',
      'Slack',
      'Microsoft Teams',
      'Zoom',
      'Google Meet',
      'Facebook',
      'Instagram',
      'YouTube',
      'Doodle',
      'Google Forms',
      'Google Calendar',
      'Wix',
      'Mailchimp',
      'Google Groups',
      'WeTransfer',
      'Bitly',
      'Google Photos',
      'HelloAsso',
    ]) {
      expect(replaced, product).toContain(product);
    }
  });

  test('each icon is distinct, so two needs never look alike', () => {
    const drawings = content?.needs.map((n) => JSON.stringify(n.icon)) ?? [];
    expect(new Set(drawings).size).toBe(drawings.length);
  });
});
