/**
 * Generated from the service's OpenAPI document by web/scripts/generate-api.mjs.
 * Do not edit: change the controllers and DTOs, then run `npm run api:generate -w web`.
 */

export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail of the own facility, newest first */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts of the kinds the caller’s role handles (default: open), newest first */
        get: operations["AlertsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge with a note (who and when are recorded) */
        post: operations["AlertsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in; repeated failures from one address slow that address down
         * @description After 5 failed logins of one username from one client address, that pair is answered 429 with Retry-After for 1 minute, doubling with each further failure up to 15 minutes. No account is ever locked: the right password from another address still works. Unknown usernames are answered and throttled exactly like known ones.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair; the old one is spent
         * @description The token comes from the JSON body (API clients) or, when the body has none, from the `maiam_refresh` cookie set by login (the staff web app). The cookie form needs the header `X-Requested-With: mai-am-web` (CSRF defence) and answers with the next cookie as well. Refreshes have their own per-address budget (REFRESH_RATE_LIMIT, 300 a minute by default), apart from the login's.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the refresh tokens of this login (or of every login) */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user: name, role, facility */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The own facility profile and settings */
        get: operations["FacilitiesController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the facility profile (admin) */
        patch: operations["FacilitiesController_update"];
        trace?: never;
    };
    "/api/v1/facilities/current/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rooms with area, beds and the TT 33/2017 area check */
        get: operations["FacilitiesController_rooms"];
        put?: never;
        /** Add a room: code, name, building, care level */
        post: operations["FacilitiesController_createRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a room's code or care level */
        patch: operations["FacilitiesController_updateRoom"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff accounts of the own facility */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a staff account (password checked for strength) */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One staff account */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff account: role, password, phone, active */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/facilities/current/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year’s days off as the working-day deadlines count them: the law’s holidays, substitute days and the recorded decision */
        get: operations["CalendarController_year"];
        put?: never;
        /** Record (or replace) the year’s holiday decision: days added off, weekend days worked, the 2/9 companion day */
        post: operations["CalendarController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/import/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template with the column layout and an example row */
        get: operations["ImportController_templateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/import/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CSV template for the bulk import */
        get: operations["ImportController_templateCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register (sổ theo dõi đối tượng); q ignores diacritics and case */
        get: operations["ResidentsController_list"];
        put?: never;
        /** Admit a resident: regular (dossier), emergency (intake, deadlines) or voluntary (contract) */
        post: operations["AdmissionsController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resident; `sensitive` only for admin, nurse, social_worker (and the read is audited) */
        get: operations["ResidentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct or complete the record; `sensitive` needs admin, nurse or social_worker */
        patch: operations["ResidentsController_update"];
        trace?: never;
    };
    "/api/v1/residents/check-duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Likely duplicates in the whole register, discharged people included */
        post: operations["DuplicatesController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplicates of this resident, discharged people included */
        get: operations["DuplicatesController_ofResident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Complete the current admission's papers: the decision (number, date) of an emergency intake, documents that arrived; closes the dossier alert once the decision is on record */
        patch: operations["AdmissionPapersController_update"];
        trace?: never;
    };
    "/api/v1/residents/{id}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave, return from leave, transfer out (discharge has its own route) */
        post: operations["StatusChangesController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/ethnicities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 54 ethnic groups (01 Kinh … 54 Rơ Măm) and 55 foreign */
        get: operations["ReferenceController_ethnicities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/resident-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Legal categories (ND 20/2021 Điều 24), emergency kinds and dossier items */
        get: operations["ReferenceController_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/health-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's health schedules (periodic exams and follow-ups) */
        get: operations["HealthSchedulesController_list"];
        put?: never;
        /** Plan a periodic exam or follow-up for a resident */
        post: operations["HealthSchedulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health-schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a health schedule */
        patch: operations["HealthSchedulesController_update"];
        trace?: never;
    };
    "/api/v1/residents/{id}/health-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's health checks */
        get: operations["HealthChecksController_list"];
        put?: never;
        /** Record an exam; the matching schedule advances in the same transaction */
        post: operations["HealthChecksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health-checks/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an exam record by an amendment; the original stays unchanged */
        post: operations["HealthChecksController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/vaccinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's vaccinations */
        get: operations["VaccinationsController_list"];
        put?: never;
        /** Record a dose; closes the planned dose. Duplicate or out-of-order: 409 */
        post: operations["VaccinationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health-worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue / due / upcoming health tasks, most overdue first */
        get: operations["HealthRecordsController_worklistOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daily-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round: every active resident (of a room) with the day’s records, gaps and diet */
        get: operations["RoundController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daily-records/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a whole round in one transaction: every row or none */
        post: operations["RoundController_save"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/daily-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's daily records, one per date and shift */
        get: operations["DailyRecordsController_list"];
        put?: never;
        /** One record per resident, date and shift; a second one is a 409 */
        post: operations["DailyRecordsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/daily-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a record: its author on its day, else a nurse or an admin; the original is kept */
        patch: operations["DailyRecordsController_update"];
        trace?: never;
    };
    "/api/v1/daily-records/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Earlier states of a corrected daily record */
        get: operations["DailyRecordsController_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's incidents */
        get: operations["IncidentsController_list"];
        put?: never;
        /** Record an incident; a serious one alerts the admin at once */
        post: operations["IncidentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meals-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meals served and refused in a month; residents refusing many meals */
        get: operations["MealsSummaryController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/nutrition-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nutrition plan in force for a resident */
        get: operations["NutritionPlansController_current"];
        /** Write the next version of the plan; the old one stays in history */
        put: operations["NutritionPlansController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/nutrition-plan/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a resident's nutrition plan */
        get: operations["NutritionPlansController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's measurements with BMI or growth z-scores and flags */
        get: operations["MeasurementsController_list"];
        put?: never;
        /** Record a measurement: BMI for an adult, WHO z-scores and flags for a child */
        post: operations["MeasurementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/current/base-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Social-assistance base levels: national and the province’s own, with effective dates */
        get: operations["MoneyController_list"];
        put?: never;
        /** Record a higher base level set by the province, from a date */
        post: operations["MoneyController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/discharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's discharges, newest first (their ids lead to the follow-ups) */
        get: operations["DischargeController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discharges/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up visits after a discharge */
        get: operations["FollowUpsController_list"];
        put?: never;
        /** Record or plan a follow-up visit after a discharge */
        post: operations["FollowUpsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a follow-up visit */
        patch: operations["FollowUpsController_update"];
        trace?: never;
    };
    "/api/v1/residents/{id}/reintegration-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's reintegration steps */
        get: operations["ReintegrationController_list"];
        put?: never;
        /** Add a reintegration step */
        post: operations["ReintegrationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reintegration-steps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a reintegration step */
        patch: operations["ReintegrationController_update"];
        trace?: never;
    };
    "/api/v1/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admissions, discharges by ground, deaths, transfers and census of a month, from the stay history */
        get: operations["MovementsController_ofMonth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident’s enrolments, newest school year first, with their results */
        get: operations["EnrollmentsController_list"];
        put?: never;
        /** Enrol a resident for a school year (level, grade checked against the level, school, dates); level not_enrolled with notEnrolledReason records a year at no school */
        post: operations["EnrollmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One school enrolment */
        get: operations["EnrollmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct an enrolment or change its status (dropped_out, transferred need endDate); voidReason voids it */
        patch: operations["EnrollmentsController_update"];
        trace?: never;
    };
    "/api/v1/enrollments/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a term result (HK1, HK2, year) on the scale of the level: primary `rating` (TT 27/2020), secondary `learningRating` + `conductRating` (TT 22/2021). The whole-year result answers `promotion` (promoted | repeat | re_exam). Labels: GET /reference/schooling */
        post: operations["ResultsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a term result (e.g. after a re-examination); the promotion is recomputed */
        patch: operations["ResultsController_update"];
        trace?: never;
    };
    "/api/v1/residents/{id}/vocational-trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident’s vocational courses (học nghề), newest first */
        get: operations["VocationalTrainingsController_list"];
        put?: never;
        /** Start (or record) a vocational course: course, institution, trade, dates */
        post: operations["VocationalTrainingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vocational-trainings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Progress, certificate obtained, job placement after the course */
        patch: operations["VocationalTrainingsController_update"];
        trace?: never;
    };
    "/api/v1/schooling/rollover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a school year: promoted students are enrolled in the next grade of the next year (next level after grades 5 and 9); the others are listed with the decision they need */
        post: operations["RolloverController_rollover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schooling/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facility figures of a school year: students by level and status, dropouts, ratings per term, promotion rate, vocational */
        get: operations["SchoolingFiguresController_forYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/schooling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Levels and grades, enrolment statuses, terms, the official rating scales with Vietnamese labels and sources */
        get: operations["SchoolingReferenceController_reference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/prescriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's prescriptions, current first; stopped ones stay listed */
        get: operations["PrescriptionsController_list"];
        put?: never;
        /** Prescribe: scheduled times, or as needed with a reason and a 24-hour maximum */
        post: operations["PrescriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prescriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One prescription */
        get: operations["PrescriptionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a prescription; the earlier version is kept as a revision */
        patch: operations["PrescriptionsController_update"];
        trace?: never;
    };
    "/api/v1/prescriptions/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a prescription with a reason (it is never deleted) */
        post: operations["PrescriptionsController_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prescriptions/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Earlier versions of a prescription, newest first */
        get: operations["PrescriptionsController_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medication-round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The doses due for a room and a time (what to give and when), with what was recorded; as-needed medicines */
        get: operations["MedicationRoundController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medication-round/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record doses (given / refused / held / not available), each once; every row or none */
        post: operations["MedicationRoundController_save"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medicine-purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A month's medicine purchases and its cost per resident against the 100,000 đ ceiling */
        get: operations["MedicinePurchasesController_list"];
        put?: never;
        /** Record a purchase of medicines (an invoice) */
        post: operations["MedicinePurchasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A week's rota: the admin reads all of it, everyone else their own shifts */
        get: operations["RotaController_week"];
        /** Write a week's rota at once (replaces the week's assignments) */
        put: operations["RotaController_putWeek"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Carers per shift, social workers and medical staff required (TT 33/2017 Điều 5) vs assigned */
        get: operations["StaffingController_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counselling, case, assessment, plan and referral figures of a month */
        get: operations["CaseFiguresController_monthFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's cases (one per stay), newest first */
        get: operations["CasesController_listCases"];
        put?: never;
        /** Open a case for the current stay (admission opens one already); 409 if one is open */
        post: operations["CasesController_openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case file */
        get: operations["CasesController_getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reassign the case worker (a social worker) or mark a protection case */
        patch: operations["CasesController_updateCase"];
        trace?: never;
    };
    "/api/v1/cases/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step 5: record the evaluation of the results (needed to close) */
        post: operations["CasesController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step 5: close the case; 409 without an evaluation */
        post: operations["CasesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's needs assessments */
        get: operations["AssessmentsController_listAssessments"];
        put?: never;
        /** Needs assessment (moves step 1 to planning) or the 24-hour initial safety assessment */
        post: operations["AssessmentsController_createAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/case-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Intervention plans of a resident, every revision, newest first */
        get: operations["PlansController_list"];
        put?: never;
        /** The first plan of the open case, as a draft (needs an assessment first) */
        post: operations["PlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One intervention plan */
        get: operations["PlansController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft plan (an approved plan changes through a review) */
        patch: operations["PlansController_update"];
        trace?: never;
    };
    "/api/v1/case-plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The admin approves a draft (a revision supersedes the plan in force) */
        post: operations["PlansController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-plans/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews of an intervention plan */
        get: operations["PlanReviewsController_listReviews"];
        put?: never;
        /** Review the plan in force: the status of each goal; optionally a revision */
        post: operations["PlanReviewsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/case-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counselling sessions; notes of a protection case are sensitive (admin, social worker, nurse) and each read is audited */
        get: operations["CaseNotesController_listNotes"];
        put?: never;
        /** Record a counselling session */
        post: operations["CaseNotesController_createNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's referrals to other services */
        get: operations["ReferralsController_listReferrals"];
        put?: never;
        /** Refer to another service; sharing personal data needs consent or the admin’s override (409) */
        post: operations["ReferralsController_createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the outcome of a referral, or correct its contact phone */
        patch: operations["ReferralsController_updateReferral"];
        trace?: never;
    };
    "/api/v1/children-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weekly children's meetings, newest first */
        get: operations["ChildrenMeetingsController_listMeetings"];
        put?: never;
        /** Record a weekly children's meeting */
        post: operations["ChildrenMeetingsController_createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children-meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a children's meeting record */
        patch: operations["ChildrenMeetingsController_updateMeeting"];
        trace?: never;
    };
    "/api/v1/residents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an existing register (CSV or XLSX): every row valid, or nothing imported. ?dryRun=true only checks */
        post: operations["AdmissionsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/readmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen the same register entry with a new admission */
        post: operations["DischargesController_readmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discharge on a legal ground (ND 20/2021 Điều 30): frees the bed, stops schedules, plans follow-ups */
        post: operations["DischargesController_discharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate and archive the monthly report (PDF in Vietnamese); again for the same month needs a reason */
        post: operations["ReportsController_monthly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/periodic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Six-monthly (YYYY-H1, due 15/6) or annual (YYYY, due 15/12) report, ND 103/2017 Điều 51 */
        post: operations["ReportsController_periodic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: the facility’s reports; officer: final reports of the province */
        get: operations["ReportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One archived report record */
        get: operations["ReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The archived PDF of a report, bytes unchanged since generation */
        get: operations["ReportsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finalise (chốt) the latest version; officers then see it */
        post: operations["ReportsController_finalise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/residents.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register as CSV (UTF-8 with BOM, Vietnamese headers); no sensitive facts */
        get: operations["ExportsController_residentsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/residents.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register as XLSX (dates as dates); no sensitive facts */
        get: operations["ExportsController_residentsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/province/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Census and composition per facility of the province, from final monthly reports */
        get: operations["ProvinceController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outgoing-document register (ND 30/2020): numbers sequential within the year, given when a report is finalised */
        get: operations["DocumentRegisterController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-register/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The symbol after the number of the facility’s reports */
        get: operations["DocumentRegisterController_settings"];
        /** Set the symbol ("BC-TTBTXH-HY"); If-Match "0" the first time; issued numbers keep theirs */
        put: operations["DocumentRegisterController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's census, open alerts by kind and overdue health tasks by kind of the facility */
        get: operations["DashboardController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["ProbesController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["ProbesController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditLog: {
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            userId: string | null;
            /** Format: uuid */
            facilityId: string | null;
            /** @enum {string} */
            action: "update" | "create" | "void" | "read" | "login" | "logout";
            entity: string;
            entityId: string | null;
            changes: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
            ip: string | null;
        };
        Alert: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string | null;
            /** @enum {string} */
            kind: "checkup_overdue" | "vaccination_overdue" | "emergency_dossier_due" | "emergency_stay_ending" | "serious_incident" | "growth_flag" | "weight_loss" | "meals_refused" | "vocational_referral" | "discharge_review" | "attendance" | "follow_up_overdue" | "reintegration_step_overdue" | "plan_review_due" | "safety_assessment_missing" | "holiday_decision_missing" | "dose_not_recorded" | "medication_refused" | "shift_short" | "login_attack";
            /** @enum {string} */
            severity: "warning" | "info" | "critical";
            sourceKey: string;
            sourceType: string;
            /** Format: uuid */
            sourceId: string | null;
            /** Format: date */
            dueOn: string | null;
            /** @description What the alert says, in Vietnamese and English; never a sensitive fact. */
            message: string;
            messageEn: string;
            /** @enum {string} */
            status: "open" | "acknowledged" | "closed";
            /** Format: date-time */
            raisedAt: string;
            /** Format: uuid */
            acknowledgedBy: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            acknowledgeNote: string | null;
            /** Format: date-time */
            closedAt: string | null;
            version: number;
        };
        AcknowledgeDto: {
            /** @example Đã hẹn khám lại ngày 25/11 */
            note: string;
        };
        LoginDto: {
            /** @example admin */
            username: string;
            /** @example demo-2026-maiam */
            password: string;
        };
        MeView: {
            /** Format: uuid */
            id: string;
            username: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "social_worker" | "nurse" | "caretaker" | "officer";
            /** Format: uuid */
            facilityId: string | null;
            facilityName: string | null;
            provinceCode: string | null;
        };
        TokenPairView: {
            accessToken: string;
            refreshToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            user: components["schemas"]["MeView"];
        };
        RefreshDto: {
            /** @description Required for API clients; the web app leaves it out and sends its cookie (with X-Requested-With: mai-am-web) */
            refreshToken?: string;
        };
        LogoutDto: {
            /** @description Ends this login only; without it every session of the user ends */
            refreshToken?: string;
        };
        Facility: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @description Cơ quan chủ quản, printed above the name on reports. */
            governingBody: string;
            /** @enum {string} */
            facilityType: "elderly" | "children" | "disabled" | "mental_health" | "general" | "social_work_centre" | "other";
            provinceCode: string;
            provinceName: string;
            address: string;
            phone: string | null;
            email: string | null;
            capacity: number;
            timezone: string;
            /** @description The authority that receives the reports ("Kính gửi: …"); Sở Y tế since 2025 in most provinces. */
            reportRecipient: string;
            /** @description Giám đốc: signs the reports. */
            directorName: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateFacilityDto: {
            /** @example Trung tâm Bảo trợ xã hội tỉnh Hưng Yên */
            name?: string;
            /** @example Sở Y tế tỉnh Hưng Yên */
            governingBody?: string;
            /** @enum {string} */
            facilityType?: "elderly" | "children" | "disabled" | "mental_health" | "general" | "social_work_centre" | "other";
            address?: string;
            /** @example 0221 3862 345 */
            phone?: string | null;
            /** Format: email */
            email?: string | null;
            /** @example 80 */
            capacity?: number;
            /** @example Asia/Ho_Chi_Minh */
            timezone?: string;
            /** @example Sở Y tế tỉnh Hưng Yên */
            reportRecipient?: string;
            /** @example Nguyễn Thị Hoa */
            directorName?: string;
        };
        RoomView: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            building: string | null;
            areaM2: number;
            beds: number;
            /** @enum {string} */
            careLevel: "standard" | "intensive";
            note: string | null;
            active: boolean;
            /** @description m² per bed */
            areaPerBedM2: number | null;
            /** @description At least 6 m² per bed (8 for 24-hour care), TT 33/2017 */
            meetsAreaStandard: boolean;
            /** @description Residents active or on leave assigned to the room */
            occupied: number;
            freeBeds: number;
            version: number;
        };
        CreateRoomDto: {
            /** @example P101 */
            code: string;
            /** @example Phòng trẻ 0–6 tuổi */
            name: string;
            /** @example Nhà A */
            building?: string;
            /**
             * @description Floor area in m²
             * @example 36.5
             */
            areaM2: number;
            /** @example 6 */
            beds: number;
            /**
             * @default standard
             * @enum {string}
             */
            careLevel: "standard" | "intensive";
            note?: string;
        };
        UpdateRoomDto: {
            /** @example P101 */
            code?: string;
            name?: string;
            building?: string | null;
            areaM2?: number;
            beds?: number;
            /** @enum {string} */
            careLevel?: "standard" | "intensive";
            note?: string | null;
            active?: boolean;
        };
        UserView: {
            /** Format: uuid */
            id: string;
            username: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "social_worker" | "nurse" | "caretaker" | "officer";
            phone: string | null;
            email: string | null;
            active: boolean;
            /** Format: date-time */
            lockedUntil: string | null;
            /** Format: date-time */
            lastLoginAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreateUserDto: {
            /**
             * @description 3–50 of a-z 0-9 . _ -; stored lower-case
             * @example nguyen.hoa
             */
            username: string;
            /** @example Nguyễn Thị Hoa */
            fullName: string;
            /** @enum {string} */
            role: "admin" | "social_worker" | "nurse" | "caretaker";
            /** @example hoa-chăm-sóc-2026 */
            password: string;
            /** @example 0912 345 678 */
            phone?: string;
            /** Format: email */
            email?: string;
        };
        UpdateUserDto: {
            fullName?: string;
            /** @enum {string} */
            role?: "admin" | "social_worker" | "nurse" | "caretaker";
            active?: boolean;
            /** @description Sets a new password and ends every session of the user */
            password?: string;
            phone?: string;
            /** Format: email */
            email?: string;
        };
        HolidayChangeDto: {
            /**
             * Format: date
             * @example 2027-02-12
             */
            date: string;
            /** @enum {string} */
            kind: "day_off" | "working_day";
            /** @example Nghỉ hoán đổi dịp Tết */
            name: string;
        };
        HolidayDayView: {
            /**
             * Format: date
             * @example 2027-02-10
             */
            date: string;
            name: string;
            /**
             * @description law: Điều 112 BLLĐ 2019; substitute: a holiday on a weekend; decision: the year’s decision
             * @enum {string}
             */
            origin: "law" | "substitute" | "decision";
        };
        HolidayYearView: {
            /** @example 2027 */
            year: number;
            decision: {
                reference: string;
                changes: components["schemas"]["HolidayChangeDto"][];
                /** Format: uuid */
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
            } | null;
            /** @description Weekdays off, in date order */
            daysOff: components["schemas"]["HolidayDayView"][];
            /** @description Weekend days worked in exchange */
            workedWeekendDays: components["schemas"]["HolidayDayView"][];
        };
        RecordHolidayDecisionDto: {
            /** @example 2027 */
            year: number;
            /** @example Thông báo số …/TB-BNV về lịch nghỉ lễ, Tết năm 2027 */
            reference: string;
            /** @description What the decision changes on the computed days off; empty when it changes nothing */
            changes: components["schemas"]["HolidayChangeDto"][];
        };
        ResidentSummaryView: {
            /** Format: uuid */
            id: string;
            /** @example DB-2026-0042 */
            code: string;
            fullName: string;
            preferredName: string | null;
            /** Format: date */
            dateOfBirth: string | null;
            birthYear: number | null;
            birthDateEstimated: boolean;
            /** @description Age today in the facility time zone */
            age: number | null;
            /** @enum {string} */
            sex: "male" | "female";
            ethnicityCode: string;
            ethnicityName: string;
            /** @description Legal categories. To a role without access to HIV facts (caretaker) the children of khoản 1 (k1_child_abandoned, _orphan, _other, _hiv) are all `k1_child`, so that no category and no missing category tells who has HIV. */
            categories: ("k1_child_abandoned" | "k1_child_orphan" | "k1_child_other" | "k1_child_hiv" | "k1_elderly_alone" | "k1_disabled_severe" | "k2_emergency" | "k3_administrative" | "k5_voluntary" | "k1_child")[];
            /** @enum {string} */
            status: "active" | "on_leave" | "discharged" | "deceased" | "transferred";
            /** @enum {string} */
            admissionType: "regular" | "emergency" | "voluntary";
            /** Format: date */
            admittedOn: string;
            room: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            bed: string | null;
            careInstructions: string | null;
            version: number;
        };
        PassedDeadlineView: {
            /** @enum {string} */
            deadline: "dossier" | "stay";
            /** Format: date */
            dueOn: string;
            message: string;
            messageEn: string;
        };
        AdmissionView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "regular" | "emergency" | "voluntary";
            /** Format: date */
            admittedOn: string;
            decisionNo: string | null;
            /** Format: date */
            decisionDate: string | null;
            /** @description Dossier items present and missing: only those that apply to the admission type (regular, emergency, voluntary) and the person (disability certificate, HIV confirmation) */
            dossier?: {
                present: ("declaration_mau07" | "birth_certificate" | "disability_certificate" | "hiv_confirmation" | "commune_request" | "admission_decision" | "intake_record" | "care_contract_mau08" | "identity_document")[];
                missing: ("declaration_mau07" | "birth_certificate" | "disability_certificate" | "hiv_confirmation" | "commune_request" | "admission_decision" | "intake_record" | "care_contract_mau08" | "identity_document")[];
            };
            emergency: Record<string, never> | null;
            /**
             * Format: date
             * @description Emergency: dossier complete by (10 working days)
             */
            dossierDueOn: string | null;
            /**
             * Format: date
             * @description Emergency protection: the 3-month stay ends
             */
            stayEndsOn: string | null;
            /** @description Deadlines already passed today (a back-dated emergency intake): the dossier still incomplete after its 10 working days, the 3-month emergency protection ended. They are not moved; the emergency-deadline alerts follow them */
            passedDeadlines: components["schemas"]["PassedDeadlineView"][];
            voluntary: Record<string, never> | null;
            confirmedNotDuplicate: boolean;
            /** @description If-Match of PATCH /residents/{id}/admission */
            version: number;
        };
        SensitiveFactsView: {
            /** @enum {string} */
            hivStatus: "negative" | "positive" | "unknown";
            /** Format: date */
            hivConfirmedOn: string | null;
            abuseHistory: string | null;
            traffickingHistory: string | null;
            psychiatricDiagnosis: string | null;
        };
        ResidentView: {
            /** Format: uuid */
            id: string;
            /** @example DB-2026-0042 */
            code: string;
            fullName: string;
            preferredName: string | null;
            /** Format: date */
            dateOfBirth: string | null;
            birthYear: number | null;
            birthDateEstimated: boolean;
            /** @description Age today in the facility time zone */
            age: number | null;
            /** @enum {string} */
            sex: "male" | "female";
            ethnicityCode: string;
            ethnicityName: string;
            /** @description Legal categories. To a role without access to HIV facts (caretaker) the children of khoản 1 (k1_child_abandoned, _orphan, _other, _hiv) are all `k1_child`, so that no category and no missing category tells who has HIV. */
            categories: ("k1_child_abandoned" | "k1_child_orphan" | "k1_child_other" | "k1_child_hiv" | "k1_elderly_alone" | "k1_disabled_severe" | "k2_emergency" | "k3_administrative" | "k5_voluntary" | "k1_child")[];
            /** @enum {string} */
            status: "active" | "on_leave" | "discharged" | "deceased" | "transferred";
            /** @enum {string} */
            admissionType: "regular" | "emergency" | "voluntary";
            /** Format: date */
            admittedOn: string;
            room: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            } | null;
            bed: string | null;
            careInstructions: string | null;
            version: number;
            religion: string | null;
            hometownProvince: string | null;
            hometownCommune: string | null;
            placeOfOrigin: string | null;
            personalId: string | null;
            healthInsuranceNumber: string | null;
            photoRef: string | null;
            guardians: Record<string, never>[];
            /** @enum {string|null} */
            emergencyKind: "domestic_violence" | "sexual_abuse" | "trafficking" | "forced_labour" | "vagrant" | "other" | null;
            disabilityKind: string | null;
            /** @enum {string|null} */
            disabilityLevel: "mild" | "severe" | "extreme" | null;
            /** @enum {string} */
            mobility: "independent" | "assisted" | "wheelchair" | "bedridden";
            needs24hCare: boolean;
            careNeeds: string | null;
            admission: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                type: "regular" | "emergency" | "voluntary";
                /** Format: date */
                admittedOn: string;
                decisionNo: string | null;
                /** Format: date */
                decisionDate: string | null;
                /** @description Dossier items present and missing: only those that apply to the admission type (regular, emergency, voluntary) and the person (disability certificate, HIV confirmation) */
                dossier?: {
                    present: ("declaration_mau07" | "birth_certificate" | "disability_certificate" | "hiv_confirmation" | "commune_request" | "admission_decision" | "intake_record" | "care_contract_mau08" | "identity_document")[];
                    missing: ("declaration_mau07" | "birth_certificate" | "disability_certificate" | "hiv_confirmation" | "commune_request" | "admission_decision" | "intake_record" | "care_contract_mau08" | "identity_document")[];
                };
                emergency: Record<string, never> | null;
                /**
                 * Format: date
                 * @description Emergency: dossier complete by (10 working days)
                 */
                dossierDueOn: string | null;
                /**
                 * Format: date
                 * @description Emergency protection: the 3-month stay ends
                 */
                stayEndsOn: string | null;
                /** @description Deadlines already passed today (a back-dated emergency intake): the dossier still incomplete after its 10 working days, the 3-month emergency protection ended. They are not moved; the emergency-deadline alerts follow them */
                passedDeadlines: components["schemas"]["PassedDeadlineView"][];
                voluntary: Record<string, never> | null;
                confirmedNotDuplicate: boolean;
                /** @description If-Match of PATCH /residents/{id}/admission */
                version: number;
            } | null;
            sensitive?: components["schemas"]["SensitiveFactsView"];
        };
        GuardianDto: {
            /** @example Lò Văn Pảng */
            name: string;
            /** @example chú ruột */
            relationship: string;
            /** @example 0912 345 678 */
            phone?: string;
            address?: string;
        };
        SensitiveFactsDto: {
            /** @enum {string} */
            hivStatus?: "negative" | "positive" | "unknown";
            /** Format: date */
            hivConfirmedOn?: string;
            abuseHistory?: string;
            traffickingHistory?: string;
            psychiatricDiagnosis?: string;
        };
        UpdateResidentDto: {
            /** @example Lò Thị Mai */
            fullName?: string;
            /** @example Mai */
            preferredName?: string;
            /**
             * Format: date
             * @example 2016-03-12
             */
            dateOfBirth?: string;
            /**
             * @description When the date is unknown
             * @example 2016
             */
            birthYear?: number;
            /** @default false */
            birthDateEstimated: boolean;
            /** @enum {string} */
            sex?: "male" | "female";
            /**
             * @description 01 Kinh … 54 Rơ Măm, 55 foreign
             * @example 03
             */
            ethnicityCode?: string;
            /** @example Không */
            religion?: string;
            /** @example Sơn La */
            hometownProvince?: string;
            /** @example Xã Mường La */
            hometownCommune?: string;
            placeOfOrigin?: string;
            /**
             * @description CCCD, 12 digits
             * @example 014316001234
             */
            personalId?: string;
            /**
             * @description 10 digits, or the older 15-character code
             * @example 0123456789
             */
            healthInsuranceNumber?: string;
            photoRef?: string;
            guardians?: components["schemas"]["GuardianDto"][];
            /**
             * @example [
             *       "k1_child_orphan"
             *     ]
             */
            categories?: ("k1_child_abandoned" | "k1_child_orphan" | "k1_child_other" | "k1_child_hiv" | "k1_elderly_alone" | "k1_disabled_severe" | "k2_emergency" | "k3_administrative" | "k5_voluntary")[];
            /**
             * @description Required with k2_emergency
             * @enum {string}
             */
            emergencyKind?: "domestic_violence" | "sexual_abuse" | "trafficking" | "forced_labour" | "vagrant" | "other";
            /** @example vận động */
            disabilityKind?: string;
            /** @enum {string} */
            disabilityLevel?: "mild" | "severe" | "extreme";
            /** @enum {string} */
            mobility?: "independent" | "assisted" | "wheelchair" | "bedridden";
            /** @default false */
            needs24hCare: boolean;
            careNeeds?: string;
            /** @example Ăn mềm; dị ứng tôm; cần giám sát khi tắm */
            careInstructions?: string;
            /** Format: uuid */
            roomId?: string;
            /** @example 3 */
            bed?: string;
            /** @description admin, nurse, social_worker only */
            sensitive?: components["schemas"]["SensitiveFactsDto"];
        };
        DuplicateCandidateView: {
            /** Format: uuid */
            id: string;
            code: string;
            fullName: string;
            /** Format: date */
            dateOfBirth: string | null;
            birthYear: number | null;
            /** @enum {string} */
            status: "active" | "on_leave" | "discharged" | "deceased" | "transferred";
            /** @enum {string} */
            reason: "personal_id" | "name_and_birth";
        };
        CheckDuplicatesDto: {
            /** @example Lo Thi Mai */
            fullName: string;
            /** Format: date */
            dateOfBirth?: string;
            birthYear?: number;
            birthDateEstimated?: boolean;
            personalId?: string;
        };
        UpdateAdmissionDto: {
            /**
             * @description regular: required
             * @example 245/QĐ-TTBTXH
             */
            decisionNo?: string;
            /**
             * Format: date
             * @description regular: required
             * @example 2026-11-18
             */
            decisionDate?: string;
            /** @description Dossier items present (the intake record of an emergency and the voluntary contract count as present by themselves) */
            dossierPresent?: ("declaration_mau07" | "birth_certificate" | "disability_certificate" | "hiv_confirmation" | "commune_request" | "admission_decision" | "intake_record" | "care_contract_mau08" | "identity_document")[];
        };
        StatusChangeDto: {
            /**
             * @description on_leave: leave starts; active: back from leave; transferred: moved to another facility
             * @enum {string}
             */
            to: "on_leave" | "active" | "transferred";
            /**
             * Format: date
             * @example 2026-11-22
             */
            effectiveDate: string;
            /** @example Về thăm gia đình dịp Tết */
            reason?: string;
            /**
             * Format: date
             * @description on_leave: expected return
             * @example 2026-11-29
             */
            expectedReturn?: string;
            /**
             * @description transferred: required
             * @example Trung tâm Công tác xã hội tỉnh Thái Bình
             */
            destination?: string;
        };
        Ethnicity: {
            code: string;
            name: string;
        };
        HealthSchedule: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** @enum {string} */
            kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "vaccination" | "growth_check" | "dental" | "eye" | "other";
            intervalMonths: number | null;
            intervalDays: number | null;
            /**
             * Format: date
             * @description A one-off task (a planned vaccine dose): done once, then inactive.
             */
            fixedDueOn: string | null;
            /** Format: date */
            nextDueOn: string | null;
            /** Format: date */
            lastDoneOn: string | null;
            /** @description Days after the due date before it counts as overdue. */
            graceDays: number;
            active: boolean;
            note: string | null;
            vaccineCode: string | null;
            doseNo: number | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateScheduleDto: {
            /** @enum {string} */
            kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "vaccination" | "growth_check" | "dental" | "eye" | "other";
            /** @example 6 */
            intervalMonths?: number;
            /** @example 90 */
            intervalDays?: number;
            /**
             * Format: date
             * @description A one-off task
             */
            fixedDueOn?: string;
            /**
             * Format: date
             * @example 2027-01-15
             */
            nextDueOn: string;
            /** Format: date */
            lastDoneOn?: string;
            /** @default 0 */
            graceDays: number;
            note?: string;
        };
        UpdateScheduleDto: {
            intervalMonths?: number | null;
            intervalDays?: number | null;
            /** Format: date */
            nextDueOn?: string;
            /** Format: date */
            lastDoneOn?: string | null;
            graceDays?: number;
            active?: boolean;
            note?: string | null;
        };
        HealthCheck: {
            diagnoses: Record<string, never>[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** @enum {string} */
            kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "vaccination" | "growth_check" | "dental" | "eye" | "other";
            /** Format: date */
            examinedOn: string;
            weightKg: number | null;
            heightCm: number | null;
            temperatureC: number | null;
            pulse: number | null;
            bpSystolic: number | null;
            bpDiastolic: number | null;
            spo2: number | null;
            findings: string | null;
            treatment: string | null;
            referredToHospital: boolean;
            hospital: string | null;
            /** Format: date */
            nextDueOverride: string | null;
            examiner: string;
            /** Format: uuid */
            scheduleId: string | null;
            /** Format: uuid */
            amendsId: string | null;
            amendmentReason: string | null;
            /** Format: uuid */
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        DiagnosisDto: {
            /**
             * @description ICD-10 code
             * @example J06.9
             */
            icd10?: string;
            /** @example Viêm đường hô hấp trên */
            text: string;
        };
        CreateHealthCheckDto: {
            /** @enum {string} */
            kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "growth_check" | "dental" | "eye" | "other";
            /**
             * Format: date
             * @example 2026-11-20
             */
            examinedOn: string;
            /** @example 24.5 */
            weightKg?: number;
            /** @example 128 */
            heightCm?: number;
            /** @example 36.8 */
            temperatureC?: number;
            /** @example 88 */
            pulse?: number;
            /** @example 110 */
            bpSystolic?: number;
            /** @example 70 */
            bpDiastolic?: number;
            /** @example 98 */
            spo2?: number;
            findings?: string;
            diagnoses?: components["schemas"]["DiagnosisDto"][];
            treatment?: string;
            referredToHospital?: boolean;
            /** @example Bệnh viện Đa khoa tỉnh Hưng Yên */
            hospital?: string;
            /**
             * Format: date
             * @description Next due date instead of exam date + interval
             */
            nextDueOverride?: string;
            /** @example BS. Nguyễn Văn Khoa */
            examiner: string;
            /**
             * Format: uuid
             * @description The schedule this exam fulfils (default: the active one of the same kind)
             */
            scheduleId?: string;
        };
        HealthCheckResultView: {
            check: components["schemas"]["HealthCheck"];
            /** @description The schedule the exam fulfilled, advanced to its next due date; null when none matched. */
            schedule: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                facilityId: string;
                /** Format: uuid */
                residentId: string;
                /** @enum {string} */
                kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "vaccination" | "growth_check" | "dental" | "eye" | "other";
                intervalMonths: number | null;
                intervalDays: number | null;
                /**
                 * Format: date
                 * @description A one-off task (a planned vaccine dose): done once, then inactive.
                 */
                fixedDueOn: string | null;
                /** Format: date */
                nextDueOn: string | null;
                /** Format: date */
                lastDoneOn: string | null;
                /** @description Days after the due date before it counts as overdue. */
                graceDays: number;
                active: boolean;
                note: string | null;
                vaccineCode: string | null;
                doseNo: number | null;
                version: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
            } | null;
        };
        AmendHealthCheckDto: {
            /** @enum {string} */
            kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "growth_check" | "dental" | "eye" | "other";
            /**
             * Format: date
             * @example 2026-11-20
             */
            examinedOn: string;
            /** @example 24.5 */
            weightKg?: number;
            /** @example 128 */
            heightCm?: number;
            /** @example 36.8 */
            temperatureC?: number;
            /** @example 88 */
            pulse?: number;
            /** @example 110 */
            bpSystolic?: number;
            /** @example 70 */
            bpDiastolic?: number;
            /** @example 98 */
            spo2?: number;
            findings?: string;
            diagnoses?: components["schemas"]["DiagnosisDto"][];
            treatment?: string;
            referredToHospital?: boolean;
            /** @example Bệnh viện Đa khoa tỉnh Hưng Yên */
            hospital?: string;
            /**
             * Format: date
             * @description Next due date instead of exam date + interval
             */
            nextDueOverride?: string;
            /** @example BS. Nguyễn Văn Khoa */
            examiner: string;
            /**
             * Format: uuid
             * @description The schedule this exam fulfils (default: the active one of the same kind)
             */
            scheduleId?: string;
            /** @example Nhập nhầm cân nặng */
            amendmentReason: string;
        };
        Vaccination: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            vaccineCode: string;
            doseNo: number;
            /** Format: date */
            givenOn: string;
            lot: string | null;
            place: string | null;
            givenBy: string | null;
            /** Format: uuid */
            scheduleId: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateVaccinationDto: {
            /** @example DPT_HEPB_HIB */
            vaccineCode: string;
            /** @example 2 */
            doseNo: number;
            /**
             * Format: date
             * @example 2026-11-20
             */
            givenOn: string;
            /** @example QV-2026-118 */
            lot?: string;
            /** @example Trạm y tế phường Phố Hiến */
            place?: string;
            /** @example YS. Đỗ Thị Lan */
            givenBy?: string;
        };
        WorklistItem: {
            /** Format: uuid */
            scheduleId: string;
            /** Format: uuid */
            residentId: string;
            residentCode: string;
            residentName: string;
            roomCode: string | null;
            /** @enum {string} */
            kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "vaccination" | "growth_check" | "dental" | "eye" | "other";
            vaccineCode: string | null;
            /**
             * @description The vaccine's name in the national schedule (Vietnamese), for the code
             * @example Bạch hầu - Ho gà - Uốn ván - Viêm gan B - Hib
             */
            vaccineName: string | null;
            doseNo: number | null;
            /** Format: date */
            nextDueOn: string;
            /** Format: date */
            lastDoneOn: string | null;
            /** @description Days past the due date (negative: days until it) */
            daysOverdue: number;
            /** @enum {string} */
            status: "overdue" | "due" | "upcoming";
            version: number;
        };
        MealEntryDto: {
            /**
             * @example lunch
             * @enum {string}
             */
            meal: "breakfast" | "lunch" | "dinner" | "snack" | "feed";
            /**
             * @example partial
             * @enum {string}
             */
            intake: "full" | "partial" | "refused" | "not_served";
            /** @example Ăn nửa bát cháo */
            note?: string;
        };
        RoundRowDto: {
            meals?: components["schemas"]["MealEntryDto"][];
            /**
             * @description Fluids drunk in the shift, ml
             * @example 800
             */
            fluidsMl?: number;
            /** @enum {string} */
            sleep?: "good" | "restless" | "poor" | "not_observed";
            /** @example 7.5 */
            sleepHours?: number;
            /** @enum {string} */
            mood?: "calm" | "happy" | "sad" | "anxious" | "agitated" | "withdrawn";
            /** @enum {string} */
            hygiene?: "independent" | "assisted" | "not_done";
            /** @enum {string} */
            toileting?: "normal" | "incontinent" | "constipation" | "diarrhoea";
            /**
             * @deprecated
             * @description Refused (400 `medicationRound`): doses are recorded in the medication round (POST /medication-round/batch); the record answers what the round holds for its shift
             * @enum {string}
             */
            medicationGiven?: "yes" | "no" | "not_prescribed";
            /**
             * @deprecated
             * @description Refused (400 `medicationRound`), like medicationGiven
             */
            medicationNote?: string;
            /** @example 36.8 */
            temperatureC?: number;
            behaviourNotes?: string;
            notes?: string;
            /** @description The next shift must read the handover message */
            handover?: boolean;
            /** @example Cháu ho nhiều về đêm, theo dõi nhiệt độ */
            handoverMessage?: string;
            /** Format: uuid */
            residentId: string;
        };
        RoundBatchDto: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            recordDate: string;
            /** @enum {string} */
            shift: "morning" | "afternoon" | "night";
            rows: components["schemas"]["RoundRowDto"][];
        };
        DailyRecord: {
            meals: {
                /** @enum {string} */
                meal: "breakfast" | "lunch" | "dinner" | "snack" | "feed";
                /** @enum {string} */
                intake: "full" | "partial" | "refused" | "not_served";
                note: string | null;
            }[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** Format: date */
            recordDate: string;
            /** @enum {string} */
            shift: "morning" | "afternoon" | "night";
            fluidsMl: number | null;
            /** @enum {string|null} */
            sleep: "good" | "restless" | "poor" | "not_observed" | null;
            sleepHours: number | null;
            /** @enum {string|null} */
            mood: "calm" | "happy" | "sad" | "anxious" | "agitated" | "withdrawn" | null;
            /** @enum {string|null} */
            hygiene: "independent" | "assisted" | "not_done" | null;
            /** @enum {string|null} */
            toileting: "normal" | "incontinent" | "constipation" | "diarrhoea" | null;
            /**
             * @description From the medication round, read only: `yes` every dose of the shift was given, `no` one was
             *     refused, held or not available, `not_prescribed` no dose in the shift, null a dose of the
             *     shift not recorded yet. Doses are recorded with `POST /medication-round/batch`.
             * @enum {string|null}
             */
            medicationGiven: "yes" | "no" | "not_prescribed" | null;
            /**
             * @description From the medication round, read only: the doses of the shift as `HH:MM outcome`
             *     (`as_needed` before the outcome of an as-needed dose, `not_recorded` for a dose not recorded
             *     yet), never the medicine.
             */
            medicationNote: string | null;
            temperatureC: number | null;
            behaviourNotes: string | null;
            notes: string | null;
            /** @description Something the next shift must know (bàn giao ca). */
            handover: boolean;
            handoverMessage: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: uuid */
            updatedBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateDailyRecordDto: {
            meals?: components["schemas"]["MealEntryDto"][];
            /**
             * @description Fluids drunk in the shift, ml
             * @example 800
             */
            fluidsMl?: number;
            /** @enum {string} */
            sleep?: "good" | "restless" | "poor" | "not_observed";
            /** @example 7.5 */
            sleepHours?: number;
            /** @enum {string} */
            mood?: "calm" | "happy" | "sad" | "anxious" | "agitated" | "withdrawn";
            /** @enum {string} */
            hygiene?: "independent" | "assisted" | "not_done";
            /** @enum {string} */
            toileting?: "normal" | "incontinent" | "constipation" | "diarrhoea";
            /**
             * @deprecated
             * @description Refused (400 `medicationRound`): doses are recorded in the medication round (POST /medication-round/batch); the record answers what the round holds for its shift
             * @enum {string}
             */
            medicationGiven?: "yes" | "no" | "not_prescribed";
            /**
             * @deprecated
             * @description Refused (400 `medicationRound`), like medicationGiven
             */
            medicationNote?: string;
            /** @example 36.8 */
            temperatureC?: number;
            behaviourNotes?: string;
            notes?: string;
            /** @description The next shift must read the handover message */
            handover?: boolean;
            /** @example Cháu ho nhiều về đêm, theo dõi nhiệt độ */
            handoverMessage?: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            recordDate: string;
            /** @enum {string} */
            shift: "morning" | "afternoon" | "night";
        };
        UpdateDailyRecordDto: {
            meals?: components["schemas"]["MealEntryDto"][];
            /**
             * @description Fluids drunk in the shift, ml
             * @example 800
             */
            fluidsMl?: number;
            /** @enum {string} */
            sleep?: "good" | "restless" | "poor" | "not_observed";
            /** @example 7.5 */
            sleepHours?: number;
            /** @enum {string} */
            mood?: "calm" | "happy" | "sad" | "anxious" | "agitated" | "withdrawn";
            /** @enum {string} */
            hygiene?: "independent" | "assisted" | "not_done";
            /** @enum {string} */
            toileting?: "normal" | "incontinent" | "constipation" | "diarrhoea";
            /**
             * @deprecated
             * @description Refused (400 `medicationRound`): doses are recorded in the medication round (POST /medication-round/batch); the record answers what the round holds for its shift
             * @enum {string}
             */
            medicationGiven?: "yes" | "no" | "not_prescribed";
            /**
             * @deprecated
             * @description Refused (400 `medicationRound`), like medicationGiven
             */
            medicationNote?: string;
            /** @example 36.8 */
            temperatureC?: number;
            behaviourNotes?: string;
            notes?: string;
            /** @description The next shift must read the handover message */
            handover?: boolean;
            /** @example Cháu ho nhiều về đêm, theo dõi nhiệt độ */
            handoverMessage?: string;
            /** @description Why a past record is corrected (kept with the original) */
            reason?: string;
        };
        DailyRecordRevision: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            dailyRecordId: string;
            /** @description The version this state had. */
            version: number;
            /**
             * @description The record's stored fields as they were (the medication fields are left out: they come
             *     from the medication round, not from the record).
             */
            state: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            replacedBy: string;
            reason: string | null;
            /** Format: date-time */
            replacedAt: string;
        };
        Incident: {
            /** @description Who was informed (family, police, commune, hospital, director…). */
            informed: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** @enum {string} */
            kind: "fall" | "injury" | "illness" | "aggression" | "self_harm" | "running_away" | "suspected_abuse" | "death";
            /** @enum {string} */
            severity: "critical" | "minor" | "moderate" | "serious";
            /** Format: date-time */
            occurredAt: string;
            place: string;
            description: string;
            actionTaken: string;
            hospitalised: boolean;
            /** @description Serious: suspected abuse, running away, death, hospitalisation, or severity serious/critical. */
            serious: boolean;
            /** Format: uuid */
            reportedBy: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreateIncidentDto: {
            /** @enum {string} */
            kind: "fall" | "injury" | "illness" | "aggression" | "self_harm" | "running_away" | "suspected_abuse" | "death";
            /** @enum {string} */
            severity: "minor" | "moderate" | "serious" | "critical";
            /**
             * @description ISO-8601 with offset
             * @example 2026-11-20T21:15:00+07:00
             */
            occurredAt: string;
            /** @example Nhà vệ sinh phòng A101 */
            place: string;
            /** @example Trượt chân ngã, trầy đầu gối phải */
            description: string;
            /** @example Sát trùng, băng vết thương, báo điều dưỡng */
            actionTaken: string;
            /**
             * @example [
             *       "Điều dưỡng trực",
             *       "Giám đốc trung tâm"
             *     ]
             */
            informed?: string[];
            /** @description Taken to hospital: always serious */
            hospitalised?: boolean;
        };
        NutritionPlan: {
            allergies: Record<string, never>[];
            supplements: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** @description 1 for the first plan, then 2, 3…: the ETag clients send back in If-Match. */
            version: number;
            /** @enum {string} */
            dietType: "normal" | "soft" | "pureed" | "liquid" | "diabetic" | "low_salt" | "infant_formula" | "religious_vegetarian" | "high_energy";
            /** @enum {string} */
            texture: "regular" | "soft" | "pureed" | "liquid" | "minced";
            mealsPerDay: number;
            energyKcal: number | null;
            /** @description The Vietnamese RDA for the resident's age and sex when the plan was written (null for infants). */
            energyKcalRda: number | null;
            notes: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            supersededAt: string | null;
        };
        AllergyDto: {
            /** @description The name of a food or substance, e.g. "Đậu phộng": letters of any script with their marks, spaces, hyphens, apostrophes, brackets (a Unicode regular expression) */
            substance: string;
            /** @enum {string} */
            kind: "allergy" | "intolerance";
            /** @enum {string} */
            severity?: "mild" | "moderate" | "severe";
            /** @example Nổi mề đay, khó thở */
            reaction?: string;
        };
        AllergyRemovalDto: {
            /** @description The substance as the current plan names it (case does not matter) */
            substance: string;
            /** @example Test dị ứng âm tính tại bệnh viện tỉnh */
            reason: string;
        };
        PutNutritionPlanDto: {
            /** @enum {string} */
            dietType: "normal" | "soft" | "pureed" | "liquid" | "diabetic" | "low_salt" | "infant_formula" | "religious_vegetarian" | "high_energy";
            /** @enum {string} */
            texture: "regular" | "soft" | "minced" | "pureed" | "liquid";
            allergies?: components["schemas"]["AllergyDto"][];
            /** @description Allergies of the current plan that this one removes, each with a reason; an allergy left out without being named here is refused */
            removedAllergies?: components["schemas"]["AllergyRemovalDto"][];
            /**
             * @description At least 3 (TT 33/2017)
             * @example 4
             */
            mealsPerDay: number;
            /**
             * @description Default: the Vietnamese RDA 2016 for age and sex (required under 1 year)
             * @example 1820
             */
            energyKcal?: number;
            /**
             * @example [
             *       "Sữa bổ sung 200 ml/ngày",
             *       "Vitamin A"
             *     ]
             */
            supplements?: string[];
            notes?: string;
        };
        Measurement: {
            flags: ("underweight" | "severe_underweight" | "stunting" | "severe_stunting" | "wasting" | "severe_wasting" | "obesity" | "weight_loss")[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** Format: date */
            measuredOn: string;
            weightKg: number | null;
            heightCm: number | null;
            /** @enum {string|null} */
            position: "lying" | "standing" | null;
            muacCm: number | null;
            headCircumferenceCm: number | null;
            /** @description Age in days on the day measured (from the birth date, or 1 July of the birth year). */
            ageDays: number;
            ageEstimated: boolean;
            growth: Record<string, never>;
            note: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreateMeasurementDto: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            measuredOn: string;
            /** @example 14.2 */
            weightKg?: number;
            /**
             * @description Length or height
             * @example 96.5
             */
            heightCm?: number;
            /**
             * @description Lying (length) or standing (height); default lying before 2 years
             * @enum {string}
             */
            position?: "lying" | "standing";
            /**
             * @description Mid-upper arm circumference
             * @example 13.5
             */
            muacCm?: number;
            /** @example 46 */
            headCircumferenceCm?: number;
            note?: string;
        };
        BaseLevel: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string | null;
            /** Format: date */
            effectiveFrom: string;
            /** @description đồng per month */
            amountVnd: number;
            source: string;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateBaseLevelDto: {
            /**
             * Format: date
             * @example 2026-01-01
             */
            effectiveFrom: string;
            /** @example 650000 */
            amountVnd: number;
            /** @example Nghị quyết HĐND tỉnh số … */
            source: string;
        };
        Discharge: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** Format: uuid */
            admissionId: string | null;
            /** @enum {string} */
            ground: "other" | "death" | "case_closed" | "family_request" | "adopted" | "age_limit" | "cannot_serve" | "lost_contact" | "own_request" | "contract_ended";
            groundOther: string | null;
            /** Format: date */
            requestedOn: string;
            decisionNo: string;
            /** Format: date */
            decisionDate: string;
            /** @description The decision came later than 7 working days after the request; the reason is kept and reported. */
            decisionLate: boolean;
            lateReason: string | null;
            /** Format: date */
            effectiveOn: string;
            destination: Record<string, never> | null;
            handover: Record<string, never> | null;
            belongingsReturned: string | null;
            documentsReturned: string | null;
            allowanceMonths: number | null;
            /** Format: date */
            diedOn: string | null;
            causeOfDeath: string | null;
            /** @description 50 × the base level in force on the day of death (đồng). */
            funeralSupportVnd: number | null;
            /** @description `age_limit` for someone under 22 who is still studying needs this (audited). */
            ageRuleOverrideReason: string | null;
            notes: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        FollowUp: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            dischargeId: string;
            /** Format: uuid */
            residentId: string;
            /** Format: date */
            dueOn: string;
            /** Format: date */
            doneOn: string | null;
            /** @enum {string|null} */
            method: "phone" | "visit" | null;
            livingSituation: string | null;
            schoolingOrWork: string | null;
            health: string | null;
            /** @enum {string|null} */
            riskLevel: "low" | "medium" | "high" | null;
            notes: string | null;
            /** @description `readmitted`: the person came back into care before the visit was done; null while open or done. */
            closedOutcome: string | null;
            /** Format: date */
            closedOn: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateFollowUpDto: {
            /**
             * Format: date
             * @example 2027-02-20
             */
            dueOn: string;
            notes?: string;
        };
        UpdateFollowUpDto: {
            /** Format: date */
            doneOn?: string;
            /** Format: date */
            dueOn?: string;
            /** @enum {string} */
            method?: "visit" | "phone";
            livingSituation?: string;
            schoolingOrWork?: string;
            health?: string;
            /** @enum {string} */
            riskLevel?: "low" | "medium" | "high";
            notes?: string;
        };
        ReintegrationStep: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** @enum {string} */
            kind: "other" | "family_assessment" | "trial_home_stay" | "school_transfer" | "documents";
            description: string;
            /** Format: uuid */
            ownerId: string;
            /** Format: date */
            dueOn: string;
            /** Format: date */
            doneOn: string | null;
            notes: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateStepDto: {
            /** @enum {string} */
            kind: "family_assessment" | "trial_home_stay" | "school_transfer" | "documents" | "other";
            /** @example Thăm gia đình chú ruột tại Mường La */
            description: string;
            /**
             * Format: uuid
             * @description The staff member responsible
             */
            ownerId: string;
            /**
             * Format: date
             * @example 2026-12-15
             */
            dueOn: string;
        };
        UpdateStepDto: {
            description?: string;
            /** Format: uuid */
            ownerId?: string;
            /** Format: date */
            dueOn?: string;
            /** Format: date */
            doneOn?: string | null;
            notes?: string;
        };
        MonthMovements: {
            /** @example 2026-10 */
            month: string;
            /** @description Present (active or on leave) at the end of the day before the month */
            atStart: number;
            /**
             * @example {
             *       "regular": 2,
             *       "emergency": 1,
             *       "voluntary": 0,
             *       "readmitted": 0
             *     }
             */
            admissions: Record<string, never>;
            admittedTotal: number;
            /**
             * @description Discharges by ground (deaths apart)
             * @example {
             *       "family_request": 1,
             *       "age_limit": 1
             *     }
             */
            dischargesByGround: Record<string, never>;
            discharged: number;
            deaths: number;
            transfers: number;
            atEnd: number;
            /** @description Discharge decisions of the period taken more than 7 working days after the request (ND 20/2021 Điều 30) */
            lateDecisions: number;
            /** @description atStart + admitted − discharged − deaths − transfers = atEnd */
            identityHolds: boolean;
        };
        SubjectResultView: {
            /** @example Toán */
            subject: string;
            /** @example 7.5 */
            score: number | null;
            /** @example null */
            rating: string | null;
        };
        SchoolResultView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrollmentId: string;
            /** Format: uuid */
            residentId: string;
            /** @enum {string} */
            term: "HK1" | "HK2" | "year";
            /** @enum {string} */
            scale: "tt27_2020" | "tt22_2021" | "none";
            /** @example excellent */
            rating: string | null;
            /** @example null */
            learningRating: string | null;
            /** @example null */
            conductRating: string | null;
            /** @example good */
            qualitiesRating: string | null;
            subjects: components["schemas"]["SubjectResultView"][];
            /** @example 2 */
            daysAbsent: number | null;
            awards: string[];
            teacherRemarks: string | null;
            /**
             * @description Whole-year results only
             * @enum {string|null}
             */
            promotion: "promoted" | "repeat" | "re_exam" | null;
            /** @enum {string|null} */
            promotionReason: "programme_completed" | "primary_not_completed" | "ratings_passed" | "learning_not_passed" | "conduct_not_passed" | "learning_and_conduct_not_passed" | "absences_over_limit" | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EnrollmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            residentId: string;
            /** @example 2026-2027 */
            schoolYear: string;
            /** @enum {string} */
            level: "nursery" | "primary" | "lower_secondary" | "upper_secondary" | "vocational_intermediate" | "college" | "university" | "continuing_education" | "special_education" | "not_enrolled";
            /** @example 7 */
            grade: number | null;
            notEnrolledReason: string | null;
            /** @example Trường THCS Hiến Nam */
            schoolName: string | null;
            schoolCommune: string | null;
            /** @example 7A2 */
            className: string | null;
            /**
             * Format: date
             * @example 2026-09-05
             */
            startDate: string;
            /** Format: date */
            endDate: string | null;
            /** @enum {string} */
            boardingType: "boarding" | "semi_boarding" | "day";
            /**
             * @description null for not_enrolled
             * @enum {string|null}
             */
            status: "studying" | "completed" | "dropped_out" | "transferred" | "suspended" | null;
            statusNote: string | null;
            /**
             * @description The rating scale of the level
             * @enum {string}
             */
            ratingScale: "tt27_2020" | "tt22_2021" | "none";
            /** Format: uuid */
            rolledOverFromId: string | null;
            /** @description Voided rows are kept and listed, and count for nothing */
            voided: boolean;
            voidReason: string | null;
            /** @description One per term at most */
            results: components["schemas"]["SchoolResultView"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateEnrollmentDto: {
            /**
             * @description Năm học: two consecutive years
             * @example 2026-2027
             */
            schoolYear: string;
            /**
             * @example lower_secondary
             * @enum {string}
             */
            level: "nursery" | "primary" | "lower_secondary" | "upper_secondary" | "vocational_intermediate" | "college" | "university" | "continuing_education" | "special_education" | "not_enrolled";
            /**
             * @description Required for primary (1–5), lower_secondary (6–9), upper_secondary (10–12)
             * @example 7
             */
            grade?: number;
            /**
             * @description Required with level not_enrolled
             * @example Khuyết tật nặng, đang chờ trường chuyên biệt nhận
             */
            notEnrolledReason?: string;
            /**
             * @description Required unless not_enrolled
             * @example Trường THCS Hiến Nam
             */
            schoolName?: string;
            /** @example Phường Phố Hiến, tỉnh Hưng Yên */
            schoolCommune?: string;
            /** @example 7A2 */
            className?: string;
            /**
             * Format: date
             * @description Default: the opening day (5 September); within 1 Aug – 31 Jul of the year
             * @example 2026-09-05
             */
            startDate?: string;
            /**
             * Format: date
             * @example 2027-05-31
             */
            endDate?: string;
            /**
             * @default day
             * @enum {string}
             */
            boardingType: "boarding" | "semi_boarding" | "day";
            /**
             * @description Not given with level not_enrolled
             * @default studying
             * @enum {string}
             */
            status: "studying" | "completed" | "dropped_out" | "transferred" | "suspended";
            /** @example Chuyển từ trường xã Mường La */
            statusNote?: string;
        };
        UpdateEnrollmentDto: {
            /** @enum {string} */
            level?: "nursery" | "primary" | "lower_secondary" | "upper_secondary" | "vocational_intermediate" | "college" | "university" | "continuing_education" | "special_education" | "not_enrolled";
            grade?: number | null;
            notEnrolledReason?: string | null;
            schoolName?: string | null;
            schoolCommune?: string | null;
            className?: string | null;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string | null;
            /** @enum {string} */
            boardingType?: "boarding" | "semi_boarding" | "day";
            /** @enum {string} */
            status?: "studying" | "completed" | "dropped_out" | "transferred" | "suspended";
            statusNote?: string | null;
            /**
             * @description Voids a mistaken enrolment (kept, readable, excluded from rules and figures)
             * @example Nhập nhầm năm học
             */
            voidReason?: string;
        };
        SubjectResultDto: {
            /** @example Toán */
            subject: string;
            /** @example 7.5 */
            score?: number;
            /**
             * @description Subjects assessed by comment: primary excellent|completed|not_completed, secondary pass|fail
             * @example pass
             * @enum {string}
             */
            rating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
        };
        CreateResultDto: {
            /**
             * @description HK1, HK2 or the whole year
             * @example HK1
             * @enum {string}
             */
            term: "HK1" | "HK2" | "year";
            /**
             * @description Stable codes; labels at GET /reference/schooling. Primary (TT 27/2020) uses `rating`: outstanding (Hoàn thành xuất sắc, whole year only) | excellent (Hoàn thành tốt) | completed (Hoàn thành) | not_completed (Chưa hoàn thành). Secondary (TT 22/2021) uses `learningRating` and `conductRating`: good (Tốt) | fair (Khá) | pass (Đạt) | fail (Chưa đạt). A code of another scale is refused (400, code wrongScale).
             * @example excellent
             * @enum {string}
             */
            rating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
            /**
             * @description Secondary: kết quả học tập
             * @example fair
             * @enum {string}
             */
            learningRating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
            /**
             * @description Secondary: kết quả rèn luyện
             * @example good
             * @enum {string}
             */
            conductRating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
            /**
             * @description Primary qualities and competencies: good (Tốt) | pass (Đạt) | needs_effort (Cần cố gắng)
             * @example good
             * @enum {string}
             */
            qualitiesRating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
            subjects?: components["schemas"]["SubjectResultDto"][];
            /**
             * @description School days absent in the term (or year)
             * @example 3
             */
            daysAbsent?: number;
            /**
             * @example [
             *       "Giấy khen học sinh tiêu biểu"
             *     ]
             */
            awards?: string[];
            /** @example Em chăm ngoan, tiến bộ rõ ở môn Toán. */
            teacherRemarks?: string;
        };
        UpdateResultDto: {
            /**
             * @description Stable codes; labels at GET /reference/schooling. Primary (TT 27/2020) uses `rating`: outstanding (Hoàn thành xuất sắc, whole year only) | excellent (Hoàn thành tốt) | completed (Hoàn thành) | not_completed (Chưa hoàn thành). Secondary (TT 22/2021) uses `learningRating` and `conductRating`: good (Tốt) | fair (Khá) | pass (Đạt) | fail (Chưa đạt). A code of another scale is refused (400, code wrongScale).
             * @enum {string}
             */
            rating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
            /** @enum {string} */
            learningRating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
            /** @enum {string} */
            conductRating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail";
            /** @enum {string|null} */
            qualitiesRating?: "outstanding" | "excellent" | "completed" | "not_completed" | "good" | "pass" | "needs_effort" | "fair" | "fail" | null;
            subjects?: components["schemas"]["SubjectResultDto"][];
            daysAbsent?: number | null;
            awards?: string[];
            teacherRemarks?: string | null;
        };
        VocationalTrainingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            residentId: string;
            course: string;
            institution: string;
            trade: string;
            /** @enum {string|null} */
            programmeLevel?: "short_course" | "elementary" | "intermediate" | "college" | null;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string | null;
            /** @enum {string} */
            status: "ongoing" | "completed" | "dropped_out";
            certificateObtained: boolean;
            certificateName: string | null;
            employer: string | null;
            jobTitle: string | null;
            /** Format: date */
            jobStartedOn: string | null;
            monthlyIncomeVnd: number | null;
            notes: string | null;
            version: number;
        };
        CreateVocationalTrainingDto: {
            /** @example May công nghiệp trình độ sơ cấp */
            course: string;
            /** @example Trường Cao đẳng nghề Hưng Yên */
            institution: string;
            /** @example May công nghiệp */
            trade: string;
            /** @enum {string} */
            programmeLevel?: "short_course" | "elementary" | "intermediate" | "college";
            /**
             * Format: date
             * @example 2026-09-15
             */
            startDate: string;
            /**
             * Format: date
             * @description Planned or actual end
             * @example 2027-03-15
             */
            endDate?: string;
            /**
             * @default ongoing
             * @enum {string}
             */
            status: "ongoing" | "completed" | "dropped_out";
            /** @description Only for a completed course */
            certificateObtained?: boolean;
            /** @example Chứng chỉ sơ cấp nghề May công nghiệp */
            certificateName?: string;
            /** @example Công ty TNHH May Hưng Yên */
            employer?: string;
            /** @example Công nhân may */
            jobTitle?: string;
            /**
             * Format: date
             * @example 2027-04-01
             */
            jobStartedOn?: string;
            /** @example 6500000 */
            monthlyIncomeVnd?: number;
            notes?: string;
        };
        UpdateVocationalTrainingDto: {
            course?: string;
            institution?: string;
            trade?: string;
            /** @enum {string|null} */
            programmeLevel?: "short_course" | "elementary" | "intermediate" | "college" | null;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string | null;
            /** @enum {string} */
            status?: "ongoing" | "completed" | "dropped_out";
            certificateObtained?: boolean;
            certificateName?: string | null;
            employer?: string | null;
            jobTitle?: string | null;
            /** Format: date */
            jobStartedOn?: string | null;
            monthlyIncomeVnd?: number | null;
            notes?: string | null;
        };
        RolloverDto: {
            /**
             * @description The school year to close
             * @example 2026-2027
             */
            from: string;
            /**
             * @description Admin only: closes a school year before it is over (the ministry frame: the year ends before 31 May); audited
             * @example Trường đã tổng kết năm học sớm theo kế hoạch của tỉnh
             */
            reason?: string;
        };
        RolloverEnrolledView: {
            /** Format: uuid */
            enrollmentId: string;
            /** Format: uuid */
            previousEnrollmentId: string;
            /** Format: uuid */
            residentId: string;
            residentCode: string;
            residentName: string;
            /** @enum {string} */
            level: "nursery" | "primary" | "lower_secondary" | "upper_secondary" | "vocational_intermediate" | "college" | "university" | "continuing_education" | "special_education" | "not_enrolled";
            grade: number | null;
            /** @description null: a new school to name */
            schoolName: string | null;
        };
        RolloverDecisionView: {
            /** Format: uuid */
            enrollmentId: string;
            /** Format: uuid */
            residentId: string;
            residentCode: string;
            residentName: string;
            /** @enum {string} */
            level: "nursery" | "primary" | "lower_secondary" | "upper_secondary" | "vocational_intermediate" | "college" | "university" | "continuing_education" | "special_education" | "not_enrolled";
            grade: number | null;
            /** @enum {string} */
            reason: "no_year_result" | "repeat" | "re_exam" | "finished_upper_secondary" | "finished_programme" | "grade_to_decide" | "dropped_out" | "suspended" | "not_enrolled";
            /** @example Chờ kiểm tra lại / rèn luyện hè */
            reasonText: string;
        };
        RolloverView: {
            /** Format: uuid */
            id: string;
            /** @example 2026-2027 */
            from: string;
            /** @example 2027-2028 */
            to: string;
            /** @description New enrolments (status studying) */
            enrolled: components["schemas"]["RolloverEnrolledView"][];
            /** @description Students the social worker decides */
            needsDecision: components["schemas"]["RolloverDecisionView"][];
            /** @description Residents (ids) already enrolled in the new year */
            alreadyEnrolled: string[];
        };
        TermFiguresView: {
            /**
             * @description Results recorded for the term
             * @example 30
             */
            results: number;
            /**
             * @description Primary pupils by rating (TT 27/2020)
             * @example {
             *       "outstanding": 2,
             *       "excellent": 5,
             *       "completed": 6,
             *       "not_completed": 1
             *     }
             */
            primary: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "good": 4,
             *       "fair": 6,
             *       "pass": 3,
             *       "fail": 1
             *     }
             */
            secondaryLearning: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "good": 10,
             *       "fair": 3,
             *       "pass": 1,
             *       "fail": 0
             *     }
             */
            secondaryConduct: {
                [key: string]: number;
            };
            /**
             * @description Results with more days absent than the alert threshold
             * @example 1
             */
            highAbsence: number;
        };
        YearTermFiguresView: {
            /**
             * @description Results recorded for the term
             * @example 30
             */
            results: number;
            /**
             * @description Primary pupils by rating (TT 27/2020)
             * @example {
             *       "outstanding": 2,
             *       "excellent": 5,
             *       "completed": 6,
             *       "not_completed": 1
             *     }
             */
            primary: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "good": 4,
             *       "fair": 6,
             *       "pass": 3,
             *       "fail": 1
             *     }
             */
            secondaryLearning: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "good": 10,
             *       "fair": 3,
             *       "pass": 1,
             *       "fail": 0
             *     }
             */
            secondaryConduct: {
                [key: string]: number;
            };
            /**
             * @description Results with more days absent than the alert threshold
             * @example 1
             */
            highAbsence: number;
            /**
             * @example {
             *       "promoted": 25,
             *       "repeat": 1,
             *       "re_exam": 2
             *     }
             */
            promotion: {
                [key: string]: number;
            };
            /**
             * @description promoted ÷ whole-year results that decide a promotion; null when none
             * @example 0.8929
             */
            promotionRate: number | null;
        };
        TermsFiguresView: {
            HK1: components["schemas"]["TermFiguresView"];
            HK2: components["schemas"]["TermFiguresView"];
            year: components["schemas"]["YearTermFiguresView"];
        };
        VocationalFiguresView: {
            /** @description Enrolments at vocational_intermediate or college level */
            schoolEnrollments: number;
            /** @description Vocational courses running at some point in the school year */
            trainings: number;
            started: number;
            completed: number;
            certificates: number;
            placedInJobs: number;
        };
        SchoolingFiguresView: {
            /** @example 2026-2027 */
            schoolYear: string;
            /** @description Residents with an enrolment at a school (not_enrolled excluded) */
            students: number;
            /**
             * @description Residents by level (distinct residents; every level listed)
             * @example {
             *       "nursery": 6,
             *       "primary": 10,
             *       "lower_secondary": 8
             *     }
             */
            byLevel: {
                [key: string]: number;
            };
            /** @description Residents with a not_enrolled year */
            notEnrolled: number;
            /** @description Residents by enrolment status */
            byStatus: {
                [key: string]: number;
            };
            /** @description Residents who dropped out during the year */
            dropouts: number;
            terms: components["schemas"]["TermsFiguresView"];
            /** @description The whole-year promotion rate */
            promotionRate: number | null;
            vocational: components["schemas"]["VocationalFiguresView"];
        };
        PrescriptionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            residentId: string;
            medicineName: string;
            strength: string | null;
            /** @enum {string} */
            form: "tablet" | "capsule" | "syrup" | "powder" | "injection" | "drops" | "inhaler" | "cream" | "patch" | "suppository" | "other";
            dose: string;
            /** @enum {string} */
            route: "oral" | "subcutaneous" | "intramuscular" | "topical" | "inhaled" | "eye" | "ear" | "nasal" | "rectal" | "other";
            times: string[];
            asNeeded: boolean;
            prnReason: string | null;
            maxPer24h: number | null;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string | null;
            prescriber: string;
            instructions: string | null;
            indication: string | null;
            sensitive: boolean;
            caretakerLabel: string | null;
            /** @enum {string} */
            status: "active" | "stopped";
            /** Format: date-time */
            stoppedAt: string | null;
            stopReason: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CreatePrescriptionDto: {
            /** @example Paracetamol */
            medicineName: string;
            /** @example 500 mg */
            strength?: string;
            /**
             * @example tablet
             * @enum {string}
             */
            form: "tablet" | "capsule" | "syrup" | "powder" | "injection" | "drops" | "inhaler" | "cream" | "patch" | "suppository" | "other";
            /** @example 1 viên */
            dose: string;
            /**
             * @example oral
             * @enum {string}
             */
            route: "oral" | "subcutaneous" | "intramuscular" | "topical" | "inhaled" | "eye" | "ear" | "nasal" | "rectal" | "other";
            /**
             * @description Local times of the doses; empty (or absent) for an as-needed prescription
             * @example [
             *       "07:00",
             *       "19:00"
             *     ]
             */
            times?: string[];
            /** @description As needed (PRN): no fixed times */
            asNeeded?: boolean;
            /** @example Sốt trên 38,5°C */
            prnReason?: string;
            /** @example 4 */
            maxPer24h?: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startDate: string;
            /**
             * Format: date
             * @example 2026-12-10
             */
            endDate?: string;
            /** @example BS. Nguyễn Văn Hùng, Trạm y tế xã */
            prescriber: string;
            /** @example Uống sau ăn */
            instructions?: string;
            /** @description Why (the diagnosis): never shown to caretakers */
            indication?: string;
            /** @description Antiretroviral, psychiatric…: its name is shown only to roles that see sensitive facts */
            sensitive?: boolean;
            /**
             * @description What caretakers see instead of a sensitive medicine’s name
             * @example Thuốc túi xanh
             */
            caretakerLabel?: string;
        };
        UpdatePrescriptionDto: {
            /** @example Paracetamol */
            medicineName?: string;
            /** @example 500 mg */
            strength?: string;
            /**
             * @example tablet
             * @enum {string}
             */
            form?: "tablet" | "capsule" | "syrup" | "powder" | "injection" | "drops" | "inhaler" | "cream" | "patch" | "suppository" | "other";
            /** @example 1 viên */
            dose?: string;
            /**
             * @example oral
             * @enum {string}
             */
            route?: "oral" | "subcutaneous" | "intramuscular" | "topical" | "inhaled" | "eye" | "ear" | "nasal" | "rectal" | "other";
            /**
             * @description Local times of the doses; empty (or absent) for an as-needed prescription
             * @example [
             *       "07:00",
             *       "19:00"
             *     ]
             */
            times?: string[];
            /** @description As needed (PRN): no fixed times */
            asNeeded?: boolean;
            /** @example Sốt trên 38,5°C */
            prnReason?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startDate?: string;
            /** @example BS. Nguyễn Văn Hùng, Trạm y tế xã */
            prescriber?: string;
            /** @example Uống sau ăn */
            instructions?: string;
            /** @description Why (the diagnosis): never shown to caretakers */
            indication?: string;
            /** @description Antiretroviral, psychiatric…: its name is shown only to roles that see sensitive facts */
            sensitive?: boolean;
            /**
             * @description What caretakers see instead of a sensitive medicine’s name
             * @example Thuốc túi xanh
             */
            caretakerLabel?: string;
            /** @example 4 */
            maxPer24h?: number | null;
            /**
             * Format: date
             * @example 2026-12-10
             */
            endDate?: string | null;
        };
        StopPrescriptionDto: {
            /** @example Hết đợt điều trị */
            reason: string;
        };
        PrescriptionRevisionView: {
            version: number;
            state: components["schemas"]["PrescriptionView"];
            /** Format: uuid */
            replacedBy: string;
            /** Format: date-time */
            replacedAt: string;
        };
        RoundDoseView: {
            /** Format: uuid */
            prescriptionId: string;
            label: string;
            /** @enum {string} */
            form: "tablet" | "capsule" | "syrup" | "powder" | "injection" | "drops" | "inhaler" | "cream" | "patch" | "suppository" | "other";
            dose: string;
            /** @enum {string} */
            route: "oral" | "subcutaneous" | "intramuscular" | "topical" | "inhaled" | "eye" | "ear" | "nasal" | "rectal" | "other";
            instructions: string | null;
            medicineName?: string;
            indication?: string | null;
            sensitive?: boolean;
            /** @example 07:00 */
            time: string;
            record: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                prescriptionId: string;
                /** @example 07:00 */
                time: string | null;
                /** Format: date */
                date: string;
                /** @enum {string} */
                outcome: "given" | "refused" | "held" | "not_available";
                reason: string | null;
                note: string | null;
                /** Format: date-time */
                administeredAt: string;
                /** Format: uuid */
                recordedBy: string;
                /** Format: date-time */
                recordedAt: string;
                recordedByName: string | null;
            } | null;
        };
        RoundAsNeededView: {
            /** Format: uuid */
            prescriptionId: string;
            label: string;
            /** @enum {string} */
            form: "tablet" | "capsule" | "syrup" | "powder" | "injection" | "drops" | "inhaler" | "cream" | "patch" | "suppository" | "other";
            dose: string;
            /** @enum {string} */
            route: "oral" | "subcutaneous" | "intramuscular" | "topical" | "inhaled" | "eye" | "ear" | "nasal" | "rectal" | "other";
            instructions: string | null;
            medicineName?: string;
            indication?: string | null;
            sensitive?: boolean;
            prnReason: string;
            maxPer24h: number;
            givenLast24h: number;
        };
        RoundResidentView: {
            /** Format: uuid */
            residentId: string;
            code: string;
            fullName: string;
            preferredName: string | null;
            roomCode: string | null;
            bed: string | null;
            doses: components["schemas"]["RoundDoseView"][];
            asNeeded: components["schemas"]["RoundAsNeededView"][];
        };
        MedicationRoundView: {
            /** Format: date */
            date: string;
            /** @example 07:00 */
            slot: string | null;
            /** Format: uuid */
            roomId: string | null;
            residents: components["schemas"]["RoundResidentView"][];
        };
        DoseRowDto: {
            /** Format: uuid */
            prescriptionId: string;
            /**
             * @description The scheduled time; absent for an as-needed dose
             * @example 07:00
             */
            time?: string;
            /**
             * @example given
             * @enum {string}
             */
            outcome: "given" | "refused" | "held" | "not_available";
            /**
             * @description Required when held, and for an as-needed dose given (what it was given for)
             * @example Cháu nôn sau bữa sáng
             */
            reason?: string;
            note?: string;
            /**
             * @description When it was given; default: now
             * @example 2026-12-07T07:10:00+07:00
             */
            administeredAt?: string;
        };
        MedicationRoundBatchDto: {
            /**
             * Format: date
             * @example 2026-12-07
             */
            date: string;
            rows: components["schemas"]["DoseRowDto"][];
        };
        DoseRecordView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            prescriptionId: string;
            /** @example 07:00 */
            time: string | null;
            /** Format: date */
            date: string;
            /** @enum {string} */
            outcome: "given" | "refused" | "held" | "not_available";
            reason: string | null;
            note: string | null;
            /** Format: date-time */
            administeredAt: string;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        MedicationRoundSaved: {
            /** Format: date */
            date: string;
            saved: number;
            records: components["schemas"]["DoseRecordView"][];
        };
        MedicineCostView: {
            /** @example 2026-12 */
            month: string;
            totalVnd: number;
            /** @description Residents present in the month (active or on leave, admitted by its end) */
            residents: number;
            /** @description totalVnd / residents, rounded to the đồng */
            perResidentVnd: number;
            /** @example 100000 */
            ceilingVnd: number;
            overCeiling: boolean;
        };
        MedicinePurchaseView: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            purchasedOn: string;
            description: string;
            supplier: string | null;
            invoiceNumber: string | null;
            amountVnd: number;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        MedicinePurchasesView: {
            cost: components["schemas"]["MedicineCostView"];
            items: components["schemas"]["MedicinePurchaseView"][];
        };
        CreateMedicinePurchaseDto: {
            /**
             * Format: date
             * @example 2026-12-03
             */
            purchasedOn: string;
            /** @example Paracetamol 500 mg, 10 hộp; siro ho trẻ em, 6 chai */
            description: string;
            /** @example Nhà thuốc Minh Châu */
            supplier?: string;
            /** @example HĐ 0001234 */
            invoiceNumber?: string;
            /** @example 1250000 */
            amountVnd: number;
        };
        AssignmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "social_worker" | "nurse" | "caretaker" | "officer";
            /** Format: date */
            date: string;
            /** @enum {string} */
            shift: "morning" | "afternoon" | "night";
            roomIds: string[];
            cover: boolean;
        };
        RotaView: {
            /** Format: date */
            weekStart: string;
            /** @description Send it back in If-Match to change the week (0: no rota yet) */
            version: number;
            assignments: components["schemas"]["AssignmentView"][];
        };
        AssignmentDto: {
            /** Format: uuid */
            userId: string;
            /**
             * Format: date
             * @example 2026-12-07
             */
            date: string;
            /** @enum {string} */
            shift: "morning" | "afternoon" | "night";
            roomIds: string[];
            /** @description May write the rounds of other rooms in this shift (cover) */
            cover?: boolean;
        };
        PutRotaDto: {
            assignments: components["schemas"]["AssignmentDto"][];
        };
        GroupCountView: {
            /** @enum {string} */
            group: "infant" | "young_child" | "young_child_special" | "child" | "child_special" | "adult_self_care" | "adult_dependent";
            residents: number;
            /** @description Residents per carer (TT 33/2017 Điều 5) */
            perCarer: number;
        };
        StaffCountView: {
            required: number;
            assigned: number;
            short: boolean;
        };
        ShiftStaffingView: {
            /** @enum {string} */
            shift: "morning" | "afternoon" | "night";
            carers: components["schemas"]["StaffCountView"];
        };
        StaffingDayView: {
            /** Format: date */
            date: string;
            /** @description Residents present (active, admitted by then) */
            residents: number;
            groups: components["schemas"]["GroupCountView"][];
            /** @description Whether the facility has a rota for the day */
            hasRota: boolean;
            shifts: components["schemas"]["ShiftStaffingView"][];
            /** @description Social workers assigned that day, 1 per 100 */
            socialWorkers: components["schemas"]["StaffCountView"];
            /** @description Nurses assigned that day, 1 per 50 */
            medicalStaff: components["schemas"]["StaffCountView"];
        };
        CounsellingFigures: {
            sessions: number;
            peopleCounselled: number;
            minutes: number;
            /**
             * @example {
             *       "individual": 12,
             *       "group": 3,
             *       "family": 2,
             *       "crisis": 1,
             *       "therapy": 0
             *     }
             */
            byType: Record<string, never>;
        };
        CaseFigures: {
            /** @example 2026-11 */
            month: string;
            counselling: components["schemas"]["CounsellingFigures"];
            /**
             * @example {
             *       "opened": 3,
             *       "closed": 1,
             *       "openAtMonthEnd": 60,
             *       "byStep": {
             *         "assessment": 5,
             *         "planning": 10,
             *         "implementation": 20,
             *         "monitoring": 25
             *       }
             *     }
             */
            cases: Record<string, never>;
            /**
             * @example {
             *       "total": 4,
             *       "initialSafety": 1,
             *       "comprehensive": 2,
             *       "reassessment": 1
             *     }
             */
            assessments: Record<string, never>;
            /**
             * @example {
             *       "approved": 2,
             *       "reviewsDone": 7,
             *       "reviewsOverdue": 1
             *     }
             */
            plans: Record<string, never>;
            /**
             * @example {
             *       "total": 3,
             *       "byKind": {
             *         "hospital": 1,
             *         "school": 1,
             *         "ngo": 1
             *       },
             *       "sharingPersonalData": 2,
             *       "withConsent": 1,
             *       "consentOverridden": 1
             *     }
             */
            referrals: Record<string, never>;
            /**
             * @example {
             *       "held": 4,
             *       "concernsRaised": 6
             *     }
             */
            childrenMeetings: Record<string, never>;
        };
        CaseFile: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** Format: uuid */
            admissionId: string;
            /**
             * Format: uuid
             * @description The social worker in charge (cán bộ quản lý trường hợp); null only when the centre has none.
             */
            caseWorkerId: string | null;
            /** @enum {string} */
            step: "closed" | "assessment" | "planning" | "implementation" | "monitoring";
            /** @description A protection case (emergency protection, abuse, trafficking): its case notes are sensitive. */
            protection: boolean;
            /** Format: date */
            openedOn: string;
            /** Format: date */
            planningSince: string | null;
            /** Format: date */
            implementationSince: string | null;
            /** Format: date */
            monitoringSince: string | null;
            /** Format: date */
            evaluatedOn: string | null;
            /** @enum {string|null} */
            evaluationOutcome: "goals_met" | "partly_met" | "not_met" | null;
            evaluation: string | null;
            /** Format: date */
            closedOn: string | null;
            /** @enum {string|null} */
            closureReason: "other" | "discharged" | "transferred" | "goals_met" | "declined" | null;
            closureNote: string | null;
            /** Format: uuid */
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OpenCaseDto: {
            /**
             * Format: uuid
             * @description A social worker of the centre (default: the caller or the least busy)
             */
            caseWorkerId?: string;
            /**
             * Format: date
             * @description Default: today
             * @example 2026-11-02
             */
            openedOn?: string;
            /** @description A protection case: its case notes are sensitive */
            protection?: boolean;
        };
        UpdateCaseDto: {
            /** Format: uuid */
            caseWorkerId?: string;
            protection?: boolean;
        };
        EvaluateCaseDto: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            evaluatedOn: string;
            /** @enum {string} */
            outcome: "goals_met" | "partly_met" | "not_met";
            /** @example Em đã ổn định tâm lý, đi học đều; gia đình chú ruột sẵn sàng nhận nuôi. */
            evaluation: string;
        };
        CloseCaseDto: {
            /**
             * Format: date
             * @example 2026-11-25
             */
            closedOn: string;
            /** @enum {string} */
            reason: "goals_met" | "transferred" | "declined" | "other";
            note?: string;
        };
        NeedsAssessment: {
            domains: Record<string, never>[];
            participants: Record<string, never>[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            residentId: string;
            /** @enum {string} */
            kind: "initial_safety" | "comprehensive" | "reassessment";
            /** Format: date */
            assessedOn: string;
            /** @enum {string} */
            riskLevel: "critical" | "low" | "medium" | "high";
            strengths: string | null;
            summary: string | null;
            /** Format: uuid */
            assessedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        DomainAssessmentDto: {
            /** @enum {string} */
            domain: "safety" | "health" | "nutrition" | "education" | "psychosocial" | "family_relations" | "legal_documents" | "life_skills" | "livelihood";
            /** @description 1 = serious need … 5 = no need */
            score?: number;
            /** @enum {string} */
            level?: "none" | "low" | "medium" | "high";
            notes?: string;
        };
        ParticipantDto: {
            /** @example Lò Thị Mai */
            name: string;
            /** @example bà ngoại */
            role: string;
        };
        CreateAssessmentDto: {
            /** @enum {string} */
            kind: "initial_safety" | "comprehensive" | "reassessment";
            /**
             * Format: date
             * @example 2026-11-03
             */
            assessedOn: string;
            domains: components["schemas"]["DomainAssessmentDto"][];
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high" | "critical";
            /** @example Chăm chỉ, thích vẽ, gắn bó với bà ngoại */
            strengths?: string;
            participants?: components["schemas"]["ParticipantDto"][];
            summary?: string;
        };
        InterventionPlan: {
            goals: Record<string, never>[];
            activities: Record<string, never>[];
            services: Record<string, never>[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            residentId: string;
            revision: number;
            /** Format: uuid */
            previousPlanId: string | null;
            /** @enum {string} */
            status: "draft" | "approved" | "superseded";
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string | null;
            /** @enum {string} */
            reviewFrequency: "monthly" | "quarterly" | "six_monthly" | "yearly";
            /** Format: date */
            nextReviewOn: string | null;
            /** Format: uuid */
            approvedBy: string | null;
            /** Format: date */
            approvedOn: string | null;
            /** Format: uuid */
            createdBy: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GoalDto: {
            /** @example G1 */
            key: string;
            /** @enum {string} */
            domain: "safety" | "health" | "nutrition" | "education" | "psychosocial" | "family_relations" | "legal_documents" | "life_skills" | "livelihood";
            /** @example Đi học đều, không nghỉ quá 2 buổi/tháng */
            goal: string;
            indicator?: string;
            /** @enum {string} */
            status?: "not_started" | "in_progress" | "achieved" | "not_achieved";
        };
        ActivityDto: {
            /** @example Gặp giáo viên chủ nhiệm mỗi tháng */
            description: string;
            /** @example G1 */
            goalKey?: string;
            /**
             * Format: uuid
             * @description The staff member responsible
             */
            ownerId: string;
            /**
             * Format: date
             * @example 2026-12-15
             */
            dueOn: string;
            done?: boolean;
        };
        ServiceDto: {
            /** @example Tham vấn tâm lý cá nhân */
            name: string;
            /** @enum {string} */
            provision: "internal" | "referred";
            provider?: string;
        };
        CreatePlanDto: {
            /**
             * Format: date
             * @example 2026-11-10
             */
            startsOn: string;
            /** Format: date */
            endsOn?: string;
            /** @enum {string} */
            reviewFrequency: "monthly" | "quarterly" | "six_monthly" | "yearly";
            /** @description At least one goal */
            goals: components["schemas"]["GoalDto"][];
            activities?: components["schemas"]["ActivityDto"][];
            services?: components["schemas"]["ServiceDto"][];
        };
        UpdatePlanDto: {
            /**
             * Format: date
             * @example 2026-11-10
             */
            startsOn?: string;
            /** Format: date */
            endsOn?: string;
            /** @enum {string} */
            reviewFrequency?: "monthly" | "quarterly" | "six_monthly" | "yearly";
            /** @description At least one goal */
            goals?: components["schemas"]["GoalDto"][];
            activities?: components["schemas"]["ActivityDto"][];
            services?: components["schemas"]["ServiceDto"][];
        };
        GoalReviewView: {
            /** @example G1 */
            key: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "achieved" | "not_achieved";
            /** @example null */
            note: string | null;
        };
        PlanReview: {
            /** @description The goals reviewed, each with its status at this review */
            goals: components["schemas"]["GoalReviewView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date */
            reviewedOn: string;
            summary: string | null;
            /**
             * Format: uuid
             * @description The draft revision this review produced, if it revised the plan.
             */
            revisedPlanId: string | null;
            /** Format: uuid */
            reviewedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        GoalReviewDto: {
            /**
             * @description The key of a goal of the plan reviewed
             * @example G1
             */
            key: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "achieved" | "not_achieved";
            note?: string;
        };
        PlanRevisionDto: {
            /** @enum {string} */
            reviewFrequency: "monthly" | "quarterly" | "six_monthly" | "yearly";
            /** @description At least one goal */
            goals: components["schemas"]["GoalDto"][];
            activities?: components["schemas"]["ActivityDto"][];
            services?: components["schemas"]["ServiceDto"][];
        };
        CreateReviewDto: {
            /**
             * Format: date
             * @example 2026-12-10
             */
            reviewedOn: string;
            /** @description The goals reviewed, each with its status */
            goals: components["schemas"]["GoalReviewDto"][];
            summary?: string;
            /** @description Revises the plan: a new revision, a draft until the admin approves it */
            revision?: components["schemas"]["PlanRevisionDto"];
        };
        PlanReviewResultView: {
            review: components["schemas"]["PlanReview"];
            plan: components["schemas"]["InterventionPlan"];
            revision: {
                goals: Record<string, never>[];
                activities: Record<string, never>[];
                services: Record<string, never>[];
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                facilityId: string;
                /** Format: uuid */
                caseId: string;
                /** Format: uuid */
                residentId: string;
                revision: number;
                /** Format: uuid */
                previousPlanId: string | null;
                /** @enum {string} */
                status: "draft" | "approved" | "superseded";
                /** Format: date */
                startsOn: string;
                /** Format: date */
                endsOn: string | null;
                /** @enum {string} */
                reviewFrequency: "monthly" | "quarterly" | "six_monthly" | "yearly";
                /** Format: date */
                nextReviewOn: string | null;
                /** Format: uuid */
                approvedBy: string | null;
                /** Format: date */
                approvedOn: string | null;
                /** Format: uuid */
                createdBy: string;
                version: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
            } | null;
        };
        CounsellingSession: {
            topics: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date */
            sessionOn: string;
            /** @enum {string} */
            type: "family" | "individual" | "group" | "crisis" | "therapy";
            /** Format: uuid */
            counsellorId: string;
            durationMinutes: number;
            summary: string;
            followUpActions: string | null;
            /** @description Copied from the case when written: the summary of a protection case is sensitive. */
            sensitive: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CreateCaseNoteDto: {
            /**
             * Format: date
             * @example 2026-11-12
             */
            sessionOn: string;
            /** @enum {string} */
            type: "individual" | "group" | "family" | "crisis" | "therapy";
            /**
             * Format: uuid
             * @description Default: the caller
             */
            counsellorId?: string;
            /** @example 45 */
            durationMinutes: number;
            /**
             * @example [
             *       "học tập",
             *       "bạn bè"
             *     ]
             */
            topics?: string[];
            /** @example Em chia sẻ về việc nhớ nhà, ngủ chưa ngon. */
            summary: string;
            followUpActions?: string;
        };
        Referral: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            residentId: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date */
            referredOn: string;
            /** @enum {string} */
            kind: "other" | "hospital" | "school" | "police" | "court" | "legal_aid" | "other_centre" | "ngo";
            organisation: string;
            contactName: string | null;
            contactPhone: string | null;
            reason: string;
            sharesPersonalData: boolean;
            consent: Record<string, never> | null;
            consentOverrideReason: string | null;
            /** Format: uuid */
            consentOverriddenBy: string | null;
            /** @enum {string} */
            outcome: "completed" | "declined" | "pending" | "accepted" | "no_response";
            /** Format: date */
            outcomeOn: string | null;
            outcomeNote: string | null;
            /** Format: uuid */
            createdBy: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ConsentDto: {
            /** @enum {string} */
            givenBy: "resident" | "guardian";
            /** @example Lò Thị Mai */
            name: string;
            /**
             * Format: date
             * @example 2026-11-05
             */
            givenOn: string;
            /** @description Signed consent form (else verbal, noted) */
            written: boolean;
        };
        CreateReferralDto: {
            /**
             * Format: date
             * @example 2026-11-06
             */
            referredOn: string;
            /** @enum {string} */
            kind: "hospital" | "school" | "police" | "court" | "legal_aid" | "other_centre" | "ngo" | "other";
            /** @example Bệnh viện Tâm thần tỉnh */
            organisation: string;
            contactName?: string;
            contactPhone?: string;
            /** @example Đánh giá rối loạn giấc ngủ sau sang chấn */
            reason: string;
            /** @description The referral passes on personal information about the resident */
            sharesPersonalData: boolean;
            consent?: components["schemas"]["ConsentDto"];
            /** @description Admin only: share without consent, with the reason (audited) */
            consentOverrideReason?: string;
        };
        UpdateReferralDto: {
            /** @enum {string} */
            outcome?: "pending" | "accepted" | "completed" | "declined" | "no_response";
            /** Format: date */
            outcomeOn?: string;
            outcomeNote?: string;
            contactName?: string;
            contactPhone?: string;
        };
        ChildrenMeeting: {
            staffPresent: string[];
            concerns: Record<string, never>[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            facilitatorId: string;
            childrenPresent: number;
            notes: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ConcernDto: {
            /** @example Các em muốn có thêm giờ chơi bóng đá chiều thứ Bảy */
            concern: string;
            action?: string;
            /** Format: uuid */
            ownerId?: string;
            resolved?: boolean;
        };
        CreateMeetingDto: {
            /**
             * Format: date
             * @example 2026-11-08
             */
            heldOn: string;
            childrenPresent: number;
            /**
             * @example [
             *       "Cô Hạnh",
             *       "Thầy Dũng"
             *     ]
             */
            staffPresent?: string[];
            concerns?: components["schemas"]["ConcernDto"][];
            notes?: string;
        };
        UpdateMeetingDto: {
            /**
             * Format: date
             * @example 2026-11-08
             */
            heldOn?: string;
            childrenPresent?: number;
            /**
             * @example [
             *       "Cô Hạnh",
             *       "Thầy Dũng"
             *     ]
             */
            staffPresent?: string[];
            concerns?: components["schemas"]["ConcernDto"][];
            notes?: string;
        };
        EmergencyIntakeDto: {
            /** @example Cổng chợ Phố Hiến */
            foundAt: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            foundOn: string;
            /** @example Công an phường Phố Hiến */
            foundBy: string;
            /** @example Trầy xước nhẹ ở tay */
            injuries?: string;
            /** @example BB-2026-118 */
            intakeRecordNo?: string;
        };
        VoluntaryContractDto: {
            /** @example HĐ-08/2026-017 */
            contractNo: string;
            /**
             * Format: date
             * @example 2026-11-01
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2027-10-31
             */
            endsOn?: string;
            /** @example Con trai: Nguyễn Văn Hùng */
            payer: string;
            /**
             * @description đồng per month
             * @example 4500000
             */
            monthlyFee?: number;
        };
        AdmitResidentDto: {
            /** @example Lò Thị Mai */
            fullName: string;
            /** @example Mai */
            preferredName?: string;
            /**
             * Format: date
             * @example 2016-03-12
             */
            dateOfBirth?: string;
            /**
             * @description When the date is unknown
             * @example 2016
             */
            birthYear?: number;
            /** @default false */
            birthDateEstimated: boolean;
            /** @enum {string} */
            sex: "male" | "female";
            /**
             * @description 01 Kinh … 54 Rơ Măm, 55 foreign
             * @example 03
             */
            ethnicityCode: string;
            /** @example Không */
            religion?: string;
            /** @example Sơn La */
            hometownProvince?: string;
            /** @example Xã Mường La */
            hometownCommune?: string;
            placeOfOrigin?: string;
            /**
             * @description CCCD, 12 digits
             * @example 014316001234
             */
            personalId?: string;
            /**
             * @description 10 digits, or the older 15-character code
             * @example 0123456789
             */
            healthInsuranceNumber?: string;
            photoRef?: string;
            guardians?: components["schemas"]["GuardianDto"][];
            /**
             * @example [
             *       "k1_child_orphan"
             *     ]
             */
            categories: ("k1_child_abandoned" | "k1_child_orphan" | "k1_child_other" | "k1_child_hiv" | "k1_elderly_alone" | "k1_disabled_severe" | "k2_emergency" | "k3_administrative" | "k5_voluntary")[];
            /**
             * @description Required with k2_emergency
             * @enum {string}
             */
            emergencyKind?: "domestic_violence" | "sexual_abuse" | "trafficking" | "forced_labour" | "vagrant" | "other";
            /** @example vận động */
            disabilityKind?: string;
            /** @enum {string} */
            disabilityLevel?: "mild" | "severe" | "extreme";
            /** @enum {string} */
            mobility?: "independent" | "assisted" | "wheelchair" | "bedridden";
            /** @default false */
            needs24hCare: boolean;
            careNeeds?: string;
            /** @example Ăn mềm; dị ứng tôm; cần giám sát khi tắm */
            careInstructions?: string;
            /** Format: uuid */
            roomId?: string;
            /** @example 3 */
            bed?: string;
            /** @description admin, nurse, social_worker only */
            sensitive?: components["schemas"]["SensitiveFactsDto"];
            /** @enum {string} */
            type: "regular" | "emergency" | "voluntary";
            /**
             * Format: date
             * @example 2026-11-20
             */
            admittedOn: string;
            /**
             * @description regular: required
             * @example 245/QĐ-TTBTXH
             */
            decisionNo?: string;
            /**
             * Format: date
             * @description regular: required
             * @example 2026-11-18
             */
            decisionDate?: string;
            /** @description Dossier items present (the intake record of an emergency and the voluntary contract count as present by themselves) */
            dossierPresent?: ("declaration_mau07" | "birth_certificate" | "disability_certificate" | "hiv_confirmation" | "commune_request" | "admission_decision" | "intake_record" | "care_contract_mau08" | "identity_document")[];
            /** @description emergency: required */
            emergency?: components["schemas"]["EmergencyIntakeDto"];
            /** @description voluntary: required */
            voluntary?: components["schemas"]["VoluntaryContractDto"];
            /** @description Admit although likely duplicates were found (audited) */
            confirmNotDuplicate?: boolean;
        };
        ImportedResidentView: {
            /** @description Row of the file */
            row: number;
            /** Format: uuid */
            id: string;
            code: string;
            fullName: string;
        };
        ImportSkippedRowView: {
            /** @description Row of the file */
            row: number;
            fullName: string;
            /** @enum {string} */
            status: "active" | "on_leave" | "discharged" | "deceased" | "transferred";
        };
        ImportResultView: {
            dryRun: boolean;
            imported: number;
            residents: components["schemas"]["ImportedResidentView"][];
            skipped: components["schemas"]["ImportSkippedRowView"][];
        };
        ReadmitDto: {
            /**
             * @description Required with k2_emergency
             * @enum {string}
             */
            emergencyKind?: "domestic_violence" | "sexual_abuse" | "trafficking" | "forced_labour" | "vagrant" | "other";
            /** @default false */
            needs24hCare: boolean;
            /** Format: uuid */
            roomId?: string;
            /** @example 3 */
            bed?: string;
            /** @enum {string} */
            type: "regular" | "emergency" | "voluntary";
            /**
             * Format: date
             * @example 2026-11-20
             */
            admittedOn: string;
            /**
             * @description regular: required
             * @example 245/QĐ-TTBTXH
             */
            decisionNo?: string;
            /**
             * Format: date
             * @description regular: required
             * @example 2026-11-18
             */
            decisionDate?: string;
            /** @description Dossier items present (the intake record of an emergency and the voluntary contract count as present by themselves) */
            dossierPresent?: ("declaration_mau07" | "birth_certificate" | "disability_certificate" | "hiv_confirmation" | "commune_request" | "admission_decision" | "intake_record" | "care_contract_mau08" | "identity_document")[];
            /** @description emergency: required */
            emergency?: components["schemas"]["EmergencyIntakeDto"];
            /** @description voluntary: required */
            voluntary?: components["schemas"]["VoluntaryContractDto"];
            /** @description Categories now (default: as before) */
            categories?: ("k1_child_abandoned" | "k1_child_orphan" | "k1_child_other" | "k1_child_hiv" | "k1_elderly_alone" | "k1_disabled_severe" | "k2_emergency" | "k3_administrative" | "k5_voluntary")[];
            reason?: string;
        };
        DestinationDto: {
            /** @enum {string} */
            kind: "family" | "guardian" | "facility" | "independent";
            /** @example Lò Văn Pảng */
            name: string;
            /** @example chú ruột */
            relationship?: string;
            address?: string;
            phone?: string;
        };
        HandoverDto: {
            /** @example Lò Văn Pảng */
            receivedBy: string;
            /** @example 15/XN-UBND */
            communeConfirmationNo?: string;
            /** Format: date */
            communeConfirmationDate?: string;
        };
        DeathDto: {
            /** Format: date */
            diedOn: string;
            /** @example Suy tim, tuổi cao */
            cause: string;
        };
        DischargeDto: {
            /** @enum {string} */
            ground: "case_closed" | "family_request" | "adopted" | "age_limit" | "cannot_serve" | "lost_contact" | "own_request" | "death" | "contract_ended" | "other";
            /** @description Required with ground "other" */
            groundOther?: string;
            /**
             * Format: date
             * @example 2026-11-10
             */
            requestedOn: string;
            /** @example 58/QĐ-TTBTXH */
            decisionNo: string;
            /**
             * Format: date
             * @example 2026-11-17
             */
            decisionDate: string;
            /** @description Required when the decision is more than 7 working days after the request */
            lateReason?: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            effectiveOn: string;
            destination?: components["schemas"]["DestinationDto"];
            handover?: components["schemas"]["HandoverDto"];
            belongingsReturned?: string;
            documentsReturned?: string;
            /** @description Independent living: months the allowance continues */
            allowanceMonths?: number;
            /** @description Required with ground "death" */
            death?: components["schemas"]["DeathDto"];
            /** @description age_limit for someone under 22 who is still studying (audited) */
            ageRuleOverrideReason?: string;
            /**
             * @description Months after discharge for follow-ups (last at least 6, at most 24)
             * @example [
             *       1,
             *       3,
             *       6
             *     ]
             */
            followUpMonths?: number[];
            notes?: string;
        };
        DischargeResultView: {
            discharge: components["schemas"]["Discharge"];
            followUps: components["schemas"]["FollowUp"][];
        };
        MonthlyReportDto: {
            /** @example 2026-10 */
            month: string;
            /** @example Thiếu 2 nhân viên chăm sóc ca đêm; đề nghị bổ sung biên chế. */
            remarks?: string;
            /** @description Required when the period already has a report: why it is generated again */
            reason?: string;
        };
        Report: {
            /** @description Figures that differ from the previous version, listed in the new one. */
            changedFigures: string[] | null;
            /**
             * @description Records about the period written after the previous version (by resident code): why a
             *     regenerated closed period may differ. null on a first version.
             */
            correctedRecords: {
                code: string;
                /** @enum {string} */
                what: "stay" | "facts";
            }[] | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            /** @enum {string} */
            kind: "monthly" | "six_monthly" | "annual";
            /** @description 2026-10, 2026-H1 or 2026 */
            period: string;
            reportVersion: number;
            /** @enum {string} */
            status: "draft" | "final";
            reportNo: string;
            /** Format: date */
            issuedOn: string;
            reason: string | null;
            remarks: string | null;
            data: Record<string, never>;
            sha256: string;
            pdfBytes: number;
            generator: string;
            /**
             * Format: uuid
             * @description null: generated by the scheduled job.
             */
            generatedBy: string | null;
            /** Format: date-time */
            generatedAt: string;
            /** Format: uuid */
            finalisedBy: string | null;
            /** Format: date-time */
            finalisedAt: string | null;
            version: number;
        };
        PeriodicReportDto: {
            /**
             * @description YYYY-H1 (six-monthly) or YYYY (annual)
             * @example 2026-H1
             */
            period: string;
            remarks?: string;
            reason?: string;
        };
        FacilitySummaryView: {
            /** Format: uuid */
            facilityId: string;
            code: string;
            name: string;
            reported: boolean;
            /** Format: uuid */
            reportId: string | null;
            /** @description null: no final report */
            reportVersion: number | null;
            /** @description null: no final report */
            atStart: number | null;
            /** @description null: no final report */
            admitted: number | null;
            /** @description null: no final report */
            left: number | null;
            /** @description null: no final report */
            atEnd: number | null;
            /** @description null: no final report */
            children: number | null;
            /** @description null: no final report */
            elderly: number | null;
            /** @description null: no final report */
            disabled: number | null;
        };
        ProvinceTotalsView: {
            reporting: number;
            facilities: number;
            atStart: number;
            admitted: number;
            left: number;
            atEnd: number;
            children: number;
            elderly: number;
            disabled: number;
        };
        ProvinceSummaryView: {
            month: string;
            provinceCode: string;
            facilities: components["schemas"]["FacilitySummaryView"][];
            totals: components["schemas"]["ProvinceTotalsView"];
        };
        OutgoingDocumentView: {
            /** Format: uuid */
            id: string;
            /** @example 2026 */
            year: number;
            /** @example 12 */
            number: number;
            /** @example BC-TTBTXH-HY */
            symbol: string;
            /** @example 12/BC-TTBTXH-HY */
            documentNo: string;
            /**
             * Format: date
             * @example 2026-12-07
             */
            issuedOn: string;
            /** @example Báo cáo */
            docType: string;
            summary: string;
            signer: string;
            /** Format: uuid */
            reportId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RegisterSettingsView: {
            /** @example BC-TTBTXH-HY */
            reportSymbol: string;
            /** @description 0 while the facility keeps the default symbol */
            version: number;
        };
        UpdateRegisterSettingsDto: {
            /** @example BC-TTBTXH-HY */
            reportSymbol: string;
        };
        AlertKindCount: {
            /** @enum {string} */
            kind: "checkup_overdue" | "vaccination_overdue" | "emergency_dossier_due" | "emergency_stay_ending" | "serious_incident" | "growth_flag" | "weight_loss" | "meals_refused" | "vocational_referral" | "discharge_review" | "attendance" | "follow_up_overdue" | "reintegration_step_overdue" | "plan_review_due" | "safety_assessment_missing" | "holiday_decision_missing" | "dose_not_recorded" | "medication_refused" | "shift_short" | "login_attack";
            count: number;
        };
        OverdueKindCount: {
            /** @enum {string} */
            kind: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "vaccination" | "growth_check" | "dental" | "eye" | "other";
            count: number;
        };
        DashboardFigures: {
            /**
             * Format: date
             * @description The facility's today
             */
            today: string;
            /** @description Residents present today (active or on leave) */
            census: number;
            /** @description Places of the facility */
            capacity: number;
            /** @description Open alerts of the kinds the caller handles */
            openAlerts: number;
            /** @description Open alerts by kind, most first (kinds with none left out) */
            openAlertsByKind: components["schemas"]["AlertKindCount"][];
            /** @description Overdue health tasks (past due and grace days), as the worklist */
            overdue: number;
            /** @description Overdue health tasks by kind, most first (kinds with none left out) */
            overdueByKind: components["schemas"]["OverdueKindCount"][];
        };
        Problem: {
            /** @enum {string} */
            type: "urn:mai-am:problem:validation" | "urn:mai-am:problem:malformedJson" | "urn:mai-am:problem:unsupportedMediaType" | "urn:mai-am:problem:payloadTooLarge" | "urn:mai-am:problem:unauthorized" | "urn:mai-am:problem:invalidCredentials" | "urn:mai-am:problem:tokenInvalid" | "urn:mai-am:problem:forbidden" | "urn:mai-am:problem:notFound" | "urn:mai-am:problem:conflict" | "urn:mai-am:problem:preconditionFailed" | "urn:mai-am:problem:preconditionRequired" | "urn:mai-am:problem:rateLimited" | "urn:mai-am:problem:internal" | "urn:mai-am:problem:unavailable" | "urn:mai-am:problem:outcomeUnknown";
            /**
             * @description In Vietnamese, or English with Accept-Language: en
             * @enum {string}
             */
            title: "Dữ liệu không hợp lệ" | "Invalid input" | "Nội dung JSON không đọc được" | "Malformed JSON body" | "Kiểu nội dung không được hỗ trợ" | "Unsupported content type" | "Nội dung gửi lên quá lớn" | "Request body too large" | "Chưa xác thực" | "Not authenticated" | "Sai tên đăng nhập hoặc mật khẩu" | "Wrong username or password" | "Mã truy cập không hợp lệ hoặc đã hết hạn" | "Invalid or expired token" | "Không có quyền thực hiện" | "Not allowed" | "Không tìm thấy" | "Not found" | "Xung đột với trạng thái hiện tại" | "Conflicts with the current state" | "Dữ liệu đã bị thay đổi bởi người khác" | "Stale version" | "Thiếu tiêu đề If-Match" | "If-Match header required" | "Quá nhiều yêu cầu" | "Too many requests" | "Lỗi hệ thống" | "Internal error" | "Dịch vụ tạm thời không sẵn sàng" | "Service unavailable" | "Không rõ thao tác đã được lưu hay chưa" | "Outcome unknown";
            /** Format: int32 */
            status: number;
            detail?: string;
            /** @description Also in the X-Request-Id header; quote it when reporting a problem */
            requestId: string;
            /**
             * Format: int32
             * @description Only when `errors` was cut to its first 200: how many there were
             */
            errorsTotal?: number;
            /** @description For 400: one entry per field that is wrong (the first 200) */
            errors?: {
                /** @example guardians.0.phone */
                field: string;
                /** @example isPhone */
                code: string;
                message: string;
            }[];
            /** @description 409 of an admission or a personal ID change: the likely duplicates */
            duplicates?: components["schemas"]["DuplicateCandidateView"][];
            /**
             * Format: uuid
             * @description 409 of a daily record: the record already kept for that date and shift
             */
            existingId?: string;
            /**
             * Format: int32
             * @description 409 of a daily record: the version of that record
             */
            existingVersion?: number;
            /**
             * Format: uuid
             * @description 409 of an enrolment: the resident's enrolment of that year
             */
            existingEnrollmentId?: string;
            /**
             * Format: uuid
             * @description 409 of a result: the result already recorded for that term
             */
            existingResultId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                entity?: string;
                entityId?: string;
                userId?: string;
                action?: "create" | "update" | "void" | "read" | "login" | "logout";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditLog"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AlertsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "open" | "acknowledged" | "closed";
                kind?: "checkup_overdue" | "vaccination_overdue" | "emergency_dossier_due" | "emergency_stay_ending" | "serious_incident" | "growth_flag" | "weight_loss" | "meals_refused" | "vocational_referral" | "discharge_review" | "attendance" | "follow_up_overdue" | "reintegration_step_overdue" | "plan_review_due" | "safety_assessment_missing" | "holiday_decision_missing" | "dose_not_recorded" | "medication_refused" | "shift_short" | "login_attack";
                residentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Alert"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AlertsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The alert is not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Also sets the refresh token as the cookie `maiam_refresh` (HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth/refresh; Max-Age = the refresh token's lifetime) for the staff web app; API clients use the JSON body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many login attempts from this address, or too many failures of this username from it */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when the refresh token comes from the cookie */
                "X-Requested-With"?: "mai-am-web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, expired or already spent refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refresh by cookie without the header X-Requested-With: mai-am-web */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many refreshes from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            /** @description Done; the maiam_refresh cookie is cleared (Max-Age=0) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker, officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker, officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FacilitiesController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FacilitiesController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FacilitiesController_rooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomView"][];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FacilitiesController_createRoom: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FacilitiesController_updateRoom: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The room code is taken, or the residents of the room need more area than it would have */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                role?: "admin" | "social_worker" | "nurse" | "caretaker";
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserView"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The last active admin of the facility cannot lose the role */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_year: {
        parameters: {
            query?: {
                /** @description The year; the facility’s current year when left out */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYearView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordHolidayDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYearView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportController_templateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The header row and an example row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportController_templateCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The header row and an example row, UTF-8 with BOM */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResidentsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "active" | "on_leave" | "discharged" | "deceased" | "transferred";
                /** @description `k1_child`: any child of khoản 1. A role without access to HIV facts filters children by `k1_child` only (a narrower child category would tell who has HIV by who is left out): 403. */
                category?: "k1_child_abandoned" | "k1_child_orphan" | "k1_child_other" | "k1_child_hiv" | "k1_elderly_alone" | "k1_disabled_severe" | "k2_emergency" | "k3_administrative" | "k5_voluntary" | "k1_child";
                /** @description Room id */
                room?: string;
                ageBand?: "under4" | "4-5" | "6-10" | "11-15" | "16-17" | "18-59" | "60-79" | "80+";
                /** @description Name or code; ignores diacritics and case ("nguyen van an") */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ResidentSummaryView"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdmissionsController_admit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitResidentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No free bed or room area; or likely duplicates (listed in `duplicates`); or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResidentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResidentsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResidentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker, nurse, caretaker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The personal ID belongs to another person of the register (in `duplicates`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DuplicatesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckDuplicatesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCandidateView"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DuplicatesController_ofResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCandidateView"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdmissionPapersController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdmissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resident is not in care (no current admission) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StatusChangesController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The move is impossible from the current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_ethnicities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ethnicity"][];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker, officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_categories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            k1_child_abandoned: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k1_child_orphan: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k1_child_other: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k1_child_hiv: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k1_elderly_alone: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k1_disabled_severe: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k2_emergency: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k3_administrative: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                            k5_voluntary: {
                                /** Format: int32 */
                                clause: number;
                                vi: string;
                                en: string;
                            };
                        };
                        /** @description What a role without access to HIV facts sees instead of any child category of khoản 1. */
                        shownCategories: {
                            k1_child: {
                                /** Format: int32 */
                                clause: number;
                                standsFor: ("k1_child_abandoned" | "k1_child_orphan" | "k1_child_other" | "k1_child_hiv" | "k1_elderly_alone" | "k1_disabled_severe" | "k2_emergency" | "k3_administrative" | "k5_voluntary")[];
                                vi: string;
                                en: string;
                            };
                        };
                        emergencyKinds: ("domestic_violence" | "sexual_abuse" | "trafficking" | "forced_labour" | "vagrant" | "other")[];
                        dossierItems: {
                            declaration_mau07: {
                                vi: string;
                                en: string;
                            };
                            birth_certificate: {
                                vi: string;
                                en: string;
                            };
                            disability_certificate: {
                                vi: string;
                                en: string;
                            };
                            hiv_confirmation: {
                                vi: string;
                                en: string;
                            };
                            commune_request: {
                                vi: string;
                                en: string;
                            };
                            admission_decision: {
                                vi: string;
                                en: string;
                            };
                            intake_record: {
                                vi: string;
                                en: string;
                            };
                            care_contract_mau08: {
                                vi: string;
                                en: string;
                            };
                            identity_document: {
                                vi: string;
                                en: string;
                            };
                        };
                    };
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker, officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthSchedulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthSchedule"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthSchedulesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthSchedule"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthSchedulesController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthSchedule"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: nurse, admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthChecksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheck"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthChecksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHealthCheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckResultView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthChecksController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendHealthCheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheck"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VaccinationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vaccination"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VaccinationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVaccinationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vaccination"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthRecordsController_worklistOf: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "overdue" | "due" | "upcoming";
                kind?: "periodic_exam" | "annual_exam" | "hiv_monitoring" | "vaccination" | "growth_check" | "dental" | "eye" | "other";
                /** @description Room code */
                room?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorklistItem"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundController_view: {
        parameters: {
            query?: {
                /** @description Default: the facility's today */
                date?: string;
                /** @description Room id; default: every room */
                room?: string;
                /** @description Default: all three shifts */
                shift?: "morning" | "afternoon" | "night";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: caretaker, nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `room` is not a room of your facility */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundController_save: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: caretaker, nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Every refused row is a resident not present or a shift already recorded; nothing saved; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DailyRecordsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DailyRecord"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: caretaker, nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DailyRecordsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDailyRecordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyRecord"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: caretaker, nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A record exists for that date and shift (existingId, existingVersion); or the resident is not present; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DailyRecordsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDailyRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyRecord"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: caretaker, nurse, admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DailyRecordsController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyRecordRevision"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: caretaker, nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IncidentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: caretaker, nurse, admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IncidentsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIncidentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: caretaker, nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resident is not present (discharged, transferred, dead); or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MealsSummaryController_summary: {
        parameters: {
            query: {
                month: string;
                /** @description More refused meals than this in a week are listed */
                threshold?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NutritionPlansController_current: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NutritionPlan"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NutritionPlansController_put: {
        parameters: {
            query?: never;
            header?: {
                /** @description The current plan version, e.g. "2"; absent or "0" only for the first plan */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutNutritionPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NutritionPlan"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: nurse, admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resident is not present (discharged, transferred, dead) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing and the resource exists */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NutritionPlansController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NutritionPlan"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeasurementsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Measurement"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, caretaker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeasurementsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasurementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measurement"] & {
                        /** @description Flags this measurement has that the previous one had not */
                        newFlags: ("underweight" | "severe_underweight" | "stunting" | "severe_stunting" | "wasting" | "severe_wasting" | "obesity" | "weight_loss")[];
                        /** @description Heaviest weight (kg) of the 30 days before, when this one is more than 5% below it */
                        weightLossFrom: number | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resident is not present (discharged, transferred, dead); or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MoneyController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseLevel"][];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MoneyController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBaseLevelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseLevel"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DischargeController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discharge"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUpsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUpsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUpsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFollowUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReintegrationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReintegrationStep"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReintegrationController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStepDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReintegrationStep"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReintegrationController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReintegrationStep"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MovementsController_ofMonth: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthMovements"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrollmentsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EnrollmentView"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrollmentsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnrollmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An active enrolment for the year exists (existingEnrollmentId); resident not present; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrollmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrollmentsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnrollmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: social_worker, admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The enrolment is voided; results rated on its level forbid a change of level; or another active enrolment of that year */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResultsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResultDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolResultView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The term already has a result (existingResultId: correct it with PATCH); a not_enrolled or voided enrolment; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResultsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolResultView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: social_worker, admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VocationalTrainingsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["VocationalTrainingView"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VocationalTrainingsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVocationalTrainingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocationalTrainingView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VocationalTrainingsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVocationalTrainingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocationalTrainingView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: social_worker, admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RolloverController_rollover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolloverDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloverView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The year was already rolled over, or has no enrolments; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SchoolingFiguresController_forYear: {
        parameters: {
            query: {
                year: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolingFiguresView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: social_worker, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SchoolingReferenceController_reference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PrescriptionsController_list: {
        parameters: {
            query?: {
                /** @description Default: every prescription */
                status?: "active" | "stopped";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionView"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PrescriptionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrescriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resident is not present; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PrescriptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PrescriptionsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePrescriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: nurse, admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The prescription is stopped */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PrescriptionsController_stop: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopPrescriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The prescription is already stopped */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PrescriptionsController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionRevisionView"][];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MedicationRoundController_view: {
        parameters: {
            query?: {
                /** @description Default: the facility's today */
                date?: string;
                /** @description A time of day (HH:MM); default: every dose of the day */
                slot?: string;
                /** @description Room id; default: every room the caller works in */
                room?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicationRoundView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A caretaker asked for a room outside their assignment
             *
             *     Allowed roles: nurse, caretaker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `room` is not a room of your facility */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MedicationRoundController_save: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MedicationRoundBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicationRoundSaved"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A row is for a room outside the caretaker’s assignment
             *
             *     Allowed roles: nurse, caretaker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dose already recorded, a prescription not in force, a resident not present, or an as-needed maximum reached; nothing saved; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MedicinePurchasesController_list: {
        parameters: {
            query?: {
                /** @description Default: the facility's month */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicinePurchasesView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MedicinePurchasesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMedicinePurchaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicinePurchaseView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: nurse, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RotaController_week: {
        parameters: {
            query?: {
                /** @description The week's Monday; default: this week */
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotaView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker, nurse, caretaker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RotaController_putWeek: {
        parameters: {
            query?: {
                /** @description The week's Monday; default: this week */
                week?: string;
            };
            header?: {
                /** @description The version read; absent or "0" for a week without a rota */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutRotaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotaView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing and the resource exists */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StaffingController_day: {
        parameters: {
            query?: {
                /** @description Default: the facility's today */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffingDayView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, nurse */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseFiguresController_monthFigures: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFigures"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_listCases: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CaseFile"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_openCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFile"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stay has an open case; the resident has left; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFile"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_updateCase: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFile"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_evaluate: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFile"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_close: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFile"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No evaluation recorded; already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentsController_listAssessments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NeedsAssessment"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentsController_createAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedsAssessment"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlansController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InterventionPlan"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlansController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPlan"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No assessment yet; the case has a plan already; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPlan"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlansController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPlan"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The plan is approved (it changes only through a review), or the case is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlansController_approve: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPlan"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlanReviewsController_listReviews: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PlanReview"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlanReviewsController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanReviewResultView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The plan is not the approved one in force, a revision awaits approval, or the case is closed; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseNotesController_listNotes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CounsellingSession"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseNotesController_createNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounsellingSession"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_listReferrals: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Referral"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Shares personal data without consent or override; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_updateReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ChildrenMeetingsController_listMeetings: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChildrenMeeting"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ChildrenMeetingsController_createMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildrenMeeting"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ChildrenMeetingsController_updateMeeting: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildrenMeeting"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin, social_worker
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdmissionsController_import: {
        parameters: {
            query?: {
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The residents created (or that would be, in a dry run) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DischargesController_readmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadmitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, social_worker */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resident is in a status that cannot be readmitted; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DischargesController_discharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DischargeDto"];
            };
        };
        responses: {
            /** @description The discharge and its follow-up visits */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DischargeResultView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not active/on leave; age rule; or: The Idempotency-Key was used with another body, or its first request is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_monthly: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonthlyReportDto"];
            };
        };
        responses: {
            /** @description The report record (GET /reports/:id/pdf for the bytes) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The census does not add up (start + admitted − left ≠ end): check the stay history */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_periodic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeriodicReportDto"];
            };
        };
        responses: {
            /** @description The report record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The census does not add up (start + admitted − left ≠ end): check the stay history */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Report"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF bytes, unchanged since generation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin, officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_finalise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your facility (absent or of another facility) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The report is already final, or a newer version of it exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_residentsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per resident of the facility */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_residentsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per resident of the facility */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProvinceController_summary: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceSummaryView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DocumentRegisterController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutgoingDocumentView"][];
                        /** @description Send as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DocumentRegisterController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterSettingsView"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DocumentRegisterController_updateSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The version read, e.g. "3" */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegisterSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterSettingsView"];
                };
            };
            /** @description Malformed input: `errors` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The role may not call this route, or may not change a field sent: one `errors` entry (code `fieldForbidden`) names each such field. Who may change which field: docs/security.md, "Who may change what".
             *
             *     Allowed roles: admin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; `detail` gives the current one */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (or, for a file upload, multipart/form-data) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DashboardController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardFigures"];
                };
            };
            /** @description No, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed roles: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProbesController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status?: "ok";
                    };
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — it stopped answering while saving, the change may be stored: check before retrying */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProbesController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "error" | "shutting_down";
                        info?: {
                            database?: {
                                /** @enum {string} */
                                status: "up" | "down";
                                message?: string;
                            };
                        };
                        error?: {
                            database?: {
                                /** @enum {string} */
                                status: "up" | "down";
                                message?: string;
                            };
                        };
                        details?: {
                            database?: {
                                /** @enum {string} */
                                status: "up" | "down";
                                message?: string;
                            };
                        };
                    };
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (logged with the request id; nothing is half-written) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database does not answer (a problem document, like every error) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
