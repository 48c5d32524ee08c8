/** Unit tests live beside the code (src/**\/*.spec.ts); e2e tests in test/ talk to a real PostgreSQL. */
const tsJest = [
  'ts-jest',
  {
    astTransformers: { before: ['<rootDir>/test/support/swagger-plugin.js'] },
    diagnostics: { warnOnly: false },
  },
];

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  // A global option (ignored inside a project): e2e hooks start an app and clone a database,
  // which on a busy 2-core machine can take longer than Jest's 5 s default.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
  ],
};
