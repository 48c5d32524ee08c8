import { getSchemaPath } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { MEASUREMENT_FLAGS } from '../growth/z-scores';
import { MeasurementView } from './measurement.view';

/** The answer of recording a measurement (MeasurementResult): the measurement and what it raised. */
export const MEASUREMENT_RESULT_SCHEMA: SchemaObject = {
  allOf: [
    { $ref: getSchemaPath(MeasurementView) },
    {
      type: 'object',
      required: ['newFlags', 'weightLossFrom'],
      properties: {
        newFlags: {
          type: 'array',
          description: 'Flags this measurement has that the previous one had not',
          maxItems: MEASUREMENT_FLAGS.length,
          items: { type: 'string', enum: [...MEASUREMENT_FLAGS] },
        },
        weightLossFrom: {
          type: 'number',
          nullable: true,
          description:
            'Heaviest weight (kg) of the 30 days before, when this one is more than 5% below it',
        },
      },
    },
  ],
};
