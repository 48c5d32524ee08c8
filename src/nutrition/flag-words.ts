import { vnDate, type IsoDate } from '../calendar/dates';
import { MEASUREMENT_FLAGS } from './growth/z-scores';

type MeasurementFlag = (typeof MEASUREMENT_FLAGS)[number];

/** A measurement's flags in words: an alert never shows the code (`severe_stunting`). */
export const MEASUREMENT_FLAG_WORDS: Record<MeasurementFlag, { vi: string; en: string }> = {
  underweight: { vi: 'nhẹ cân', en: 'underweight' },
  severe_underweight: { vi: 'nhẹ cân nặng', en: 'severely underweight' },
  stunting: { vi: 'thấp còi', en: 'stunting' },
  severe_stunting: { vi: 'thấp còi nặng', en: 'severe stunting' },
  wasting: { vi: 'gầy còm', en: 'wasting' },
  severe_wasting: { vi: 'gầy còm nặng', en: 'severe wasting' },
  obesity: { vi: 'béo phì', en: 'obesity' },
  weight_loss: { vi: 'sụt cân', en: 'weight loss' },
};

const isFlag = (f: string): f is MeasurementFlag =>
  (MEASUREMENT_FLAGS as readonly string[]).includes(f);

/** "DB-2026-0001 Lò Thị Mai: nhẹ cân, thấp còi (đo ngày 07/12/2026)" and its English. */
export function growthAlertText(
  who: string,
  flags: readonly string[],
  measuredOn: IsoDate,
): { message: string; messageEn: string } {
  const words = flags.filter(isFlag).map((f) => MEASUREMENT_FLAG_WORDS[f]);
  return {
    message: `${who}: ${words.map((w) => w.vi).join(', ')} (đo ngày ${vnDate(measuredOn)})`,
    messageEn: `${who}: ${words.map((w) => w.en).join(', ')} (measured ${measuredOn})`,
  };
}
