import { allPlaced, type FieldPlace } from '../lib/form-errors';
import { ErrorDisplay } from './ErrorDisplay';

/**
 * Under a form: the save's error, unless every field error already shows next to its field
 * (see lib/form-errors.ts). A problem without field errors (409, 412, network) always shows.
 */
export function FormProblem({
  error,
  values,
  place,
}: {
  error: unknown;
  values: unknown;
  place?: FieldPlace;
}) {
  if (!error || allPlaced(values, error, place)) return null;
  return <ErrorDisplay error={error} />;
}
