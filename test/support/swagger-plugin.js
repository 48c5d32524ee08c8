// Lets ts-jest apply the @nestjs/swagger CLI plugin, so the OpenAPI document in tests is the
// same as the one `nest build` produces.
const transformer = require('@nestjs/swagger/plugin');

module.exports.name = 'nestjs-swagger-transformer';
module.exports.version = 1;
module.exports.factory = (cs) =>
  transformer.before(
    {
      dtoFileNameSuffix: ['.dto.ts', '.entity.ts'],
      introspectComments: true,
      classValidatorShim: true,
    },
    cs.program,
  );
