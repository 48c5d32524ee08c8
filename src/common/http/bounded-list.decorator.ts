import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import type { HeaderObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CURSOR_MAX_LENGTH } from './pagination';

/** A 200 answer that is a JSON array of `type`, never longer than `maxItems`. */
export const ApiBoundedList = (type: Type<unknown>, maxItems: number, description?: string) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      description,
      schema: { type: 'array', maxItems, items: { $ref: getSchemaPath(type) } },
    }),
  );

/** A 200 answer that is a file of this media type (no JSON schema: bytes). */
export const ApiFileResponse = (
  mediaType: string,
  description: string,
  headers?: Record<string, HeaderObject>,
) => ApiOkResponse({ description, content: { [mediaType]: {} }, headers });

/** PageQuery's `@Max(200)`: a page never holds more. */
const PAGE_MAX_ITEMS = 200;

/** A 200 answer that is one page of `type`: `{ items, nextCursor }` (common/http/pagination.ts). */
export const ApiPage = (type: Type<unknown>, description?: string) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', maxItems: PAGE_MAX_ITEMS, items: { $ref: getSchemaPath(type) } },
          nextCursor: {
            type: 'string',
            nullable: true,
            maxLength: CURSOR_MAX_LENGTH,
            description: 'Send as `cursor` for the next page; null on the last page',
          },
        },
      },
    }),
  );
