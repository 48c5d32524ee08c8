import { Button, Group, type ButtonProps } from '@mantine/core';
import { isConflict } from '../lib/problem';
import type { FieldPlace } from '../lib/form-errors';
import { ConflictNotice, type CurrentValue } from './ConflictNotice';
import { FormProblem } from './FormProblem';

/**
 * The end of an edit form: the save's problem (`FormProblem`: only what no field shows) or, when
 * the save answered 412 and the form passes `conflict`, the conflict notice with the record's
 * current values; then the save button (submits the form) and cancel, both 44 px high.
 */
export function FormFooter({
  error,
  values,
  place,
  conflict,
  saveLabel,
  saving,
  saveColor,
  cancelLabel,
  onCancel,
}: {
  /** The save mutation's error. */
  error: unknown;
  /** The form's values, to tell which field errors show beside their fields. */
  values: unknown;
  place?: FieldPlace;
  /** What a 412 shows: the record as it is now, and how to continue from it. */
  conflict?: { current: CurrentValue[]; onReload: () => void };
  saveLabel: string;
  saving: boolean;
  saveColor?: ButtonProps['color'];
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {conflict && isConflict(error) ? (
        <ConflictNotice current={conflict.current} onReload={conflict.onReload} />
      ) : (
        <FormProblem error={error} values={values} place={place} />
      )}
      <Group gap="xs">
        <Button type="submit" color={saveColor} mih={44} loading={saving}>
          {saveLabel}
        </Button>
        <Button variant="default" mih={44} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </Group>
    </>
  );
}
