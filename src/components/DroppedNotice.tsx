import { useTranslation } from 'react-i18next';
import { droppedPartIds, type DroppedPart } from '../share/sharedState';

interface Props {
  from: 'link' | 'session';
  dropped: readonly DroppedPart[];
}

/** "This link was damaged: we kept the rest. Left out: the budget." */
export function DroppedNotice({ from, dropped }: Props) {
  const { t } = useTranslation();
  if (dropped.length === 0) return null;
  const parts = droppedPartIds
    .filter((id) => dropped.some((d) => d.part === id))
    .map((id) => t(`dropped.parts.${id}`));
  return (
    <div className="notice-box" role="status">
      <p>{t(from === 'link' ? 'dropped.link' : 'dropped.session')}</p>
      <p>{t('dropped.list', { list: parts.join(', ') })}</p>
    </div>
  );
}
