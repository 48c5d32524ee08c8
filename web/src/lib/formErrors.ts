import { isApiProblem } from './problem';

/**
 * Whether a refused save needs the error banner above its form: not when every wrong field the
 * service named has an input of its own in `values` (its message is shown next to that input,
 * `form.setErrors(problem.errorsByField())`). A list item's field (`allergies.0.substance`)
 * counts as the list's.
 */
export function needsBanner(error: unknown, values: object): boolean {
  if (!isApiProblem(error)) return true;
  const fields = error.fieldErrors.map((e) => e.field.split('.')[0] ?? e.field);
  return fields.length === 0 || fields.some((f) => !(f in values));
}
