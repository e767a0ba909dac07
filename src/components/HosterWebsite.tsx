import { useTranslation } from 'react-i18next';
import type { Hoster } from '../content/schema';
import { SafeLink } from './SafeLink';

/** "Name: visit their website", when the hoster has a known https site. */
export function HosterWebsite({ hoster }: { hoster: Hoster }) {
  const { t } = useTranslation('results');
  if (!hoster.website) return null;
  return (
    <p>
      <SafeLink href={hoster.website}>{t('card.website', { name: hoster.name })}</SafeLink>
    </p>
  );
}
