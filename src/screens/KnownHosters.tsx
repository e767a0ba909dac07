import { useTranslation } from 'react-i18next';
import { RichText } from '../components/RichText';
import { formatDate } from '../components/formatDate';
import { useFullContent } from './useHosters';

/** Says how many hosters Boussole knows and when they were checked (design §3.8). */
export function KnownHosters() {
  const { t, i18n } = useTranslation('results');
  const { hosters } = useFullContent();
  const members = hosters.filter((h) => h.chatons.status === 'member');
  const latest = members
    .map((h) => h.checked)
    .sort()
    .at(-1);
  if (!latest) return null;
  const date = formatDate(latest, i18n);
  return <RichText text={t('known', { count: members.length, date })} />;
}
