import { Avatar, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentBrief, RoundItem, Shift } from '../api/types';
import {
  HYGIENES,
  INTAKES,
  MOODS,
  SHIFT_MEALS,
  SLEEPS,
  usualEntry,
  type Entry,
} from '../lib/round-entry';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { CardSummary } from './CardSummary';
import { useRoundLabels } from './labels';

/** Where a resident's card stands in this shift. */
export type CardStatus = 'editing' | 'unsent' | 'sent' | 'done';

const STATUS_COLOR: Record<Exclude<CardStatus, 'editing'>, string> = {
  // Dark enough for white text (WCAG AA): Mantine's orange.9 is not.
  unsent: '#a33a00',
  sent: 'teal.9',
  done: 'gray.8',
};

/** Children of khoản 1 are one category on the round, whoever reads it (nothing tells HIV). */
function roundCategories(codes: readonly string[]): string[] {
  const shown = codes.map((c) => (c.startsWith('k1_child') ? 'k1_child' : c));
  return [...new Set(shown)];
}

/**
 * One resident at the bedside: who, what they eat and must not eat, how to care for them, and the
 * shift's observations as large taps. Once saved the card shows what was recorded and whether it
 * has reached the service ("chưa gửi" / "đã gửi").
 */
export function ResidentCard({
  item,
  brief,
  shift,
  status,
  entry,
  saved,
  onChange,
}: {
  item: RoundItem;
  brief: ResidentBrief | undefined;
  shift: Shift;
  status: CardStatus;
  entry: Entry;
  /** What was recorded (for a card not being edited). */
  saved: Entry | null;
  onChange: (entry: Entry) => void;
}) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  const nameId = useId();
  const name = item.preferredName ? `${item.fullName} (${item.preferredName})` : item.fullName;
  const facts = [
    item.bed ? t('round.card.bed', { bed: item.bed }) : null,
    brief?.age != null ? t('round.card.age', { age: brief.age }) : null,
    ...roundCategories(brief?.categories ?? []).map(labels.category),
  ].filter((x): x is string => x !== null);
  const set = (change: Partial<Entry>) => {
    onChange({ ...entry, ...change });
  };

  return (
    <Card withBorder padding="sm" radius="md" component="section" aria-labelledby={nameId}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Avatar
          name={item.fullName}
          color="teal"
          variant="filled"
          size="lg"
          alt={t('round.card.photo', { name: item.fullName })}
        />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Title order={2} size="h4" id={nameId}>
            {name}
          </Title>
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
        </Stack>
        {status !== 'editing' ? (
          <Badge color={STATUS_COLOR[status]} variant="filled" size="lg" radius="sm" tt="none">
            {t(`round.status.${status}`)}
          </Badge>
        ) : null}
      </Group>

      <Stack gap={4} mt="xs">
        <Text size="sm">
          {item.diet
            ? t('round.card.diet', {
                diet: labels.diet(item.diet.dietType),
                texture: labels.texture(item.diet.texture),
              })
            : t('round.card.noPlan')}
        </Text>
        {item.diet && item.diet.allergies.length > 0 ? (
          <Text size="sm" fw={700} c="red.9">
            {t('round.card.allergies', {
              list: item.diet.allergies
                .map((a) =>
                  t('round.card.allergy', {
                    substance: a.substance,
                    severity: labels.severity(a.severity),
                  }),
                )
                .join(', '),
            })}
          </Text>
        ) : (
          <Text size="sm">{t('round.card.noAllergies')}</Text>
        )}
        <Text size="sm">
          {t('round.card.mobility', { mobility: labels.mobility(item.mobility) })}
        </Text>
        {item.careInstructions ? (
          <Text size="sm" fw={600}>
            {t('round.card.instructions', { text: item.careInstructions })}
          </Text>
        ) : null}
      </Stack>

      {status === 'editing' ? (
        <Stack gap="sm" mt="sm">
          <Button
            variant="light"
            color="teal"
            h={48}
            onClick={() => {
              onChange(usualEntry(shift, item, entry));
            }}
          >
            {t('round.card.usual')}
          </Button>
          {SHIFT_MEALS[shift].map((meal) => (
            <ChoiceGroup
              key={meal}
              label={t(`round.meal.${meal}`)}
              options={INTAKES}
              value={entry.meals[meal]}
              onChange={(intake) => {
                set({ meals: { ...entry.meals, [meal]: intake } });
              }}
              labelOf={(v) => t(`round.intake.${v}`)}
            />
          ))}
          <ChoiceGroup
            label={t('round.fields.sleep')}
            options={SLEEPS}
            value={entry.sleep}
            onChange={(sleep) => {
              set({ sleep });
            }}
            labelOf={(v) => t(`round.sleep.${v}`)}
          />
          <ChoiceGroup
            label={t('round.fields.mood')}
            options={MOODS}
            value={entry.mood}
            onChange={(mood) => {
              set({ mood });
            }}
            labelOf={(v) => t(`round.mood.${v}`)}
          />
          <ChoiceGroup
            label={t('round.fields.hygiene')}
            options={HYGIENES}
            value={entry.hygiene}
            onChange={(hygiene) => {
              set({ hygiene });
            }}
            labelOf={(v) => t(`round.hygiene.${v}`)}
          />
          <Textarea
            label={t('round.card.notes')}
            autosize
            minRows={1}
            maxLength={4000}
            value={entry.notes ?? ''}
            onChange={(e) => {
              set({ notes: e.currentTarget.value });
            }}
          />
          <Textarea
            label={t('round.card.handover')}
            autosize
            minRows={1}
            maxLength={1000}
            value={entry.handoverMessage ?? ''}
            onChange={(e) => {
              set({ handoverMessage: e.currentTarget.value });
            }}
          />
        </Stack>
      ) : saved ? (
        <CardSummary entry={saved} />
      ) : null}
    </Card>
  );
}
