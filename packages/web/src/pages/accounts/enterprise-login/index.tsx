import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { ApiAlert } from '../shared/api-alert.tsx';
import { CreditCodeItem } from '../shared/credit-code-item.tsx';
import { useSessionRoute } from '../shared/use-session-route.ts';

/** Enterprise sign-in: unified social credit code (checked as typed, GB 32100-2015) and password. */
export default function EnterpriseLoginPage() {
  const { t } = useTranslation('accounts');
  const { error, busy, submit } = useSessionRoute('/api/v1/auth/enterprise-login');

  return (
    <div style={{ maxWidth: 460 }}>
      <PageHeader title={t('signIn.title')} description={t('signIn.description')} />
      <Panel>
        {error && <ApiAlert error={error} title={t('signIn.failed')} testId="enterprise-login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <CreditCodeItem />
          <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.required') }]}>
            <Input.Password id="password" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('signIn.submit')}
          </Button>
        </Form>
        <p style={{ marginTop: 16 }}>
          <Link to="/enterprise/activate">{t('signIn.activateLink')}</Link>
        </p>
        <p>
          <Link to="/login">{t('signIn.staffLink')}</Link>
        </p>
      </Panel>
    </div>
  );
}
