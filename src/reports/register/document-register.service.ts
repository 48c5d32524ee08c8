import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { staleVersion } from '../../common/errors/problem.exception';
import { Page, paginate } from '../../common/http/pagination';
import { Facility } from '../../facilities/facility.entity';
import type { FacilityActor } from '../../identity/actor';
import { DocumentRegister } from './document-register.entity';
import {
  OutgoingDocumentView,
  RegisterQuery,
  RegisterSettingsView,
  toOutgoingDocumentView,
  toSettingsView,
  UpdateRegisterSettingsDto,
} from './document-register.dto';
import { OutgoingDocument } from './outgoing-document.entity';
import { lockFacility, nextNumber, registerLines } from './document-register.queries';

/** The symbol a facility's reports carry until the admin sets one: "BC-" and the facility's code. */
export const defaultReportSymbol = (facility: Pick<Facility, 'code'>) => `BC-${facility.code}`;

/** The facility's report symbol, in the caller's transaction. */
export async function reportSymbolOf(manager: EntityManager, facility: Facility): Promise<string> {
  const settings = await manager.findOneBy(DocumentRegister, { facilityId: facility.id });
  return settings?.reportSymbol ?? defaultReportSymbol(facility);
}

/**
 * Gives the next number of the facility's register for the year and writes its line, in the
 * caller's transaction (the issue of the document). The counter's upsert locks its row until
 * the transaction ends: a concurrent issue waits and takes the next number.
 */
export async function issueNumber(
  manager: EntityManager,
  facility: Facility,
  entry: {
    issuedOn: string;
    docType: string;
    summary: string;
    signer: string;
    reportId: string | null;
    createdBy: string | null;
  },
): Promise<OutgoingDocument> {
  const year = Number(entry.issuedOn.slice(0, 4));
  const number = await nextNumber(manager, facility.id, year);
  if (!number) throw new Error('the register counter gave no number');
  const symbol = await reportSymbolOf(manager, facility);
  return manager.save(
    manager.create(OutgoingDocument, {
      facilityId: facility.id,
      year,
      number,
      symbol,
      documentNo: `${number}/${symbol}`,
      ...entry,
    }),
  );
}

@Injectable()
export class DocumentRegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: FacilityActor, query: RegisterQuery): Promise<Page<OutgoingDocumentView>> {
    const qb = registerLines(this.dataSource.manager, actor.facilityId);
    if (query.year !== undefined) qb.andWhere('d.year = :y', { y: query.year });
    const page = await paginate(
      qb,
      [
        { sql: 'd.year', value: (d) => d.year },
        { sql: 'd.number', value: (d) => d.number },
      ],
      query,
    );
    return { items: page.items.map(toOutgoingDocumentView), nextCursor: page.nextCursor };
  }

  async settings(actor: FacilityActor): Promise<RegisterSettingsView> {
    const manager = this.dataSource.manager;
    const row = await manager.findOneBy(DocumentRegister, { facilityId: actor.facilityId });
    if (row) return toSettingsView(row);
    const facility = await manager.findOneByOrFail(Facility, { id: actor.facilityId });
    return { reportSymbol: defaultReportSymbol(facility), version: 0 };
  }

  /** The admin sets the symbol; numbers already issued keep theirs. If-Match "0" for the first time. */
  async updateSettings(
    actor: FacilityActor,
    version: number,
    dto: UpdateRegisterSettingsDto,
  ): Promise<RegisterSettingsView> {
    return this.dataSource.transaction(async (manager) => {
      const facility = await lockFacility(manager, actor.facilityId);
      const before = await manager.findOneBy(DocumentRegister, { facilityId: facility.id });
      const current = before?.version ?? 0;
      if (version !== current) throw staleVersion(current);
      const beforeSymbol = before?.reportSymbol ?? defaultReportSymbol(facility);
      const saved = await manager.save(
        before
          ? Object.assign(before, { reportSymbol: dto.reportSymbol })
          : manager.create(DocumentRegister, {
              facilityId: facility.id,
              reportSymbol: dto.reportSymbol,
            }),
      );
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'document_register',
        entityId: facility.id,
        changes: { reportSymbol: { before: beforeSymbol, after: dto.reportSymbol } },
      });
      return toSettingsView(saved);
    });
  }
}
