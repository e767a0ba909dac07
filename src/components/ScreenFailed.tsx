import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from './useFocusOnMount';

/** Shown when a screen breaks: what happened, in plain words, and one way on. */
export function ScreenFailed({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section role="alert" aria-labelledby="screen-failed-title">
      <h1 id="screen-failed-title" tabIndex={-1} ref={heading}>
        {t('screenFailed.title')}
      </h1>
      <p>{t('screenFailed.body')}</p>
      <button type="button" className="button-primary" onClick={onRestart}>
        {t('screenFailed.restart')}
      </button>
    </section>
  );
}
