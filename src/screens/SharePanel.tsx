import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../print/QrCode';
import { useShareLink } from '../print/useShareLink';

/**
 * The share link is built on the device, only when asked; the answers sit
 * in the fragment (#r=…), which browsers never send to a server.
 */
export function SharePanel() {
  const { t } = useTranslation('results');
  const link = useShareLink();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const url = open ? link : '';
  const copy = () => {
    // The clipboard may be refused (old browsers, no permission): the link stays selectable.
    navigator.clipboard.writeText(url).then(
      () => {
        setCopied(true);
      },
      () => {
        setCopied(false);
      },
    );
  };
  if (!open) {
    return (
      <p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('share.open')}
        </button>
      </p>
    );
  }
  return (
    <div className="share-panel search">
      <label htmlFor="share-link">{t('share.label')}</label>
      <p className="hint" id="share-link-hint">
        {t('share.hint')}
      </p>
      <input
        id="share-link"
        type="text"
        readOnly
        value={url}
        aria-describedby="share-link-hint"
        onFocus={(e) => {
          e.target.select();
        }}
      />
      <p>
        <button type="button" className="button-secondary" onClick={copy}>
          {t('share.copy')}
        </button>
      </p>
      <QrCode text={url} label={t('share.qr')} />
      <p role="status">{copied ? t('share.copied') : ''}</p>
    </div>
  );
}
