import { toggleChoice } from '../wizard/toggleChoice';
import { ChoiceRow } from './ChoiceRow';
import type { Choice } from './ChoiceList';

interface Props<V extends string> {
  name: string;
  choices: readonly Choice<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
}

/** A list of checkboxes (several answers), in the order of `choices` whatever the order of ticking. */
export function CheckList<V extends string>({ name, choices, selected, onChange }: Props<V>) {
  const order = choices.map((c) => c.value);
  return (
    <div className="choices">
      {choices.map((choice, index) => (
        <ChoiceRow
          key={choice.value}
          type="checkbox"
          name={name}
          index={index}
          value={choice.value}
          label={choice.label}
          hint={choice.hint}
          checked={selected.includes(choice.value)}
          onChange={() => {
            onChange(toggleChoice(order, selected, choice.value));
          }}
        />
      ))}
    </div>
  );
}
