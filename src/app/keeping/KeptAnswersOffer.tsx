import { useTranslation } from 'react-i18next';
import { DroppedNotice } from '../../components/DroppedNotice';
import { useVisit } from './visitContext';
import './keeping.css';

/**
 * On the welcome page of a new visit: answers kept on this device by an
 * earlier one are offered, never shown unasked (the device may be shared).
 */
export function KeptAnswersOffer() {
  const { t } = useTranslation();
  const { offer, acceptOffer, discardOffer } = useVisit();
  if (!offer) return null;
  const readable = Object.keys(offer.answers).length > 0;
  return (
    <div className="kept-offer" role="group" aria-labelledby="kept-offer-text">
      <p id="kept-offer-text">{t(readable ? 'keep.offer.text' : 'keep.offer.unreadable')}</p>
      {readable && <DroppedNotice from="session" dropped={offer.dropped} />}
      <div className="kept-offer-actions">
        {readable && (
          <button type="button" className="button-primary" onClick={acceptOffer}>
            {t('keep.offer.resume')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={discardOffer}>
          {t('keep.offer.discard')}
        </button>
      </div>
    </div>
  );
}
