import { useTranslation } from 'react-i18next';
import type { Message } from '../recommend/types';

interface Props {
  title: string;
  messages: Message[];
}

/** A titled list of recommender messages (reasons, limits or unknowns), translated here. */
export function MessageList({ title, messages }: Props) {
  const { t } = useTranslation('reasons');
  if (messages.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {messages.map((message) => (
          <li key={message.key + JSON.stringify(message.params ?? {})}>
            {/* Keys come from the recommender; the locale check proves each exists. */}
            {t(message.key as never, message.params as never)}
          </li>
        ))}
      </ul>
    </>
  );
}
