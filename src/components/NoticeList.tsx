import { useTranslation } from 'react-i18next';
import type { Message } from '../recommend/types';

/** The recommender's plain sentences about the whole result (shown in turn, combination…). */
export function NoticeList({ notices }: { notices: Message[] }) {
  const { t } = useTranslation('reasons');
  // Keys are data from the recommender, not literals; a unit test proves each one exists.
  const translate = t as unknown as (key: string, params?: Message['params']) => string;
  return (
    <>
      {notices.map((notice) => (
        <p className="notice" key={notice.key}>
          {translate(notice.key, notice.params)}
        </p>
      ))}
    </>
  );
}
