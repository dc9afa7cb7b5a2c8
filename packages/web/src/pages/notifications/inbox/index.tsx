import { Button, Checkbox, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiGet, apiPost } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiAlert } from '../../accounts/shared/api-alert.tsx';
import { announceUnreadChanged, type InboxItem, type InboxPage } from '../shared/notification-types.ts';

const EMAIL_COLOUR = { pending: 'processing', sent: 'success', failed: 'error', skipped: 'default' } as const;

/** Every role: the signed-in user's notifications, newest first; mark one or all read; more pages on demand. */
export default function NotificationInboxPage() {
  const { t } = useTranslation('notifications');
  const lang = currentLang();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [version, setVersion] = useState(0);
  const [more, setMore] = useState<InboxItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const page = useApi(JSON.stringify([lang, unreadOnly, version]), async (signal) => {
    const r = await apiGet<InboxPage>('/api/v1/notifications', { lang, signal, query: { unread: unreadOnly ? 'true' : undefined } });
    setMore([]);
    setCursor(r.next_cursor);
    return r;
  });

  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      announceUnreadChanged();
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };
  const loadMore = async () => {
    if (cursor === null) return;
    const r = await apiGet<InboxPage>('/api/v1/notifications', { lang, query: { cursor, unread: unreadOnly ? 'true' : undefined } });
    setMore((m) => [...m, ...r.items]);
    setCursor(r.next_cursor);
  };
  const items = [...(page.data?.items ?? []), ...more];

  return (
    <div data-testid="inbox-page">
      <PageHeader
        title={t('inbox.title')}
        description={t('inbox.description')}
        extra={<Link to="/notifications/settings">{t('inbox.settings')}</Link>}
      />
      <Panel
        extra={
          <Space wrap>
            <Checkbox checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)}>
              {t('inbox.unreadOnly')}
            </Checkbox>
            <Button
              size="small"
              disabled={(page.data?.unread ?? 0) === 0}
              onClick={() => void act(() => apiPost('/api/v1/notifications/read-all', {}, { lang }))}
              data-testid="mark-all-read"
            >
              {t('inbox.markAllRead')}
            </Button>
          </Space>
        }
      >
        {error && <ApiAlert error={error} title={t('inbox.title')} testId="inbox-error" />}
        {page.status === 'error' ? (
          <ApiErrorResult error={page.error} onRetry={() => setVersion((v) => v + 1)} />
        ) : (
          <List
            loading={page.status === 'loading' && page.data === undefined}
            dataSource={items}
            locale={{ emptyText: t('inbox.none') }}
            data-testid="inbox-list"
            renderItem={(n) => (
              <List.Item
                key={n.id}
                data-testid={`notice-${n.event}`}
                actions={
                  n.read_at === null
                    ? [
                        <Button
                          key="read"
                          size="small"
                          type="link"
                          onClick={() => void act(() => apiPost('/api/v1/notifications/read', { ids: [n.id] }, { lang }))}
                        >
                          {t('inbox.markRead')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {n.read_at === null && <Tag color="blue">{t('inbox.unread')}</Tag>}
                      <span className={n.read_at === null ? 'xw-notice-unread' : undefined}>{n.title}</span>
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={2}>
                      <span>{n.body}</span>
                      <Space wrap size={8}>
                        <span className="xw-nowrap">{formatDateTime(n.created_at, lang)}</span>
                        <Tag color={EMAIL_COLOUR[n.email_state]}>{t(`inbox.email.${n.email_state}`)}</Tag>
                      </Space>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
        {cursor !== null && (
          <Button onClick={() => void loadMore()} style={{ marginTop: 12 }}>
            {t('inbox.more')}
          </Button>
        )}
      </Panel>
    </div>
  );
}
