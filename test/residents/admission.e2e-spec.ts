import { addDays, addMonths } from '../../src/calendar/dates';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import {
  emergencyBody,
  errorOf,
  fieldsOf,
  freshName,
  regularBody,
  residentsApi,
  today,
  tomorrow,
  voluntaryBody,
  yearsAgo,
} from './resident-fixtures';

interface DuplicateBody {
  id: string;
  code: string;
  fullName: string;
  status: string;
  reason: string;
}

describe('POST /residents (admission)', () => {
  let t: TestApp;
  let api: ReturnType<typeof residentsApi>;
  let admin: string;
  let social: string;
  let admin2: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = residentsApi(t);
    admin = await t.token('admin');
    social = await t.token('social');
    admin2 = await t.token('admin2');
  });
  afterAll(() => t.close());

  /** Posts a body that must be refused with 400 and leave the register unchanged. */
  async function refused400(body: Record<string, unknown>) {
    const before = await count(t.dataSource, 'resident');
    const res = await api.admit(admin, body);
    expectProblem(res, 400);
    expect(await count(t.dataSource, 'resident')).toBe(before);
    return res;
  }

  async function auditRows(entity: string, entityId: string) {
    return t.dataSource.query<
      { action: string; changes: Record<string, { before: unknown; after: unknown }> }[]
    >(
      `SELECT action, changes, user_id FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`,
      [entity, entityId],
    );
  }

  describe('regular admission', () => {
    it('admits with a decision, answers the record, and writes event and audit in one go', async () => {
      const before = {
        residents: await count(t.dataSource, 'resident'),
        admissions: await count(t.dataSource, 'admission'),
      };
      const body = regularBody({
        fullName: 'Lò Văn Pảng',
        ethnicityCode: '03',
        dossierPresent: ['declaration_mau07', 'birth_certificate', 'admission_decision'],
      });
      const res = await api.admit(social, body);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        fullName: 'Lò Văn Pảng',
        status: 'active',
        admissionType: 'regular',
        admittedOn: today(),
        age: 10,
        ethnicityCode: '03',
        ethnicityName: 'Thái',
        categories: ['k1_child_orphan'],
        admission: {
          type: 'regular',
          decisionNo: '101/QĐ-TTBTXH',
          decisionDate: today(),
          dossierDueOn: null,
          stayEndsOn: null,
          emergency: null,
          voluntary: null,
          confirmedNotDuplicate: false,
        },
      });
      expect(res.body.code).toBe(`DB-${today().slice(0, 4)}-0001`);
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
      expect(await count(t.dataSource, 'resident')).toBe(before.residents + 1);
      expect(await count(t.dataSource, 'admission')).toBe(before.admissions + 1);
      const events = await t.dataSource.query(
        `SELECT kind, to_char(event_date, 'YYYY-MM-DD') AS d FROM resident_event WHERE resident_id = $1`,
        [res.body.id],
      );
      expect(events).toEqual([{ kind: 'admitted', d: today() }]);
      expect((await auditRows('resident', res.body.id)).map((a) => a.action)).toEqual(['create']);
      expect((await auditRows('admission', res.body.admission.id)).map((a) => a.action)).toEqual([
        'create',
      ]);
      // The sensitive facts' creation is audited without their values, and the answer that
      // carried them back to the social worker is an audited read.
      const sensitive = await auditRows('resident_sensitive', res.body.id);
      expect(sensitive.map((a) => a.action)).toEqual(['create', 'read']);
      expect(JSON.stringify(sensitive)).not.toMatch(/unknown|positive|negative/);
    });

    it('shows the dossier checklist with the missing items', async () => {
      const res = await api.admit(
        admin,
        regularBody({ dossierPresent: ['declaration_mau07', 'commune_request'] }),
      );
      expect(res.status).toBe(201);
      expect(res.body.admission.dossier.present).toEqual(['declaration_mau07', 'commune_request']);
      // An orphan without disability or HIV: those two certificates do not apply.
      expect(res.body.admission.dossier.missing).toEqual([
        'birth_certificate',
        'admission_decision',
      ]);
      const none = await api.admit(admin, regularBody());
      expect(none.body.admission.dossier.present).toEqual([]);
      expect(none.body.admission.dossier.missing).toEqual([
        'declaration_mau07',
        'birth_certificate',
        'commune_request',
        'admission_decision',
      ]);
    });

    it('lists the disability certificate for a disabled person and the HIV confirmation for a child with HIV', async () => {
      const disabled = await api.admit(
        admin,
        regularBody({
          categories: ['k1_disabled_severe'],
          dateOfBirth: yearsAgo(40),
          dossierPresent: ['declaration_mau07', 'birth_certificate', 'commune_request'],
        }),
      );
      expect(disabled.status).toBe(201);
      expect(disabled.body.admission.dossier.missing).toEqual([
        'disability_certificate',
        'admission_decision',
      ]);
      const hiv = await api.admit(
        admin,
        regularBody({
          categories: ['k1_child_hiv'],
          sensitive: { hivStatus: 'positive' },
          dossierPresent: ['declaration_mau07', 'birth_certificate', 'commune_request'],
        }),
      );
      expect(hiv.status).toBe(201);
      expect(hiv.body.admission.dossier.missing).toEqual([
        'hiv_confirmation',
        'admission_decision',
      ]);
    });

    it('numbers residents per admission year', async () => {
      const a = await api.admitted(admin, regularBody({ admittedOn: '2024-03-01' }));
      const b = await api.admitted(admin, regularBody({ admittedOn: '2024-07-15' }));
      expect([a.code, b.code]).toEqual(['DB-2024-0001', 'DB-2024-0002']);
    });

    it('needs the decision number and date', async () => {
      const res = await refused400(regularBody({ decisionNo: undefined, decisionDate: undefined }));
      expect(fieldsOf(res)).toEqual(expect.arrayContaining(['decisionNo', 'decisionDate']));
      const noDate = await refused400(regularBody({ decisionDate: undefined }));
      expect(fieldsOf(noDate)).toEqual(['decisionDate']);
    });

    it('keeps the sensitive facts apart, answering them to the roles that may read them', async () => {
      const res = await api.admit(
        social,
        regularBody({ categories: ['k1_child_hiv'], sensitive: { hivStatus: 'positive' } }),
      );
      expect(res.status).toBe(201);
      expect(res.body.sensitive.hivStatus).toBe('positive');
      const rows = await t.dataSource.query(
        `SELECT hiv_status FROM resident_sensitive WHERE resident_id = $1`,
        [res.body.id],
      );
      expect(rows).toEqual([{ hiv_status: 'positive' }]);
      // The register row itself holds no HIV field.
      const raw = await t.dataSource.query(`SELECT * FROM resident WHERE id = $1`, [res.body.id]);
      expect(Object.keys(raw[0] as object).some((k) => k.includes('hiv'))).toBe(false);
    });
  });

  describe('emergency admission', () => {
    it('lists the intake record as present and the dossier still to complete within the deadline', async () => {
      const res = await api.admit(social, emergencyBody({ dossierPresent: ['birth_certificate'] }));
      expect(res.status).toBe(201);
      expect(res.body.admission.dossier).toEqual({
        present: ['intake_record', 'birth_certificate'],
        missing: ['declaration_mau07', 'commune_request', 'admission_decision'],
      });
    });

    it('sets the dossier deadline 10 working days out, across Tết 2026, and the 3-month stay', async () => {
      // 10/2/2026 (Tue): 11, 12, 13 Feb; 16–20 Feb is Tết (16–17 statutory, 18–20 the override
      // rows of the migration); 23–27 Feb; 2, 3 Mar.
      const res = await api.admit(social, emergencyBody());
      expect(res.status).toBe(201);
      expect(res.body.admission).toMatchObject({
        type: 'emergency',
        dossierDueOn: '2026-03-03',
        stayEndsOn: '2026-05-10',
        decisionNo: null,
        emergency: {
          foundAt: 'Cổng chợ Phố Hiến',
          foundOn: '2026-02-10',
          foundBy: 'Công an phường Phố Hiến',
          intakeRecordNo: 'BB-2026-018',
          injuries: null,
        },
      });
      expect(res.body.emergencyKind).toBe('vagrant');
    });

    it('skips weekends only, outside holidays; the stay ends on the last day of a short month', async () => {
      // Sunday 30/11/2025: 1–5 Dec and 8–12 Dec.
      const res = await api.admit(
        admin,
        emergencyBody({
          admittedOn: '2025-11-30',
          emergency: { foundAt: 'Bến xe Hưng Yên', foundOn: '2025-11-30', foundBy: 'Công an' },
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.admission.dossierDueOn).toBe('2025-12-12');
      expect(res.body.admission.stayEndsOn).toBe('2026-02-28');
    });

    it('a back-dated intake says which deadlines have already passed, in both languages', async () => {
      const admittedOn = addMonths(today(), -4);
      const late = await api.admit(
        social,
        emergencyBody({
          admittedOn,
          emergency: { foundAt: 'Bến xe Phố Hiến', foundOn: admittedOn, foundBy: 'Công an phường' },
        }),
      );
      expect(late.status).toBe(201);
      const { dossierDueOn, stayEndsOn, passedDeadlines } = late.body.admission as {
        dossierDueOn: string;
        stayEndsOn: string;
        passedDeadlines: { deadline: string; dueOn: string; message: string; messageEn: string }[];
      };
      const vn = (d: string) => d.split('-').reverse().join('/');
      expect(passedDeadlines).toEqual([
        {
          deadline: 'dossier',
          dueOn: dossierDueOn,
          message: `Hạn hoàn thiện hồ sơ (10 ngày làm việc từ ngày tiếp nhận ${vn(admittedOn)}) đã qua ngày ${vn(dossierDueOn)}; hồ sơ còn thiếu giấy tờ`,
          messageEn: `The dossier was due on ${dossierDueOn} (10 working days from the admission on ${admittedOn}) and is still incomplete`,
        },
        {
          deadline: 'stay',
          dueOn: stayEndsOn,
          message: `Thời hạn bảo vệ khẩn cấp (tối đa 3 tháng) đã hết ngày ${vn(stayEndsOn)}: cần quyết định tiếp theo cho đối tượng`,
          messageEn: `The emergency protection (at most 3 months) ended on ${stayEndsOn}: a decision on the person is due`,
        },
      ]);
      const now = await api.admit(
        social,
        emergencyBody({
          admittedOn: today(),
          emergency: { foundAt: 'Bến xe Phố Hiến', foundOn: today(), foundBy: 'Công an phường' },
        }),
      );
      expect(now.body.admission.passedDeadlines).toEqual([]);
    });

    it('an emergency intake of someone outside khoản 2 has a dossier deadline but no stay limit', async () => {
      const res = await api.admit(
        admin,
        emergencyBody({
          categories: ['k1_child_abandoned'],
          emergencyKind: undefined,
          dateOfBirth: '2026-01-20',
          birthDateEstimated: true,
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.admission.dossierDueOn).toBe('2026-03-03');
      expect(res.body.admission.stayEndsOn).toBeNull();
    });

    it('needs the intake record, and k2_emergency needs its kind', async () => {
      const noIntake = await refused400(emergencyBody({ emergency: undefined }));
      expect(errorOf(noIntake, 'emergency')?.code).toBe('isDefined');
      const noKind = await refused400(emergencyBody({ emergencyKind: undefined }));
      expect(errorOf(noKind, 'emergencyKind')?.code).toBe('isDefined');
      const badIntake = await refused400(
        emergencyBody({ emergency: { foundAt: '', foundOn: '2026-02-31', foundBy: 'Công an' } }),
      );
      expect(fieldsOf(badIntake)).toEqual(
        expect.arrayContaining(['emergency.foundAt', 'emergency.foundOn']),
      );
    });
  });

  describe('voluntary admission', () => {
    it("lists the contract's dossier (Mẫu 08 and an identity document), not the regular one", async () => {
      const res = await api.admit(admin, voluntaryBody());
      expect(res.status).toBe(201);
      expect(res.body.admission.dossier).toEqual({
        present: ['care_contract_mau08'],
        missing: ['identity_document'],
      });
      const complete = await api.admit(
        admin,
        voluntaryBody({ dossierPresent: ['identity_document'] }),
      );
      expect(complete.body.admission.dossier).toEqual({
        present: ['care_contract_mau08', 'identity_document'],
        missing: [],
      });
    });

    it('admits under a contract, with no emergency deadlines', async () => {
      const res = await api.admit(admin, voluntaryBody());
      expect(res.status).toBe(201);
      expect(res.body.admission).toMatchObject({
        type: 'voluntary',
        dossierDueOn: null,
        stayEndsOn: null,
        voluntary: {
          contractNo: 'HĐ-08/2026-017',
          startsOn: today(),
          endsOn: null,
          payer: 'Con trai: Nguyễn Văn Hùng',
          monthlyFee: 4500000,
        },
      });
    });

    it('needs the contract and the k5_voluntary category', async () => {
      const noContract = await refused400(voluntaryBody({ voluntary: undefined }));
      expect(errorOf(noContract, 'voluntary')?.code).toBe('isDefined');
      const noK5 = await refused400(voluntaryBody({ categories: ['k1_elderly_alone'] }));
      expect(errorOf(noK5, 'categories')?.code).toBe('voluntaryCategory');
      const backwards = await refused400(
        voluntaryBody({
          voluntary: {
            contractNo: 'HĐ-1',
            startsOn: today(),
            endsOn: addDays(today(), -1),
            payer: 'Bản thân',
          },
        }),
      );
      expect(errorOf(backwards, 'voluntary.endsOn')?.code).toBe('beforeStart');
    });
  });

  describe('bad input', () => {
    it('refuses a CCCD that is not 12 digits', async () => {
      const res = await refused400(regularBody({ personalId: '03319012345' }));
      expect(fieldsOf(res)).toEqual(['personalId']);
    });

    it('refuses a CCCD whose 4th digit contradicts the sex', async () => {
      // 033190…: a woman born 1990, given to a man born 1990.
      const res = await refused400(
        regularBody({ sex: 'male', dateOfBirth: '1990-04-02', personalId: '033190123456' }),
      );
      expect(errorOf(res, 'personalId')?.code).toBe('invalidCccd');
    });

    it('refuses a CCCD whose digits contradict the birth year or century', async () => {
      const year = await refused400(
        regularBody({ sex: 'female', dateOfBirth: '1991-04-02', personalId: '033190123456' }),
      );
      expect(errorOf(year, 'personalId')?.code).toBe('invalidCccd');
      const century = await refused400(
        regularBody({
          sex: 'male',
          birthYear: 2005,
          dateOfBirth: undefined,
          personalId: '033005123456',
        }),
      );
      expect(errorOf(century, 'personalId')?.code).toBe('invalidCccd');
    });

    it('accepts a CCCD that agrees with sex and birth year', async () => {
      const woman = await api.admit(
        admin,
        regularBody({
          sex: 'female',
          dateOfBirth: '1990-04-02',
          personalId: '033190123456',
          categories: ['k1_disabled_severe'],
        }),
      );
      expect(woman.status).toBe(201);
      expect(woman.body.personalId).toBe('033190123456');
      const man = await api.admit(
        admin,
        regularBody({ sex: 'male', dateOfBirth: '2005-08-09', personalId: '033205123456' }),
      );
      expect(man.status).toBe(201);
    });

    it('accepts both health-insurance number forms and refuses others', async () => {
      const short = await refused400(regularBody({ healthInsuranceNumber: 'DN401012345678' }));
      expect(fieldsOf(short)).toEqual(['healthInsuranceNumber']);
      const letters = await refused400(regularBody({ healthInsuranceNumber: '01234A6789' }));
      expect(fieldsOf(letters)).toEqual(['healthInsuranceNumber']);
      for (const healthInsuranceNumber of ['0123456789', 'TE1792021234567']) {
        const res = await api.admit(admin, regularBody({ healthInsuranceNumber }));
        expect(res.status).toBe(201);
        expect(res.body.healthInsuranceNumber).toBe(healthInsuranceNumber);
      }
    });

    it('refuses a birth date in the future', async () => {
      const res = await refused400(regularBody({ dateOfBirth: tomorrow(), admittedOn: today() }));
      expect(errorOf(res, 'dateOfBirth')?.code).toBe('futureDate');
    });

    it('refuses an admission date before the birth, or in the future', async () => {
      const born = yearsAgo(3);
      const before = await refused400(
        regularBody({ dateOfBirth: born, admittedOn: addDays(born, -1) }),
      );
      expect(errorOf(before, 'admittedOn')?.code).toBe('beforeBirth');
      const future = await refused400(regularBody({ admittedOn: tomorrow() }));
      expect(errorOf(future, 'admittedOn')?.code).toBe('futureDate');
    });

    it('refuses an unknown category', async () => {
      const res = await refused400(regularBody({ categories: ['k1_child_orphan', 'k9_other'] }));
      expect(fieldsOf(res)).toEqual(['categories']);
      const none = await refused400(regularBody({ categories: [] }));
      expect(fieldsOf(none)).toEqual(['categories']);
    });

    it('refuses an unknown ethnicity code', async () => {
      const unknown = await refused400(regularBody({ ethnicityCode: '56' }));
      expect(errorOf(unknown, 'ethnicityCode')?.code).toBe('unknownCode');
      const name = await refused400(regularBody({ ethnicityCode: 'Kinh' }));
      expect(fieldsOf(name)).toEqual(['ethnicityCode']);
      const foreign = await api.admit(admin, regularBody({ ethnicityCode: '55' }));
      expect(foreign.status).toBe(201);
      expect(foreign.body.ethnicityName).toBe('Người nước ngoài');
    });

    it('refuses an empty or blank name, and one over 200 characters', async () => {
      expect(fieldsOf(await refused400(regularBody({ fullName: '' })))).toEqual(['fullName']);
      expect(fieldsOf(await refused400(regularBody({ fullName: '   ' })))).toEqual(['fullName']);
      const long = await refused400(regularBody({ fullName: `Nguyễn ${'a'.repeat(194)}` }));
      expect(errorOf(long, 'fullName')?.code).toBe('maxLength');
      const exactly200 = `Nguyễn ${'b'.repeat(193)}`;
      expect(exactly200).toHaveLength(200);
      const ok = await api.admit(admin, regularBody({ fullName: exactly200 }));
      expect(ok.status).toBe(201);
    });

    it('refuses unknown fields', async () => {
      const res = await refused400(regularBody({ status: 'discharged' }));
      expect(errorOf(res, 'status')?.code).toBe('unknownField');
    });

    it('refuses a room of another facility', async () => {
      const roomB = await api.room(admin2, 'A101');
      const roomA = await api.room(admin, 'A101');
      expect(roomB.id).not.toBe(roomA.id);
      const res = await refused400(regularBody({ roomId: roomB.id }));
      expect(errorOf(res, 'roomId')?.code).toBe('unknownReference');
      expect((await api.room(admin2, 'A101')).occupied).toBe(0);
    });
  });

  describe('rooms and capacity', () => {
    it('fills a room to its beds and refuses the next resident with 409', async () => {
      const d101 = await api.room(admin, 'D101');
      expect(d101).toMatchObject({ beds: 3, occupied: 0, freeBeds: 3 });
      for (const bed of ['1', '2', '3']) {
        await api.admitted(admin, regularBody({ roomId: d101.id, bed }));
      }
      expect(await api.room(admin, 'D101')).toMatchObject({ occupied: 3, freeBeds: 0 });
      const before = await count(t.dataSource, 'resident');
      const res = await api.admit(admin, regularBody({ roomId: d101.id }));
      expectProblem(res, 409);
      expect(await count(t.dataSource, 'resident')).toBe(before);
      expect((await api.room(admin, 'D101')).occupied).toBe(3);
    });

    it('refuses a bed that is taken', async () => {
      const a201 = await api.room(admin, 'A201');
      await api.admitted(admin, regularBody({ roomId: a201.id, bed: '7' }));
      expectProblem(await api.admit(admin, regularBody({ roomId: a201.id, bed: '7' })), 409);
      expect((await api.admit(admin, regularBody({ roomId: a201.id, bed: '8' }))).status).toBe(201);
    });

    it('refuses a resident who would take the room below 6 m² each, 8 m² with 24-hour care', async () => {
      const created = await t
        .http()
        .post('/api/v1/facilities/current/rooms')
        .set('Authorization', `Bearer ${admin}`)
        .send({ code: 'T14', name: 'Phòng nhỏ', areaM2: 14, beds: 3 });
      expect(created.status).toBe(201);
      const roomId = created.body.id as string;
      // 8 m² for the first (24-hour care); a second 24-hour resident would need 16 > 14.
      await api.admitted(admin, regularBody({ roomId, needs24hCare: true }));
      expectProblem(await api.admit(admin, regularBody({ roomId, needs24hCare: true })), 409);
      // 8 + 6 = 14: exactly enough.
      await api.admitted(admin, regularBody({ roomId, needs24hCare: false }));
      // A free bed is left, but 14 + 6 > 14.
      const room = await api.room(admin, 'T14');
      expect(room).toMatchObject({ beds: 3, occupied: 2, freeBeds: 1 });
      const before = await count(t.dataSource, 'resident');
      expectProblem(await api.admit(admin, regularBody({ roomId })), 409);
      expect(await count(t.dataSource, 'resident')).toBe(before);
    });

    it('refuses a room that is out of use', async () => {
      const created = await t
        .http()
        .post('/api/v1/facilities/current/rooms')
        .set('Authorization', `Bearer ${admin}`)
        .send({ code: 'T-OFF', name: 'Phòng sửa chữa', areaM2: 30, beds: 4 });
      expect(created.status).toBe(201);
      const closed = await t
        .http()
        .patch(`/api/v1/rooms/${created.body.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({ active: false });
      expect(closed.status).toBe(200);
      const before = await count(t.dataSource, 'resident');
      expectProblem(await api.admit(admin, regularBody({ roomId: created.body.id })), 409);
      expect(await count(t.dataSource, 'resident')).toBe(before);
    });

    it('refuses with 409 when the facility is full, counting only present residents', async () => {
      const present = async () =>
        Number(
          (
            await t.dataSource.query<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM resident WHERE facility_id = $1 AND status IN ('active', 'on_leave')`,
              [t.facilityA.id],
            )
          )[0]?.n,
        );
      const onLeave = await api.admitted(admin, regularBody());
      const leaving = await api.admitted(admin, regularBody());
      const n = await present();
      await t.dataSource.query(`UPDATE facility SET capacity = $2 WHERE id = $1`, [
        t.facilityA.id,
        n,
      ]);
      try {
        // On leave still holds a place.
        const leave = await api.changeStatus(admin, onLeave.id, {
          to: 'on_leave',
          effectiveDate: today(),
        });
        expect(leave.status).toBe(200);
        const before = await count(t.dataSource, 'resident');
        const full = await api.admit(admin, regularBody());
        expectProblem(full, 409);
        expect(full.body.detail).toMatch(new RegExp(`${n}`));
        expect(await count(t.dataSource, 'resident')).toBe(before);
        // A transfer frees a place.
        const transfer = await api.changeStatus(admin, leaving.id, {
          to: 'transferred',
          effectiveDate: today(),
          destination: 'Trung tâm Công tác xã hội tỉnh Thái Bình',
        });
        expect(transfer.status).toBe(200);
        expect((await api.admit(admin, regularBody())).status).toBe(201);
        expectProblem(await api.admit(admin, regularBody()), 409);
      } finally {
        await t.dataSource.query(`UPDATE facility SET capacity = 80 WHERE id = $1`, [
          t.facilityA.id,
        ]);
      }
    });
  });

  describe('duplicates', () => {
    it('refuses the same folded name with a close birth, listing the candidate', async () => {
      const first = await api.admitted(
        admin,
        regularBody({ fullName: 'Nguyễn Văn An', dateOfBirth: '2014-03-12' }),
      );
      const before = await count(t.dataSource, 'resident');
      const res = await api.admit(
        admin,
        regularBody({ fullName: 'NGUYEN  van an', dateOfBirth: '2014-09-01' }),
      );
      expectProblem(res, 409);
      expect(res.body.duplicates).toEqual([
        expect.objectContaining({
          id: first.id,
          code: first.code,
          fullName: 'Nguyễn Văn An',
          status: 'active',
          reason: 'name_and_birth',
        }),
      ]);
      expect(await count(t.dataSource, 'resident')).toBe(before);
    });

    it('the same name with a birth two years apart is another person', async () => {
      await api.admitted(
        admin,
        regularBody({ fullName: 'Trịnh Thị Bưởi', dateOfBirth: '2012-01-10' }),
      );
      const res = await api.admit(
        admin,
        regularBody({ fullName: 'Trịnh Thị Bưởi', dateOfBirth: '2014-01-11', sex: 'female' }),
      );
      expect(res.status).toBe(201);
      expect(res.body.admission.confirmedNotDuplicate).toBe(false);
    });

    it('an estimated birth widens the window to two years', async () => {
      await api.admitted(admin, regularBody({ fullName: 'Vàng A Sử', dateOfBirth: '2010-06-01' }));
      const res = await api.admit(
        admin,
        regularBody({
          fullName: 'Vang A Su',
          birthYear: 2012,
          dateOfBirth: undefined,
          birthDateEstimated: true,
        }),
      );
      expectProblem(res, 409);
      expect((res.body.duplicates as DuplicateBody[]).map((d) => d.fullName)).toEqual([
        'Vàng A Sử',
      ]);
    });

    it('refuses the same CCCD under another name', async () => {
      const first = await api.admitted(
        admin,
        regularBody({ sex: 'male', dateOfBirth: '2005-02-02', personalId: '033205000777' }),
      );
      const res = await api.admit(
        admin,
        regularBody({
          fullName: 'Tên Khác Hẳn',
          sex: 'male',
          dateOfBirth: '2005-11-30',
          personalId: '033205000777',
        }),
      );
      expectProblem(res, 409);
      expect(res.body.duplicates).toEqual([
        expect.objectContaining({ id: first.id, reason: 'personal_id' }),
      ]);
    });

    it('finds transferred and discharged people too', async () => {
      const transferred = await api.admitted(
        admin,
        regularBody({ fullName: 'Đặng Thị Ánh', sex: 'female', dateOfBirth: '2011-05-05' }),
      );
      const moved = await api.changeStatus(admin, transferred.id, {
        to: 'transferred',
        effectiveDate: today(),
        destination: 'Làng trẻ SOS Hải Phòng',
      });
      expect(moved.status).toBe(200);
      const discharged = await api.admitted(
        admin,
        regularBody({ fullName: 'Mạc Văn Đông', dateOfBirth: '2009-01-01' }),
      );
      await t.dataSource.query(`UPDATE resident SET status = 'discharged' WHERE id = $1`, [
        discharged.id,
      ]);

      const again = await api.admit(
        admin,
        regularBody({ fullName: 'Dang Thi Anh', sex: 'female', dateOfBirth: '2011-05-05' }),
      );
      expectProblem(again, 409);
      expect(again.body.duplicates).toEqual([
        expect.objectContaining({ id: transferred.id, status: 'transferred' }),
      ]);
      const back = await api.admit(
        admin,
        regularBody({ fullName: 'mạc văn đông', dateOfBirth: '2009-03-01' }),
      );
      expectProblem(back, 409);
      expect(back.body.duplicates).toEqual([
        expect.objectContaining({ id: discharged.id, status: 'discharged' }),
      ]);
    });

    it('admits after confirmNotDuplicate: true, and the admission audit records the override', async () => {
      const first = await api.admitted(
        admin,
        regularBody({ fullName: 'Bùi Văn Tú', dateOfBirth: '2015-07-07' }),
      );
      const res = await api.admit(
        social,
        regularBody({
          fullName: 'Bui Van Tu',
          dateOfBirth: '2015-08-08',
          confirmNotDuplicate: true,
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.id).not.toBe(first.id);
      expect(res.body.admission.confirmedNotDuplicate).toBe(true);
      const audit = await auditRows('admission', res.body.admission.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.changes.duplicatesOverridden).toEqual({ before: null, after: [first.code] });
      // Without candidates the flag is stored, but nothing was overridden.
      const alone = await api.admit(admin, regularBody({ confirmNotDuplicate: true }));
      const aloneAudit = await auditRows('admission', alone.body.admission.id);
      expect(aloneAudit[0]?.changes.duplicatesOverridden).toBeUndefined();
    });

    it("another facility's register is not searched", async () => {
      const inB = await api.admitted(
        admin2,
        regularBody({ fullName: 'Phan Thị Cúc', sex: 'female', dateOfBirth: '2013-02-02' }),
      );
      expect(inB.code).toMatch(/^DB-\d{4}-\d{4}$/);
      const inA = await api.admit(
        admin,
        regularBody({ fullName: 'Phan Thị Cúc', sex: 'female', dateOfBirth: '2013-02-02' }),
      );
      expect(inA.status).toBe(201);
    });

    it('check-duplicates and GET /:id/duplicates list the same candidates', async () => {
      const a = await api.admitted(
        admin,
        regularBody({ fullName: 'Hứa Văn Lộc', dateOfBirth: '2016-01-01' }),
      );
      const b = await api.admitted(
        admin,
        regularBody({
          fullName: 'Hua Van Loc',
          dateOfBirth: '2016-02-01',
          confirmNotDuplicate: true,
        }),
      );
      const check = await t
        .http()
        .post('/api/v1/residents/check-duplicates')
        .set('Authorization', `Bearer ${social}`)
        .send({ fullName: 'hứa văn lộc', dateOfBirth: '2016-01-15' });
      expect(check.status).toBe(200);
      expect((check.body as DuplicateBody[]).map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
      const ofA = await t
        .http()
        .get(`/api/v1/residents/${a.id}/duplicates`)
        .set('Authorization', `Bearer ${admin}`);
      expect(ofA.status).toBe(200);
      expect((ofA.body as DuplicateBody[]).map((d) => d.id)).toEqual([b.id]);
    });
  });

  describe('who may admit', () => {
    it.each(['nurse', 'carer', 'officer'] as const)('%s → 403, nothing admitted', async (user) => {
      const before = await count(t.dataSource, 'resident');
      const res = await api.admit(await t.token(user), regularBody());
      expectProblem(res, 403);
      expect(await count(t.dataSource, 'resident')).toBe(before);
    });

    it('no token → 401', async () => {
      expectProblem(await t.http().post('/api/v1/residents').send(regularBody()), 401);
    });
  });

  it('a retry with the same Idempotency-Key admits once', async () => {
    const body = regularBody({ fullName: freshName('Tạ') });
    const send = () =>
      t
        .http()
        .post('/api/v1/residents')
        .set('Authorization', `Bearer ${admin}`)
        .set('Idempotency-Key', 'adm-retry-0001')
        .send(body);
    const first = await send();
    expect(first.status).toBe(201);
    const before = await count(t.dataSource, 'resident');
    const second = await send();
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(await count(t.dataSource, 'resident')).toBe(before);
  });
});
