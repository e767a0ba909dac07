import type { ReactNode } from 'react';

/** Only https addresses become links; anything else is shown as inert text. */
export function isSafeUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

interface Props {
  href: string;
  children: ReactNode;
}

export function SafeLink({ href, children }: Props) {
  if (!isSafeUrl(href)) return <span>{children}</span>;
  // No referrer: the hoster need not learn that the person came from here.
  return (
    <a href={href} rel="noopener noreferrer" referrerPolicy="no-referrer">
      {children}
    </a>
  );
}
