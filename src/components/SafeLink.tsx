import type { ReactNode } from 'react';

/**
 * Only https addresses become links; anything else is shown as inert text.
 * A mailto: link is allowed only where the caller asks for it (the report
 * link), never for addresses read from content.
 */
export function isSafeUrl(value: string, allowMail = false): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || (allowMail && protocol === 'mailto:');
  } catch {
    return false;
  }
}

interface Props {
  href: string;
  children: ReactNode;
  allowMail?: boolean;
  /** Id of a hint that says where the link leads. */
  describedBy?: string;
}

export function SafeLink({ href, children, allowMail = false, describedBy }: Props) {
  if (!isSafeUrl(href, allowMail)) return <span>{children}</span>;
  // No referrer: the hoster need not learn that the person came from here.
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      referrerPolicy="no-referrer"
      aria-describedby={describedBy}
    >
      {children}
    </a>
  );
}
