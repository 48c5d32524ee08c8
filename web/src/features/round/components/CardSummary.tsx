import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry, Meal } from '../lib/round-entry';

/** What was recorded for a resident this shift, one line per observation. */
export function CardSummary({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  for (const [meal, intake] of Object.entries(entry.meals) as [Meal, Entry['meals'][Meal]][]) {
    if (intake)
      lines.push(
        t('round.card.summary', {
          label: t(`round.meal.${meal}`),
          value: t(`round.intake.${intake}`),
        }),
      );
  }
  if (entry.sleep)
    lines.push(
      t('round.card.summary', {
        label: t('round.fields.sleep'),
        value: t(`round.sleep.${entry.sleep}`),
      }),
    );
  if (entry.mood)
    lines.push(
      t('round.card.summary', {
        label: t('round.fields.mood'),
        value: t(`round.mood.${entry.mood}`),
      }),
    );
  if (entry.hygiene)
    lines.push(
      t('round.card.summary', {
        label: t('round.fields.hygiene'),
        value: t(`round.hygiene.${entry.hygiene}`),
      }),
    );
  if (entry.medicationGiven)
    lines.push(
      t('round.card.summary', {
        label: t('round.fields.medication'),
        value: t(`round.medication.${entry.medicationGiven}`),
      }),
    );
  if (entry.handoverMessage)
    lines.push(
      t('round.card.summary', { label: t('round.card.handover'), value: entry.handoverMessage }),
    );
  if (lines.length === 0) return null;
  return (
    <List size="sm" mt="xs" spacing={2}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
