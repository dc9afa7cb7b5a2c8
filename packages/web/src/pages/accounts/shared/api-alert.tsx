import { Alert } from 'antd';
import type { ApiError } from '../../../api/client.ts';

/** The server's refusal: its message and each problem's message, in the user's language. */
export function ApiAlert({ error, title, testId }: { error: ApiError; title: string; testId: string }) {
  const details = error.problems.map((p) => p.message).filter((m) => m !== error.message);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={title}
      description={
        <>
          <div>{error.message}</div>
          {details.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
