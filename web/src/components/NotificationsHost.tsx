import { Notifications } from '@mantine/notifications';

/** Mantine's notification stack, in a chunk of its own (see LazyNotifications). */
export function NotificationsHost() {
  return <Notifications />;
}
