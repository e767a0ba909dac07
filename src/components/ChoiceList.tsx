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

/** A list of radio buttons with a hint under each label. */
export function ChoiceList<V extends string>({ name, choices, selected, onChange }: Props<V>) {
  return (
    <div className="choices">
      {choices.map((choice, index) => {
        const id = index === 0 ? `${name}-field` : `${name}-${choice.value}`;
        const hintId = `${id}-hint`;
        return (
          <div className="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={selected === choice.value}
              onChange={() => {
                onChange(choice.value);
              }}
              aria-describedby={choice.hint ? hintId : undefined}
            />
            <label htmlFor={id}>{choice.label}</label>
            {choice.hint && (
              <p className="hint" id={hintId}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
