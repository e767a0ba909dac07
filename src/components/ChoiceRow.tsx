import { RichText } from './RichText';

interface Props {
  type: 'radio' | 'checkbox';
  /** The question's name; the first row's input gets `<name>-field`, for the error summary. */
  name: string;
  index: number;
  value: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: () => void;
}

/**
 * One answer of a question: its input, its label and the hint under it. The
 * hint may explain a word (RichText); the label stays plain text, since a
 * label holds no link.
 */
export function ChoiceRow({ type, name, index, value, label, hint, checked, onChange }: Props) {
  const id = index === 0 ? `${name}-field` : `${name}-${value}`;
  const hintId = `${id}-hint`;
  return (
    <div className="choice">
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-describedby={hint ? hintId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && <RichText className="hint" id={hintId} text={hint} />}
    </div>
  );
}
