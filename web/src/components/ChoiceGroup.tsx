import { Chip, Group, Text } from '@mantine/core';
import { useId } from 'react';

/** Chips at least 44 px high: a thumb on a cheap phone, gloves on. */
const CHIP_STYLES = {
  label: { height: 'auto', minHeight: 44, paddingInline: 14, fontSize: 15 },
} as const;

/**
 * One choice out of a few, as large chips (radio buttons under the hood), with a visible label
 * that names the group for a screen reader.
 */
export function ChoiceGroup<V extends string>({
  label,
  options,
  value,
  onChange,
  labelOf,
}: {
  label: string;
  options: readonly V[];
  value: V | undefined;
  onChange: (value: V) => void;
  labelOf: (value: V) => string;
}) {
  const id = useId();
  return (
    <div>
      <Text id={id} size="sm" fw={600} mb={4}>
        {label}
      </Text>
      <Chip.Group
        value={value ?? null}
        onChange={(chosen) => {
          const option = options.find((o) => o === chosen);
          if (option) onChange(option);
        }}
      >
        <Group gap={6} role="radiogroup" aria-labelledby={id}>
          {options.map((option) => (
            <Chip key={option} value={option} styles={CHIP_STYLES}>
              {labelOf(option)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </div>
  );
}
