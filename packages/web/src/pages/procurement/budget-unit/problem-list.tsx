import type { ApiError } from '../../../api/client.ts';

/** The fields the server named in a refused request, each with its message in the user's language. */
export function ProblemList({ error }: { error: ApiError }) {
  if (error.problems.length === 0) return null;
  return (
    <ul data-testid="problems">
      {error.problems.map((p) => (
        <li key={`${p.path}|${p.message}`}>
          <code>{p.field}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}
