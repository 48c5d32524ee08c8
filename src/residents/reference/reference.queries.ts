import type { EntityManager } from 'typeorm';
import { EthnicityView, toEthnicityView } from './reference.view';
import { Ethnicity } from '../model/ethnicity.entity';

/** The ethnic groups in code order (reference data: the same for every facility). */
export async function ethnicities(manager: EntityManager): Promise<EthnicityView[]> {
  const rows = await manager.find(Ethnicity, { order: { code: 'ASC' } });
  return rows.map(toEthnicityView);
}
