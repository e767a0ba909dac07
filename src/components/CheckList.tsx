import { RichText } from './RichText';
import type { Choice } from './ChoiceList';

interface Props<V extends string> {
  name: string;
  choices: readonly Choice<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
}

/**
 * A list of checkboxes with a hint under each label (several answers), in
 * the order of `choices` whatever the order of ticking. Hints may explain a
 * word (RichText); labels stay plain text, since a label holds no link.
 */
export function CheckList<V extends string>({ name, choices, selected, onChange }: Props<V>) {
  const toggle = (value: V) => {
    const next = new Set(selected);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onChange(choices.map((c) => c.value).filter((v) => next.has(v)));
  };
  return (
    <div className="choices">
      {choices.map((choice, index) => {
        const id = index === 0 ? `${name}-field` : `${name}-${choice.value}`;
        const hintId = `${id}-hint`;
        return (
          <div className="choice" key={choice.value}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={() => {
                toggle(choice.value);
              }}
              aria-describedby={choice.hint ? hintId : undefined}
            />
            <label htmlFor={id}>{choice.label}</label>
            {choice.hint && <RichText className="hint" id={hintId} text={choice.hint} />}
          </div>
        );
      })}
    </div>
  );
}
