/**
 * Where to report outdated information about a hoster: an e-mail already
 * written when the site's publisher gave an address (VITE_REPORT_ADDRESS at
 * build time), otherwise a new topic on the CHATONS forum, pre-filled
 * (Discourse reads `title` and `body` from /new-topic). Neither carries
 * anything about the person: only the hoster's name and checked date.
 */
export const forumNewTopic = 'https://forum.chatons.org/new-topic';

// Deliberately narrow: a configured address that does not look like one is ignored.
const mailAddress = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isMailAddress(value: unknown): value is string {
  return typeof value === 'string' && mailAddress.test(value);
}

interface Report {
  address: unknown;
  subject: string;
  body: string;
}

export function reportHref({ address, subject, body }: Report): string {
  const query = (key: string) =>
    `${key}=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return isMailAddress(address)
    ? `mailto:${address}?${query('subject')}`
    : `${forumNewTopic}?${query('title')}`;
}

/** The address given at build time, if any (see the README). */
export const configuredReportAddress: unknown = import.meta.env.VITE_REPORT_ADDRESS;
