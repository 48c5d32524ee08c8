import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795381442471 implements MigrationInterface {
  name = 'Foundation1795381442471';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."facility_type" AS ENUM('elderly', 'children', 'disabled', 'mental_health', 'general', 'social_work_centre', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "facility" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "governing_body" character varying(200) NOT NULL, "facility_type" "public"."facility_type" NOT NULL, "province_code" character varying(8) NOT NULL, "province_name" character varying(100) NOT NULL, "address" character varying(300) NOT NULL, "phone" character varying(20), "email" character varying(120), "capacity" integer NOT NULL, "timezone" character varying(64) NOT NULL DEFAULT 'Asia/Ho_Chi_Minh', "report_recipient" character varying(200) NOT NULL, "director_name" character varying(120), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1f0d0a085d82741259b8f88f214" UNIQUE ("code"), CONSTRAINT "PK_07c6c82781d105a680b5c265be6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('admin', 'social_worker', 'nurse', 'caretaker', 'officer')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid, "province_code" character varying(8), "username" character varying(50) NOT NULL, "full_name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "phone" character varying(20), "email" character varying(120), "password_hash" character varying(255) NOT NULL, "active" boolean NOT NULL DEFAULT true, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "CHK_355ba793f3667d17bf54af9817" CHECK (("role" = 'officer') = ("province_code" IS NOT NULL)), CONSTRAINT "CHK_502f27e98062e77d8060616980" CHECK (("role" = 'officer') = ("facility_id" IS NULL)), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4e8d8b26f6793ffa8755dd3c84" ON "app_user"  ("facility_id", "username") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."room_care_level" AS ENUM('standard', 'intensive')`,
    );
    await queryRunner.query(
      `CREATE TABLE "room" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(100) NOT NULL, "building" character varying(100), "area_m2" numeric(7,2) NOT NULL, "beds" integer NOT NULL, "care_level" "public"."room_care_level" NOT NULL DEFAULT 'standard', "note" character varying(500), "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_bb22ca55e9cf5ce3a1d3f29dd4" CHECK ("beds" >= 0 AND "area_m2" > 0), CONSTRAINT "PK_c6d46db005d623e691b2fbcba23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_52c86906b5626533b323ce4ffa" ON "room"  ("facility_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "facility_id" uuid, "action" character varying(20) NOT NULL, "entity" character varying(60) NOT NULL, "entity_id" character varying(64), "changes" jsonb, "request_id" character varying(64), "ip" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ff6400c504f91225201455e432" ON "audit_log"  ("user_id", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_40c0e9a60edcd0f680b0e94b60" ON "audit_log"  ("entity", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3275e7bfd82db6ea2c9f46a9f0" ON "audit_log"  ("facility_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" character varying(128) NOT NULL, "route" character varying(300) NOT NULL, "request_hash" character(64) NOT NULL, "status" integer, "body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_205daf48e7329d2e015ee36bf39" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room" ADD CONSTRAINT "FK_5403a5bfa8aab99e7347c3c343e" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The audit trail is append-only, whatever role the application connects as.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`ALTER TABLE "room" DROP CONSTRAINT "FK_5403a5bfa8aab99e7347c3c343e"`);
    await queryRunner.query(
      `ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP CONSTRAINT "FK_205daf48e7329d2e015ee36bf39"`,
    );
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3275e7bfd82db6ea2c9f46a9f0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_40c0e9a60edcd0f680b0e94b60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff6400c504f91225201455e432"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52c86906b5626533b323ce4ffa"`);
    await queryRunner.query(`DROP TABLE "room"`);
    await queryRunner.query(`DROP TYPE "public"."room_care_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e8d8b26f6793ffa8755dd3c84"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "facility"`);
    await queryRunner.query(`DROP TYPE "public"."facility_type"`);
  }
}
