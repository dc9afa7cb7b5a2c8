/**
 * A ring (donut) of a whole's parts, drawn as plain SVG: the public entitlement report shows one ring
 * and nothing else of a charting library, so it does not download ECharts (~120 KB gzipped) for it —
 * the public pages' budget is 400 KB. The dashboards keep ECharts, where axes, legends and tooltips
 * earn their weight. The figures are written out beside the ring (the legend), so the ring is an image
 * with a label for screen readers.
 */
export interface RingPart {
  readonly key: string;
  readonly value: number;
  readonly colour: string;
}

const SIZE = 200;
const OUTER = 96;
const INNER = 59;

/** The SVG path of the ring segment from angle `a0` to `a1` (radians, clockwise from 12 o'clock). */
export function ringSegment(a0: number, a1: number, outer = OUTER, inner = INNER, c = SIZE / 2): string {
  const point = (r: number, a: number) => `${(c + r * Math.sin(a)).toFixed(3)} ${(c - r * Math.cos(a)).toFixed(3)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return [
    `M ${point(outer, a0)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(outer, a1)}`,
    `L ${point(inner, a1)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(inner, a0)}`,
    'Z',
  ].join(' ');
}

export function RingChart({
  parts,
  label,
  height,
  testId,
}: {
  parts: readonly RingPart[];
  label: string;
  height: number;
  testId?: string;
}) {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  let angle = 0;
  return (
    <div style={{ height, width: '100%' }} data-testid={testId}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" height="100%" role="img" aria-label={label}>
        {sum > 0 && parts.length === 1 ? (
          // One part is the whole ring: an arc from a point to itself draws nothing, so two circles.
          <path
            d={`${ringSegment(0, Math.PI)} ${ringSegment(Math.PI, 2 * Math.PI)}`}
            fill={(parts[0] as RingPart).colour}
            stroke="#fff"
            strokeWidth={0}
          />
        ) : (
          parts.map((p) => {
            const a0 = angle;
            angle += (p.value / sum) * 2 * Math.PI;
            return <path key={p.key} d={ringSegment(a0, angle)} fill={p.colour} stroke="#fff" strokeWidth={1} />;
          })
        )}
      </svg>
    </div>
  );
}
