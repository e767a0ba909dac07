import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string;
  /** id of the field the error is about, so the link moves focus there. */
  fieldId: string;
}

/** GOV.UK error summary: announced and focused, with a link to the field. */
export function ErrorSummary({ message, fieldId }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t('errorSummary')}</h2>
      <p>
        <a href={`#${fieldId}`}>{message}</a>
      </p>
    </div>
  );
}
