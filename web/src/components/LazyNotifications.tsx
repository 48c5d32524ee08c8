import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

const NotificationsHost = lazy(() =>
  import('./NotificationsHost').then((m) => ({ default: m.NotificationsHost })),
);

/**
 * Mantine's notification stack, loaded when the first notification is shown (a save's "đã lưu"),
 * not with the entry: its portal and transitions are ~6 kB gzip no screen needs to open. The store
 * `notifications.show` writes to is in the entry, so a notification shown before the chunk
 * arrives waits in it and appears with it; once there, the stack stays mounted.
 */
export function LazyNotifications() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  ) : null;
}
