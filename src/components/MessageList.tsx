import { useTranslation } from 'react-i18next';
import type { Message } from '../recommend/types';

interface Props {
  title: string;
  messages: Message[];
}

/** A titled list of recommender messages (reasons, limits or unknowns), translated here. */
export function MessageList({ title, messages }: Props) {
  const { t } = useTranslation('reasons');
  // Keys are data from the recommender, not literals; a unit test proves each one exists.
  const translate = t as unknown as (key: string, params?: Message['params']) => string;
  if (messages.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {messages.map((message) => (
          <li key={message.key + JSON.stringify(message.params ?? {})}>
            {translate(message.key, message.params)}
          </li>
        ))}
      </ul>
    </>
  );
}
