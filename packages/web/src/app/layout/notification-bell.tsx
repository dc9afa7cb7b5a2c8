import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { apiGet } from '../../api/client.ts';
import { currentLang } from '../../i18n/index.ts';
import { loadSignedInStrings } from '../../i18n/officer-strings.tsx';
import { UNREAD_CHANGED } from '../../pages/notifications/shared/notification-types.ts';

/** How often the bell asks for the unread count (a notice also shows on the next navigation). */
const POLL_MS = 30_000;

/**
 * The bell in the header of a signed-in user: the unread count of their inbox (issue 14 §3), a link to it.
 * It asks again on every navigation, every 30 s, and when a page marks notices read.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation('notifications');
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [, setStrings] = useState(0);
  useEffect(() => {
    void loadSignedInStrings(currentLang()).then(() => setStrings((n) => n + 1));
  }, [i18n.language]);
  useEffect(() => {
    let live = true;
    const controller = new AbortController();
    const look = () =>
      apiGet<{ unread: number }>('/api/v1/notifications/unread-count', { lang: currentLang(), signal: controller.signal }).then(
        (r) => live && setUnread(r.unread),
        () => undefined,
      );
    void look();
    const timer = setInterval(look, POLL_MS);
    window.addEventListener(UNREAD_CHANGED, look);
    return () => {
      live = false;
      controller.abort();
      clearInterval(timer);
      window.removeEventListener(UNREAD_CHANGED, look);
    };
  }, [location.pathname]);
  const count = unread ?? 0;
  return (
    <Link to="/notifications" className="xw-bell" aria-label={t('bell', { count })} data-testid="notification-bell">
      <Badge count={count} size="small" data-testid="notification-count" data-count={count}>
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Link>
  );
}
