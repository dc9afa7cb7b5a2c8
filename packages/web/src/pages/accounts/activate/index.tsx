import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../shared/api-alert.tsx';
import { CreditCodeItem } from '../shared/credit-code-item.tsx';
import { useSessionRoute } from '../shared/use-session-route.ts';

/** Activation of an enterprise account: credit code, the activation code an officer issued, a new password. */
export default function ActivatePage() {
  const { t } = useTranslation('accounts');
  const lang = currentLang();
  const route = useSessionRoute('/api/v1/auth/enterprise-activate');
  const { error, busy } = route;
  const submit = (values: { credit_code: string; activation_code: string; password: string }) =>
    route.submit({ credit_code: values.credit_code, activation_code: values.activation_code, password: values.password, locale: lang });

  return (
    <div style={{ maxWidth: 460 }}>
      <PageHeader title={t('activate.title')} description={t('activate.description')} />
      <Panel>
        {error && <ApiAlert error={error} title={t('activate.failed')} testId="activate-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <CreditCodeItem />
          <Form.Item
            name="activation_code"
            label={t('activate.code')}
            extra={t('activate.codeHint')}
            rules={[{ required: true, message: t('signIn.required') }]}
          >
            <Input id="activation_code" autoComplete="one-time-code" maxLength={32} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('activate.password')}
            rules={[
              { required: true, message: t('signIn.required') },
              { min: 10, message: t('activate.tooShort') },
            ]}
          >
            <Input.Password id="password" autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('activate.confirm')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('signIn.required') },
              ({ getFieldValue }) => ({
                validator: async (_, value) => {
                  if (value !== getFieldValue('password')) throw new Error(t('activate.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password id="confirm" autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('activate.submit')}
          </Button>
        </Form>
        <p style={{ marginTop: 16 }}>
          <Link to="/enterprise/login">{t('activate.signInLink')}</Link>
        </p>
      </Panel>
    </div>
  );
}
