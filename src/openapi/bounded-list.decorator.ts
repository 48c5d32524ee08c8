import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

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
export const ApiFileResponse = (mediaType: string, description: string) =>
  ApiOkResponse({ description, content: { [mediaType]: {} } });
