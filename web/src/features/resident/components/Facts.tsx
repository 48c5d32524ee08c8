import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A definition list of label/value pairs, two columns from tablet width. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="sm" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** The label of a reference code in the reader's language. */
export function labelOf(
  list: { code: string; vi: string; en: string }[] | undefined,
  code: string | null | undefined,
  language: string,
): string {
  if (!code) return '—';
  const found = list?.find((c) => c.code === code);
  if (!found) return code;
  return language === 'en' ? found.en : found.vi;
}
