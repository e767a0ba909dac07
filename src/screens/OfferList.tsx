import { useTranslation } from 'react-i18next';
import type { Offer } from '../content/schema';
import { SafeLink } from '../components/SafeLink';

/** Every service of a hoster: what it is, with what software, who may sign up, room left. */
export function OfferList({ offers }: { offers: readonly Offer[] }) {
  const { t } = useTranslation(['vocab', 'results']);
  return (
    <ul className="offer-list">
      {offers.map((offer, index) => (
        <li key={`${offer.service}-${String(index)}`}>
          <strong>{t(`vocab:service.${offer.service}`)}</strong>
          {offer.software && <> — {t('results:detail.software', { software: offer.software })}</>}
          <br />
          {t(`vocab:signup.${offer.registration ?? 'unknown'}`)}{' '}
          {t(`vocab:capacity.${offer.capacity ?? 'unknown'}`)}
          {offer.price && (
            <>
              <br />
              <span lang="fr">{t('results:detail.price', { price: offer.price })}</span>
            </>
          )}
          {offer.url && (
            // On a line of its own, the link gets a finger-sized target (styles.css).
            <p className="offer-link">
              <SafeLink href={offer.url}>{t('results:detail.open')}</SafeLink>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
