import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { loadPlaceData } from '../places/loadPlaces';
import type { PlaceAnswer } from '../wizard/answers';
import { nearestPlace } from './nearestPlace';

type Status = 'idle' | 'searching' | 'denied' | 'unavailable' | 'far';

/**
 * "Use my position": the browser gives a position, the nearest commune is
 * found on this device (nearestPlace.ts), and only that commune is kept.
 * The position is never sent anywhere: there is nothing to send it to.
 */
export function UseMyPosition({ onFound }: { onFound: (answer: PlaceAnswer) => void }) {
  const { t } = useTranslation('wizard');
  const { places } = useContent();
  const [status, setStatus] = useState<Status>('idle');

  const locate = () => {
    // Old browsers, or a page opened from a file: no geolocation at all.
    const geolocation = 'geolocation' in navigator ? navigator.geolocation : undefined;
    if (!geolocation) {
      setStatus('unavailable');
      return;
    }
    setStatus('searching');
    geolocation.getCurrentPosition(
      ({ coords }) => {
        const at = { lat: coords.latitude, lon: coords.longitude };
        // Without the commune list (offline), the nearest département still helps.
        void loadPlaceData()
          .catch(() => null)
          .then((data) => {
            const answer = nearestPlace(at, data, places);
            setStatus(answer ? 'idle' : 'far');
            if (answer) onFound(answer);
          });
      },
      (error) => {
        setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      // A town is all we keep: a rough, recent position is enough and comes faster.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  return (
    <div className="use-position">
      <button
        type="button"
        className="button-secondary"
        aria-describedby="position-hint"
        disabled={status === 'searching'}
        onClick={locate}
      >
        {t('place.position.button')}
      </button>
      <p className="hint" id="position-hint">
        {t('place.position.privacy')}
      </p>
      {/* Not role="status": the chosen place below already is the page's status line. */}
      <p aria-live="polite" className={status === 'searching' ? 'hint' : 'error-message'}>
        {status === 'idle' ? '' : t(`place.position.${status}`)}
      </p>
    </div>
  );
}
