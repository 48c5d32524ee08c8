import type { EntityManager } from 'typeorm';
import { addMonths } from '../../calendar/dates';
import { Page, paginate } from '../../common/http/pagination';
import { CHILD_CATEGORIES, CHILD_CATEGORY } from '../model/categories';
import { foldName } from '../model/identifiers';
import { Resident } from '../model/resident.entity';
import { AGE_BANDS, ResidentQuery } from './resident-query.dto';

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The register's reads: a filtered page of it, one resident with its ethnic group and room. */
export const RegisterQueries = {
  /**
   * A page of the facility's register, filtered, sorted by given name as Vietnamese registers
   * are; `today` for the age bands. The caller checked that it may filter by the category.
   */
  page(
    manager: EntityManager,
    facilityId: string,
    query: ResidentQuery,
    today: string,
  ): Promise<Page<Resident>> {
    const qb = manager
      .getRepository(Resident)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.ethnicity', 'e')
      .leftJoinAndSelect('r.room', 'room')
      .where('r.facilityId = :f', { f: facilityId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.category) {
      if (query.category === CHILD_CATEGORY) {
        qb.andWhere('r.categories && ARRAY[:...children]::varchar[]', {
          children: CHILD_CATEGORIES,
        });
      } else {
        qb.andWhere(':category = ANY(r.categories)', { category: query.category });
      }
    }
    if (query.room) qb.andWhere('r.roomId = :room', { room: query.room });
    if (query.ageBand) {
      const [min, max] = AGE_BANDS[query.ageBand];
      // Born after (today − (max+1) years) and on or before (today − min years).
      qb.andWhere(
        `coalesce(r.dateOfBirth, make_date(r.birthYear, 1, 1)) > :bornAfter AND coalesce(r.dateOfBirth, make_date(r.birthYear, 1, 1)) <= :bornBy`,
        { bornAfter: addMonths(today, -12 * (max + 1)), bornBy: addMonths(today, -12 * min) },
      );
    }
    if (query.q && query.q.trim()) {
      const q = `%${escapeLike(foldName(query.q))}%`;
      qb.andWhere(`(r.searchName LIKE :q OR lower(r.code) LIKE :q)`, { q });
    }
    return paginate(
      qb,
      [
        { sql: 'r.sortName', value: (r) => r.sortName },
        { sql: 'r.id', value: (r) => r.id },
      ],
      query,
    );
  },

  /** One resident of the facility with its ethnic group and room, or null. */
  withRefs(manager: EntityManager, facilityId: string, id: string): Promise<Resident | null> {
    return manager
      .getRepository(Resident)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.ethnicity', 'e')
      .leftJoinAndSelect('r.room', 'room')
      .where('r.id = :id AND r.facilityId = :f', { id, f: facilityId })
      .getOne();
  },
};
