import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** Query keys of this feature: one root per feature, so an invalidation stays inside it. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  facility: () => [...dashboardKeys.all, 'facility'] as const,
};

/** The caller's own facility (GET /facilities/current). */
export const facilityQuery = () =>
  queryOptions({
    queryKey: dashboardKeys.facility(),
    queryFn: () => unwrap(api.GET('/api/v1/facilities/current')),
  });
