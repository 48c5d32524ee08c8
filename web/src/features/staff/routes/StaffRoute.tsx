import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime } from '../../../lib/format';
import { staffQuery, type StaffFilters, type StaffUser } from '../api/staff';
import { STAFF_ROLES, UserForm } from '../components/UserForm';

/** Staff accounts of the centre: list by the API's cursor, filters, create, change. */
export function StaffRoute() {
  const { t } = useTranslation();
  const [role, setRole] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>('true');
  const filters: StaffFilters = {
    role: STAFF_ROLES.find((r) => r === role),
    active: active === null ? undefined : active === 'true',
  };
  const list = useInfiniteQuery(staffQuery(filters));
  const users = list.data?.pages.flatMap((p) => p.items) ?? [];
  // undefined: no form open; null: a new account; a user: editing them.
  const [editing, setEditing] = useState<StaffUser | null | undefined>(undefined);

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md">
        <PageTitle>{t('staff.title')}</PageTitle>
        <Button
          onClick={() => {
            setEditing(null);
          }}
        >
          {t('staff.add')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} maw={560} mb="md">
        <Select
          label={t('staff.fields.role')}
          placeholder={t('staff.any')}
          clearable
          value={role}
          onChange={setRole}
          data={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Select
          label={t('staff.filterActive')}
          placeholder={t('staff.any')}
          clearable
          value={active}
          onChange={setActive}
          data={[
            { value: 'true', label: t('staff.active') },
            { value: 'false', label: t('staff.inactive') },
          ]}
        />
      </SimpleGrid>
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorDisplay error={list.error} /> : null}
      {list.data && users.length === 0 ? <Text>{t('staff.empty')}</Text> : null}
      {users.length > 0 ? (
        <>
          <Table.ScrollContainer
            minWidth={760}
            visibleFrom="sm"
            type="native"
            // A table wider than the screen scrolls: the keyboard can reach it too.
            tabIndex={0}
            role="region"
            aria-label={t('staff.title')}
          >
            <Table striped aria-label={t('staff.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staff.fields.fullName')}</Table.Th>
                  <Table.Th scope="col">{t('staff.fields.username')}</Table.Th>
                  <Table.Th scope="col">{t('staff.fields.role')}</Table.Th>
                  <Table.Th scope="col">{t('staff.col.state')}</Table.Th>
                  <Table.Th scope="col">{t('staff.col.lastLogin')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('staff.col.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>{u.fullName}</Table.Td>
                    <Table.Td>{u.username}</Table.Td>
                    <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                    <Table.Td>
                      <State user={u} />
                    </Table.Td>
                    <Table.Td>
                      {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('staff.neverSignedIn')}
                    </Table.Td>
                    <Table.Td>
                      <EditButton user={u} onEdit={setEditing} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {users.map((u) => (
              <Card key={u.id} withBorder padding="sm" component="li">
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{u.fullName}</Text>
                  <State user={u} />
                </Group>
                <Text size="sm">
                  {t('staff.cardLine', { username: u.username, role: t(`roles.${u.role}`) })}
                </Text>
                <Group justify="flex-end">
                  <EditButton user={u} onEdit={setEditing} />
                </Group>
              </Card>
            ))}
          </Stack>
        </>
      ) : null}
      {list.hasNextPage ? (
        <Button
          variant="default"
          mt="md"
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('staff.more')}
        </Button>
      ) : null}
      <Modal
        opened={editing !== undefined}
        onClose={() => {
          setEditing(undefined);
        }}
        title={editing ? t('staff.editTitle', { name: editing.fullName }) : t('staff.addTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== undefined ? (
          <UserForm
            key={editing?.id ?? 'new'}
            user={editing}
            onDone={() => {
              setEditing(undefined);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

function State({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return user.active ? (
    <Badge color="teal" c="teal.9" variant="outline" tt="none">
      {t('staff.active')}
    </Badge>
  ) : (
    <Badge color="gray.7" c="gray.9" variant="outline" tt="none">
      {t('staff.inactive')}
    </Badge>
  );
}

function EditButton({ user, onEdit }: { user: StaffUser; onEdit: (user: StaffUser) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="light"
      size="sm"
      mih={44}
      aria-label={t('staff.editLabel', { name: user.fullName })}
      onClick={() => {
        onEdit(user);
      }}
    >
      {t('staff.edit')}
    </Button>
  );
}
