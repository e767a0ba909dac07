import { useTranslation } from 'react-i18next';
import { formatError, type ContentError } from '../content/contentError';

/** A broken content file is named, never silently dropped. */
export function ContentErrors({ errors }: { errors: readonly ContentError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <section className="content-errors" role="alert" aria-labelledby="content-errors-title">
      <h2 id="content-errors-title">{t('contentErrors.title')}</h2>
      <p>{t('contentErrors.intro')}</p>
      <ul>
        {errors.map((error) => (
          <li key={formatError(error)}>
            <code>{formatError(error)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
