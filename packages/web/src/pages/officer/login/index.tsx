import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import type { Role } from '../../../api/registry-types.ts';
import { REGISTRY_READERS, useSession } from '../../../app/session.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';

/**
 * Where to go after sign-in: the page asked for (same site only), else the user's own work — officers and
 * analysts the registry, procurement staff their budget unit, banks their lending reports, enterprise accounts
 * their own enterprise, departments their data feeds; users whose role has no pages of its own yet (service provider) the home page.
 */
function target(next: string | null, role: Role): string {
  if (next?.startsWith('/') && !next.startsWith('//')) return next;
  if (REGISTRY_READERS.includes(role)) return '/registry';
  if (role === 'procurement') return '/procurement/my-unit';
  if (role === 'bank') return '/lending/reports';
  if (role === 'enterprise') return '/my-enterprise';
  if (role === 'department') return '/feeds';
  return '/';
}

/** Sign-in for staff: user name and password; the server's error (wrong password, too many tries) in the user's language. */
export default function LoginPage() {
  const { t } = useTranslation('officer');
  const { login } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const session = await login(values.username, values.password);
      navigate(target(params.get('next'), session.user.role), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 420 }}>
      <PageHeader title={t('login.title')} description={t('login.description')} />
      <Panel>
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            title={t('login.failed')}
            description={error.message}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required') }]}>
            <Input id="username" autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required') }]}>
            <Input.Password id="password" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('login.submit')}
          </Button>
        </Form>
        <p style={{ marginTop: 16 }}>
          <Link to="/enterprise/login" data-testid="enterprise-login-link">
            {t('login.enterpriseLink')}
          </Link>
        </p>
      </Panel>
    </div>
  );
}
