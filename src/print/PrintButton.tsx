import { useTranslation } from 'react-i18next';

/** Opens the browser's print dialog; the print style sheet turns the results into a handout. */
export function PrintButton({ onPrint }: { onPrint: () => void }) {
  const { t } = useTranslation('print');
  return (
    <p>
      <button
        type="button"
        className="button-secondary"
        aria-describedby="print-hint"
        onClick={onPrint}
      >
        {t('button')}
      </button>{' '}
      <span className="hint" id="print-hint">
        {t('buttonHint')}
      </span>
    </p>
  );
}
