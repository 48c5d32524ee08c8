import { isApiProblem } from './problem';

/** Where a form shows an API field: its path in the form's values, or null when it has none. */
export type FieldPlace = (apiField: string) => string | null;

const samePath: FieldPlace = (field) => field;

function hasPath(values: unknown, path: string): boolean {
  let at: unknown = values;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/** The form paths of the API's field errors that the form has a field for, with their messages. */
export function placedErrors(
  values: unknown,
  error: unknown,
  place: FieldPlace = samePath,
): Record<string, string> {
  if (!isApiProblem(error)) return {};
  const placed: Record<string, string> = {};
  for (const e of error.fieldErrors) {
    const path = place(e.field);
    if (path !== null && hasPath(values, path)) placed[path] ??= e.message;
  }
  return placed;
}

/**
 * True when every field error of the answer sits next to its field: the form then needs no
 * summary. Otherwise (no field errors, or one the form does not show) show <ErrorDisplay>.
 */
export function allPlaced(values: unknown, error: unknown, place: FieldPlace = samePath): boolean {
  if (!isApiProblem(error) || error.fieldErrors.length === 0) return false;
  return error.fieldErrors.every((e) => {
    const path = place(e.field);
    return path !== null && hasPath(values, path);
  });
}

/**
 * A save's error on a Mantine form (`useForm`): each API field error next to its field, in the
 * language the API answered in. Call it from the mutation's `onError`; render
 * `{error && !allPlaced(form.getValues(), error, place) ? <ErrorDisplay error={error} /> : null}`.
 */
export function showApiErrors(
  form: { getValues: () => unknown; setErrors: (errors: Record<string, string>) => void },
  error: unknown,
  place: FieldPlace = samePath,
): void {
  form.setErrors(placedErrors(form.getValues(), error, place));
}
