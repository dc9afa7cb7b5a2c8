import { Alert, Button, Checkbox, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiPut } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import type { NotificationSettings } from '../shared/notification-types.ts';

/** Every role: the user's e-mail address and which events also come by e-mail (issue 14 §3). */
export default function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  const lang = currentLang();
  const [version, setVersion] = useState(0);
  const loaded = useApi(JSON.stringify([lang, version]), (signal) =>
    apiGet<NotificationSettings>('/api/v1/notifications/settings', { lang, signal }),
  );
  const [email, setEmail] = useState('');
  const [events, setEvents] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded.data) {
      setEmail(loaded.data.email ?? '');
      setEvents({ ...loaded.data.email_events });
    }
  }, [loaded.data]);

  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      await apiPut<NotificationSettings>(
        '/api/v1/notifications/settings',
        { email: email.trim() === '' ? null : email, email_events: events },
        { lang },
      );
      setSaved(true);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  if (loaded.status === 'error') return <ApiErrorResult error={loaded.error} onRetry={() => setVersion((v) => v + 1)} />;
  return (
    <div data-testid="notification-settings">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Panel>
        {loaded.data && !loaded.data.email_enabled && (
          <Alert type="info" showIcon title={t('settings.emailOff')} style={{ marginBottom: 12 }} />
        )}
        {error && <ApiAlert error={error} title={t('settings.failed')} testId="settings-error" />}
        {saved && <Alert type="success" showIcon title={t('settings.saved')} style={{ marginBottom: 12 }} data-testid="settings-saved" />}
        <Form layout="vertical" onFinish={() => void save()} style={{ maxWidth: 560 }}>
          <Form.Item label={t('settings.email')} help={t('settings.emailHelp')} htmlFor="xw-email">
            <Input
              id="xw-email"
              inputMode="email"
              autoComplete="email"
              value={email}
              maxLength={254}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="settings-email"
            />
          </Form.Item>
          <fieldset style={{ border: 0, padding: 0, margin: '16px 0' }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('settings.events')}</legend>
            <Space direction="vertical">
              {Object.keys(events).map((event) => (
                <span key={event} data-testid={`email-event-${event}`}>
                  <Checkbox checked={events[event] === true} onChange={(e) => setEvents((s) => ({ ...s, [event]: e.target.checked }))}>
                    {t(`settings.event.${event}`, { defaultValue: event })}
                  </Checkbox>
                </span>
              ))}
            </Space>
          </fieldset>
          <Button type="primary" htmlType="submit" data-testid="settings-save">
            {t('settings.save')}
          </Button>
        </Form>
      </Panel>
    </div>
  );
}
