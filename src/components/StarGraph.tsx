import type { CriterionValue } from '../recommend/criteria';

interface Props {
  criteria: readonly CriterionValue[];
  /** Short axis names, in the same order. */
  names: readonly string[];
}

// Wide enough for the axis names on both sides.
const width = 380;
const height = 250;
const center = { x: width / 2, y: height / 2 };
const radius = 72;
const rings = [0.25, 0.5, 0.75, 1];

/** The point at `fraction` of the radius on axis `index` of `count` (first axis straight up). */
function at(index: number, count: number, fraction: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return [
    center.x + Math.cos(angle) * radius * fraction,
    center.y + Math.sin(angle) * radius * fraction,
  ];
}

/** A long axis name on two lines, cut at the space nearest its middle, so the names can be large. */
function linesOf(name: string): string[] {
  if (name.length <= 12) return [name];
  let cut = -1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
    if (cut < 0 || Math.abs(i - name.length / 2) < Math.abs(cut - name.length / 2)) cut = i;
  }
  return cut < 0 ? [name] : [name.slice(0, cut), name.slice(cut + 1)];
}

const points = (pairs: [number, number][]) =>
  pairs.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/**
 * A self-made star (radar) graph. Decorative for assistive technologies: the
 * same values are listed in words next to it. Unknown criteria sit at the
 * centre and are marked with "?" so they never look like a low score.
 */
export function StarGraph({ criteria, names }: Props) {
  const count = criteria.length;
  const shape = criteria.map((c, i) => at(i, count, c.value ?? 0));
  return (
    <svg
      className="star-graph"
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {rings.map((ring) => (
        <polygon
          key={ring}
          className="star-ring"
          points={points(criteria.map((_, i) => at(i, count, ring)))}
        />
      ))}
      {criteria.map((c, i) => {
        const [x, y] = at(i, count, 1);
        return <line key={c.id} className="star-axis" x1={center.x} y1={center.y} x2={x} y2={y} />;
      })}
      <polygon className="star-shape" points={points(shape)} />
      {criteria.map((c, i) => {
        const [x, y] = at(i, count, 1.15);
        const known = c.value !== null;
        const lines = linesOf(names[i] ?? '');
        return (
          <text
            key={c.id}
            className={known ? 'star-label' : 'star-label star-unknown'}
            x={x}
            y={y}
            textAnchor={Math.abs(x - center.x) < 4 ? 'middle' : x > center.x ? 'start' : 'end'}
            dominantBaseline="middle"
          >
            {lines.map((line, n) => (
              <tspan key={line} x={x} dy={n === 0 ? `${-0.55 * (lines.length - 1)}em` : '1.1em'}>
                {known || n < lines.length - 1 ? line : `${line} ?`}
              </tspan>
            ))}
          </text>
        );
      })}
    </svg>
  );
}
