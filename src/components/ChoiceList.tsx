import { ChoiceRow } from './ChoiceRow';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface Props<V extends string> {
  name: string;
  choices: readonly Choice<V>[];
  selected: V | undefined;
  onChange: (value: V) => void;
}

/** A list of radio buttons (one answer) with a hint under each label. */
export function ChoiceList<V extends string>({ name, choices, selected, onChange }: Props<V>) {
  return (
    <div className="choices">
      {choices.map((choice, index) => (
        <ChoiceRow
          key={choice.value}
          type="radio"
          name={name}
          index={index}
          value={choice.value}
          label={choice.label}
          hint={choice.hint}
          checked={selected === choice.value}
          onChange={() => {
            onChange(choice.value);
          }}
        />
      ))}
    </div>
  );
}
