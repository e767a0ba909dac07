import { useTranslation } from 'react-i18next';
import type { Offer } from '../content/schema';
import { SafeLink } from '../components/SafeLink';
import { siteOf } from '../components/siteOf';

/**
 * Every service of a hoster: what it is, with what software, who may sign up,
 * room left, and what its record says of it (in French, as the sources were
 * read). Whether there is room left is almost never published: it is said
 * once under the list, not once per service.
 */
export function OfferList({ offers }: { offers: readonly Offer[] }) {
  const { t } = useTranslation(['vocab', 'results']);
  const roomUnknown = offers.filter((offer) => offer.capacity === null).length;
  return (
    <>
      <ul className="offer-list">
        {offers.map((offer, index) => (
          <li key={`${offer.service}-${String(index)}`}>
            <strong>{t(`vocab:service.${offer.service}`)}</strong>
            {offer.software && <> — {t('results:detail.software', { software: offer.software })}</>}
            <br />
            {t(`vocab:signup.${offer.registration ?? 'unknown'}`)}
            {offer.capacity && <> {t(`vocab:capacity.${offer.capacity}`)}</>}
            {offer.price && (
              <>
                <br />
                <span lang="fr">{t('results:detail.price', { price: offer.price })}</span>
              </>
            )}
            {offer.notes && (
              <>
                <br />
                {t('results:detail.notes')} <span lang="fr">{offer.notes}</span>
              </>
            )}
            {offer.url && (
              // On a line of its own, the link gets a finger-sized target (styles.css).
              <p className="offer-link">
                <SafeLink href={offer.url}>
                  {t('results:card.open', { site: siteOf(offer.url) })}
                </SafeLink>
              </p>
            )}
          </li>
        ))}
      </ul>
      {roomUnknown > 0 && (
        <p>
          {t(
            roomUnknown === offers.length
              ? 'results:detail.roomUnknown'
              : 'results:detail.roomUnknownOthers',
          )}
        </p>
      )}
    </>
  );
}
