import { MigrationInterface, QueryRunner } from 'typeorm';

export class Residents1795382094272 implements MigrationInterface {
  name = 'Residents1795382094272';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "holiday_override" ("date" date NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "source" character varying(300) NOT NULL, CONSTRAINT "PK_47de691144303d54d8ee7cf0315" PRIMARY KEY ("date"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ethnicity" ("code" character(2) NOT NULL, "name" character varying(60) NOT NULL, CONSTRAINT "PK_2f1051edc7a5b6e6052e3b886a6" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."resident_status" AS ENUM('active', 'on_leave', 'discharged', 'deceased', 'transferred')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."admission_type" AS ENUM('regular', 'emergency', 'voluntary')`,
    );
    await queryRunner.query(
      `CREATE TABLE "resident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "full_name" character varying(200) NOT NULL, "preferred_name" character varying(100), "search_name" character varying(200) NOT NULL, "sort_name" character varying(400) NOT NULL, "date_of_birth" date, "birth_year" integer, "birth_date_estimated" boolean NOT NULL DEFAULT false, "sex" character varying(6) NOT NULL, "ethnicity_code" character(2) NOT NULL, "religion" character varying(60), "hometown_province" character varying(100), "hometown_commune" character varying(100), "place_of_origin" character varying(500), "personal_id" character(12), "health_insurance_number" character varying(15), "photo_ref" character varying(300), "guardians" jsonb NOT NULL DEFAULT '[]', "categories" character varying(40) array NOT NULL, "emergency_kind" character varying(30), "disability_kind" character varying(100), "disability_level" character varying(20), "mobility" character varying(20) NOT NULL DEFAULT 'independent', "needs24h_care" boolean NOT NULL DEFAULT false, "care_needs" character varying(2000), "care_instructions" character varying(2000), "room_id" uuid, "bed" character varying(10), "status" "public"."resident_status" NOT NULL DEFAULT 'active', "admission_type" "public"."admission_type" NOT NULL, "admitted_on" date NOT NULL, "current_admission_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_fa67fdac17f26405222a639ba1" CHECK ("date_of_birth" IS NOT NULL OR "birth_year" IS NOT NULL), CONSTRAINT "PK_f1a321823d6f69d0e348535fd37" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_798cff520f9196764023caa34b" ON "resident"  ("room_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0fcb5753a3e3371e4423d1523a" ON "resident"  ("facility_id", "personal_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ba6ebc4cbb312e26feada70661" ON "resident"  ("facility_id", "sort_name", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_37501ec11ed0e7be45db1a48fe" ON "resident"  ("facility_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5cd7b6bec4ac20f3f3dce11b7f" ON "resident"  ("facility_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "admission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "type" "public"."admission_type" NOT NULL, "admitted_on" date NOT NULL, "decision_no" character varying(50), "decision_date" date, "dossier_present" character varying(40) array NOT NULL DEFAULT '{}', "emergency" jsonb, "dossier_due_on" date, "stay_ends_on" date, "voluntary" jsonb, "confirmed_not_duplicate" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e91be345099f3da80fb2cc0d9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f9c7b8a274df1a0a9337920080" ON "admission"  ("resident_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dc79df486ad55b35873ad4d7d8" ON "admission"  ("facility_id", "admitted_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "resident_code_counter" ("facility_id" uuid NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_60e4ebaa75e19b18dd57655f02a" PRIMARY KEY ("facility_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "resident_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "event_date" date NOT NULL, "details" jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a294958fd1b5113077e63f0166b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_92b8641d5a5dda5e68274058dc" ON "resident_event"  ("resident_id", "event_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3e71761874f16e61e9708e5509" ON "resident_event"  ("facility_id", "event_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "resident_sensitive" ("resident_id" uuid NOT NULL, "facility_id" uuid NOT NULL, "hiv_status" character varying(10) NOT NULL DEFAULT 'unknown', "hiv_confirmed_on" date, "abuse_history" character varying(2000), "trafficking_history" character varying(2000), "psychiatric_diagnosis" character varying(1000), "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07404c46f0ae7b81c2d39791ace" PRIMARY KEY ("resident_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident" ADD CONSTRAINT "FK_06e72c8fa74c96bf4e4c6dc2aba" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident" ADD CONSTRAINT "FK_ac1f3a93260c925d3dd391c4bf8" FOREIGN KEY ("ethnicity_code") REFERENCES "ethnicity"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident" ADD CONSTRAINT "FK_798cff520f9196764023caa34b6" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "admission" ADD CONSTRAINT "FK_f9c7b8a274df1a0a93379200802" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident_sensitive" ADD CONSTRAINT "FK_07404c46f0ae7b81c2d39791ace" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Reference data: the 54 ethnic groups (Tổng cục Thống kê, QĐ 121-TCTK/PPCĐ) and foreigners.
    await queryRunner.query(
      `INSERT INTO "ethnicity" ("code", "name") VALUES
        ('01', 'Kinh'),
        ('02', 'Tày'),
        ('03', 'Thái'),
        ('04', 'Hoa'),
        ('05', 'Khơ-me'),
        ('06', 'Mường'),
        ('07', 'Nùng'),
        ('08', 'HMông'),
        ('09', 'Dao'),
        ('10', 'Gia-rai'),
        ('11', 'Ngái'),
        ('12', 'Ê-đê'),
        ('13', 'Ba-na'),
        ('14', 'Xơ-đăng'),
        ('15', 'Sán Chay'),
        ('16', 'Cơ-ho'),
        ('17', 'Chăm'),
        ('18', 'Sán Dìu'),
        ('19', 'Hrê'),
        ('20', 'Mnông'),
        ('21', 'Ra-glai'),
        ('22', 'Xtiêng'),
        ('23', 'Bru-Vân Kiều'),
        ('24', 'Thổ'),
        ('25', 'Giáy'),
        ('26', 'Cơ-tu'),
        ('27', 'Gié-Triêng'),
        ('28', 'Mạ'),
        ('29', 'Khơ-mú'),
        ('30', 'Co'),
        ('31', 'Tà-ôi'),
        ('32', 'Chơ-ro'),
        ('33', 'Kháng'),
        ('34', 'Xinh-mun'),
        ('35', 'Hà Nhì'),
        ('36', 'Chu-ru'),
        ('37', 'Lào'),
        ('38', 'La Chí'),
        ('39', 'La Ha'),
        ('40', 'Phù Lá'),
        ('41', 'La Hủ'),
        ('42', 'Lự'),
        ('43', 'Lô Lô'),
        ('44', 'Chứt'),
        ('45', 'Mảng'),
        ('46', 'Pà Thẻn'),
        ('47', 'Cờ Lao'),
        ('48', 'Cống'),
        ('49', 'Bố Y'),
        ('50', 'Si La'),
        ('51', 'Pu Péo'),
        ('52', 'Brâu'),
        ('53', 'Ơ Đu'),
        ('54', 'Rơ Măm'),
        ('55', 'Người nước ngoài')`,
    );
    // Days that the yearly holiday decisions add to (or swap with) the statutory holidays
    // date-holidays knows; see docs/domain-model.md. Add a year's rows when its decision is out.
    await queryRunner.query(
      `INSERT INTO "holiday_override" ("date", "kind", "name", "source") VALUES
        ('2025-01-27', 'day_off', 'Nghỉ Tết Ất Tỵ (ngày nghỉ thêm)', 'Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2025-01-30', 'day_off', 'Nghỉ Tết Ất Tỵ (mùng 2)', 'Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2025-01-31', 'day_off', 'Nghỉ Tết Ất Tỵ (mùng 3)', 'Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2025-04-26', 'working_day', 'Làm bù cho ngày 02/5/2025', 'Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2025-05-02', 'day_off', 'Nghỉ hoán đổi dịp 30/4–1/5', 'Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2025-09-01', 'day_off', 'Quốc khánh (ngày liền kề)', 'Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2026-02-18', 'day_off', 'Nghỉ Tết Bính Ngọ (mùng 2)', 'Thông báo nghỉ lễ, Tết năm 2026 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2026-02-19', 'day_off', 'Nghỉ Tết Bính Ngọ (mùng 3)', 'Thông báo nghỉ lễ, Tết năm 2026 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)'),
        ('2026-02-20', 'day_off', 'Nghỉ Tết Bính Ngọ (mùng 4)', 'Thông báo nghỉ lễ, Tết năm 2026 của Bộ Nội vụ / Bộ LĐ-TB&XH (đối chiếu date-holidays)')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "resident_sensitive" DROP CONSTRAINT "FK_07404c46f0ae7b81c2d39791ace"`,
    );
    await queryRunner.query(
      `ALTER TABLE "admission" DROP CONSTRAINT "FK_f9c7b8a274df1a0a93379200802"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident" DROP CONSTRAINT "FK_798cff520f9196764023caa34b6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident" DROP CONSTRAINT "FK_ac1f3a93260c925d3dd391c4bf8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident" DROP CONSTRAINT "FK_06e72c8fa74c96bf4e4c6dc2aba"`,
    );
    await queryRunner.query(`DROP TABLE "resident_sensitive"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e71761874f16e61e9708e5509"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92b8641d5a5dda5e68274058dc"`);
    await queryRunner.query(`DROP TABLE "resident_event"`);
    await queryRunner.query(`DROP TABLE "resident_code_counter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc79df486ad55b35873ad4d7d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f9c7b8a274df1a0a9337920080"`);
    await queryRunner.query(`DROP TABLE "admission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cd7b6bec4ac20f3f3dce11b7f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37501ec11ed0e7be45db1a48fe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba6ebc4cbb312e26feada70661"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0fcb5753a3e3371e4423d1523a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_798cff520f9196764023caa34b"`);
    await queryRunner.query(`DROP TABLE "resident"`);
    await queryRunner.query(`DROP TYPE "public"."admission_type"`);
    await queryRunner.query(`DROP TYPE "public"."resident_status"`);
    await queryRunner.query(`DROP TABLE "ethnicity"`);
    await queryRunner.query(`DROP TABLE "holiday_override"`);
  }
}
