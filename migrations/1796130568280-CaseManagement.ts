import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseManagement1796130568280 implements MigrationInterface {
  name = 'CaseManagement1796130568280';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "admission_id" uuid NOT NULL, "case_worker_id" uuid, "step" character varying(20) NOT NULL, "protection" boolean NOT NULL DEFAULT false, "opened_on" date NOT NULL, "planning_since" date, "implementation_since" date, "monitoring_since" date, "evaluated_on" date, "evaluation_outcome" character varying(20), "evaluation" character varying(4000), "closed_on" date, "closure_reason" character varying(20), "closure_note" character varying(1000), "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_911fb1b39fb664d0e88843036b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_06373e145fa7cb307436c66ef4" ON "case_file"  ("resident_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c2a0b55a9fe896314c8eaf47cc" ON "case_file"  ("facility_id", "step") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_77536f62f5a8ab60cb69a3d1a2" ON "case_file"  ("admission_id") WHERE "step" <> 'closed'`,
    );
    await queryRunner.query(
      `CREATE TABLE "children_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "held_on" date NOT NULL, "facilitator_id" uuid NOT NULL, "children_present" integer NOT NULL, "staff_present" character varying(200) array NOT NULL DEFAULT '{}', "concerns" jsonb NOT NULL DEFAULT '[]', "notes" character varying(4000), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e55982be46bde4e5a579bd8720" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9b5e92fed3242a4c0be7ef6f9a" ON "children_meeting"  ("facility_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "counselling_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "case_id" uuid NOT NULL, "session_on" date NOT NULL, "type" character varying(12) NOT NULL, "counsellor_id" uuid NOT NULL, "duration_minutes" integer NOT NULL, "topics" character varying(100) array NOT NULL DEFAULT '{}', "summary" character varying(4000) NOT NULL, "follow_up_actions" character varying(2000), "sensitive" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9d869da4460bcd1815329d546f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a46cc12536b0d9a30f19fdbf5c" ON "counselling_session"  ("case_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_74369ca543384a7550d6490c64" ON "counselling_session"  ("resident_id", "session_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_952957c9bb34c7d0874eaffd3d" ON "counselling_session"  ("facility_id", "session_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervention_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "case_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "revision" integer NOT NULL, "previous_plan_id" uuid, "status" character varying(12) NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "review_frequency" character varying(12) NOT NULL, "goals" jsonb NOT NULL, "activities" jsonb NOT NULL DEFAULT '[]', "services" jsonb NOT NULL DEFAULT '[]', "next_review_on" date, "approved_by" uuid, "approved_on" date, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4844d5e899fd3b01ffda1b3e62" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3a36ec31b6d8d43b23da31bcca" ON "intervention_plan"  ("resident_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a0dc6b9d96561d45256461997b" ON "intervention_plan"  ("case_id", "revision") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ea35e95ca631e3fe90f1ad8269" ON "intervention_plan"  ("facility_id", "status", "next_review_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "needs_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "case_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "assessed_on" date NOT NULL, "domains" jsonb NOT NULL, "risk_level" character varying(10) NOT NULL, "strengths" character varying(2000), "participants" jsonb NOT NULL DEFAULT '[]', "summary" character varying(4000), "assessed_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2448efba1f3c1e84aec85cdde74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4ab0ed8a1d741725f6953e2e22" ON "needs_assessment"  ("case_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_59a289960060413eef4836f9fa" ON "needs_assessment"  ("facility_id", "assessed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "case_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "progress" jsonb NOT NULL, "summary" character varying(4000), "revised_plan_id" uuid, "reviewed_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ffc8f8e5fadf93689577d0d7051" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9f6cfccdb3975dbd87d2e363b0" ON "plan_review"  ("plan_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_047f75409ee517f66a91836d97" ON "plan_review"  ("facility_id", "reviewed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "case_id" uuid NOT NULL, "referred_on" date NOT NULL, "kind" character varying(20) NOT NULL, "organisation" character varying(200) NOT NULL, "contact_name" character varying(200), "contact_phone" character varying(20), "reason" character varying(2000) NOT NULL, "shares_personal_data" boolean NOT NULL, "consent" jsonb, "consent_override_reason" character varying(1000), "consent_overridden_by" uuid, "outcome" character varying(12) NOT NULL DEFAULT 'pending', "outcome_on" date, "outcome_note" character varying(2000), "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_82b5226fc8b1e804211f571e90" ON "referral"  ("resident_id", "referred_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_50aa01229e54c6e499db6c30ad" ON "referral"  ("facility_id", "referred_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "FK_06373e145fa7cb307436c66ef46" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "FK_279a1d8fa6377849e0ed98dc6fa" FOREIGN KEY ("admission_id") REFERENCES "admission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "FK_da84875da23312b9bc2f91e69f3" FOREIGN KEY ("case_worker_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "counselling_session" ADD CONSTRAINT "FK_a46cc12536b0d9a30f19fdbf5cf" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_plan" ADD CONSTRAINT "FK_a5c353783ee2cb405c70bb12751" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment" ADD CONSTRAINT "FK_4ab0ed8a1d741725f6953e2e224" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_review" ADD CONSTRAINT "FK_9f6cfccdb3975dbd87d2e363b0e" FOREIGN KEY ("plan_id") REFERENCES "intervention_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "plan_review" DROP CONSTRAINT "FK_9f6cfccdb3975dbd87d2e363b0e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment" DROP CONSTRAINT "FK_4ab0ed8a1d741725f6953e2e224"`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervention_plan" DROP CONSTRAINT "FK_a5c353783ee2cb405c70bb12751"`,
    );
    await queryRunner.query(
      `ALTER TABLE "counselling_session" DROP CONSTRAINT "FK_a46cc12536b0d9a30f19fdbf5cf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" DROP CONSTRAINT "FK_da84875da23312b9bc2f91e69f3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" DROP CONSTRAINT "FK_279a1d8fa6377849e0ed98dc6fa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" DROP CONSTRAINT "FK_06373e145fa7cb307436c66ef46"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_50aa01229e54c6e499db6c30ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82b5226fc8b1e804211f571e90"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_047f75409ee517f66a91836d97"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f6cfccdb3975dbd87d2e363b0"`);
    await queryRunner.query(`DROP TABLE "plan_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59a289960060413eef4836f9fa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ab0ed8a1d741725f6953e2e22"`);
    await queryRunner.query(`DROP TABLE "needs_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea35e95ca631e3fe90f1ad8269"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0dc6b9d96561d45256461997b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a36ec31b6d8d43b23da31bcca"`);
    await queryRunner.query(`DROP TABLE "intervention_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_952957c9bb34c7d0874eaffd3d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74369ca543384a7550d6490c64"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a46cc12536b0d9a30f19fdbf5c"`);
    await queryRunner.query(`DROP TABLE "counselling_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b5e92fed3242a4c0be7ef6f9a"`);
    await queryRunner.query(`DROP TABLE "children_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77536f62f5a8ab60cb69a3d1a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2a0b55a9fe896314c8eaf47cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06373e145fa7cb307436c66ef4"`);
    await queryRunner.query(`DROP TABLE "case_file"`);
  }
}
