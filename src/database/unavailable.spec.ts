import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isDatabaseUnavailable, isOutcomeUnknown } from './unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['connection reset', withCode('ECONNRESET')],
    [
      'admin shutdown (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    [
      'statement timeout (57014)',
      withCode('57014', 'canceling statement due to statement timeout'),
    ],
    ['too many connections', withCode('53300')],
    ['connection failure (08006)', withCode('08006')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['query timeout', new Error('Query read timeout')],
    [
      'wrapped by TypeORM',
      new QueryFailedError('SELECT 1', [], withCode('57P01', 'terminating connection')),
    ],
    ['connection lost mid-transaction', new QueryRunnerAlreadyReleasedError()],
    ['connection lost (manager)', new QueryRunnerProviderAlreadyReleasedError()],
    ['one per address', Object.assign(new AggregateError([withCode('ECONNREFUSED')]), {})],
  ])('%s: yes', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['unique violation', new QueryFailedError('INSERT', [], withCode('23505'))],
    ['syntax error', new QueryFailedError('SELEC', [], withCode('42601'))],
    ['serialization failure', withCode('40001')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s: no', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('isOutcomeUnknown', () => {
  const timeout = new Error('Query read timeout');
  it.each([
    ['COMMIT unanswered', new QueryFailedError('COMMIT', [], timeout), true],
    ['connection lost at COMMIT', new QueryFailedError('COMMIT', [], withCode('ECONNRESET')), true],
    ['a statement unanswered', new QueryFailedError('INSERT INTO x', [], timeout), false],
    ['COMMIT refused for a conflict', new QueryFailedError('COMMIT', [], withCode('40001')), false],
    ['not a query error', timeout, false],
  ])('%s: %s', (_name, err, expected) => {
    expect(isOutcomeUnknown(err)).toBe(expected);
  });
});
