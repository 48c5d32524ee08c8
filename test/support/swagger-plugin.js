// Lets ts-jest apply the @nestjs/swagger CLI plugin with nest-cli.json's options, so the OpenAPI
// document in tests is the same as the one `nest build` produces.
const transformer = require('@nestjs/swagger/plugin');
const nestCli = require('../../nest-cli.json');

const { options } = nestCli.compilerOptions.plugins.find((p) => p.name === '@nestjs/swagger');

module.exports.name = 'nestjs-swagger-transformer';
// ts-jest caches transformed files by this version: a hash of the options, so it changes with them.
module.exports.version = [...JSON.stringify(options)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);
module.exports.factory = (cs) => transformer.before(options, cs.program);
