import { useTranslation } from 'react-i18next';
// The codes the round knows (the texts come through i18n, in the user's language).
import round from '../../../messages/vi/round.json';

const has = <O extends object>(o: O, key: string): key is Extract<keyof O, string> => key in o;

/** Labels of the service's codes; an unknown code (from a newer service) is shown as it is. */
export function useRoundLabels() {
  const { t } = useTranslation();
  const m = round;
  return {
    diet: (c: string) => (has(m.diet, c) ? t(`round.diet.${c}`) : c),
    texture: (c: string) => (has(m.texture, c) ? t(`round.texture.${c}`) : c),
    mobility: (c: string) => (has(m.mobility, c) ? t(`round.mobility.${c}`) : c),
    category: (c: string) => (has(m.category, c) ? t(`round.category.${c}`) : c),
    severity: (c: string | null) =>
      c !== null && has(m.severity, c) ? t(`round.severity.${c}`) : t('round.severity.unknown'),
  };
}
