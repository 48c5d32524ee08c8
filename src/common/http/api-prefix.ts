/** The prefix of every API route (`/api/v1/…`), outside the probes; app.setup sets it. */
export const API_PREFIX = 'api/v1';
