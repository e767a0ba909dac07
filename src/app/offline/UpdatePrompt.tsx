import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, isUpdateWaiting, onUpdate } from './updateStore';
import './UpdatePrompt.css';

/**
 * "A new version is ready — reload", shown only while a new version waits.
 * In the page flow (not floating), so it never hides the focused element.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('offline');
  const waiting = useSyncExternalStore(onUpdate, isUpdateWaiting, isUpdateWaiting);
  const [reloading, setReloading] = useState(false);
  if (!waiting) return null;
  return (
    <aside className="update-prompt" aria-labelledby="update-prompt-text">
      <p id="update-prompt-text" role="status">
        {t('update.ready')}
      </p>
      <button
        type="button"
        className="button-primary"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void applyUpdate();
        }}
      >
        {t('update.reload')}
      </button>
    </aside>
  );
}
