/**
 * The read ceiling: a bare `node:http` + `pg` service answering the resident's page and the round
 * view with the fewest scoped statements that give the same content (one each), on as many
 * processes (node:cluster) as the service. It checks the same bearer token (HS256 with the same
 * secret, a KeyObject) and the same session (user active, session not revoked, the facility),
 * but as part of the one statement. No framework, no validation, no logging, no rate limit, no
 * ETag: what is left is HTTP, JSON, the token and PostgreSQL.
 *
 * Run: node -r ts-node/register/transpile-only bench/lib/bare-server.ts (env DATABASE_URL,
 * JWT_SECRET, PORT, WORKERS).
 */
import cluster from 'node:cluster';
import { createHmac, createSecretKey, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool, types } from 'pg';

types.setTypeParser(types.builtins.DATE, (v: string) => v);

const SESSION = `u AS (
  SELECT u.facility_id FROM app_user u
   WHERE u.id = $1 AND u.active AND EXISTS (
     SELECT 1 FROM refresh_token t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL))`;

const PAGE = {
  name: 'bare:page',
  text: `WITH ${SESSION}
  SELECT r.id, r.code, r.full_name AS "fullName", r.preferred_name AS "preferredName",
         r.date_of_birth AS "dateOfBirth", r.birth_year AS "birthYear",
         r.birth_date_estimated AS "birthDateEstimated", r.sex, r.ethnicity_code AS "ethnicityCode",
         coalesce(e.name, r.ethnicity_code) AS "ethnicityName", r.categories, r.status,
         r.admission_type AS "admissionType", r.admitted_on AS "admittedOn",
         CASE WHEN room.id IS NULL THEN NULL
              ELSE json_build_object('id', room.id, 'code', room.code, 'name', room.name) END AS room,
         r.bed, r.care_instructions AS "careInstructions", r.version, r.religion,
         r.hometown_province AS "hometownProvince", r.hometown_commune AS "hometownCommune",
         r.place_of_origin AS "placeOfOrigin", to_json(a.*) AS admission
    FROM u JOIN resident r ON r.facility_id = u.facility_id
    LEFT JOIN ethnicity e ON e.code = r.ethnicity_code
    LEFT JOIN room ON room.id = r.room_id
    LEFT JOIN admission a ON a.id = r.current_admission_id
   WHERE r.id = $3`,
};

const ROUND = {
  name: 'bare:round',
  text: `WITH ${SESSION}
  SELECT r.id AS "residentId", r.code, r.full_name AS "fullName", r.preferred_name AS "preferredName",
         room.code AS "roomCode", r.bed, r.mobility, r.care_instructions AS "careInstructions",
         CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('dietType', p.diet_type,
              'texture', p.texture, 'allergies', p.allergies, 'mealsPerDay', p.meals_per_day) END AS diet,
         coalesce((SELECT json_agg(d ORDER BY d.shift) FROM daily_record d
                    WHERE d.resident_id = r.id AND d.facility_id = u.facility_id
                      AND d.record_date = $4::date), '[]') AS records
    FROM u JOIN resident r ON r.facility_id = u.facility_id
    LEFT JOIN room ON room.id = r.room_id
    LEFT JOIN nutrition_plan p ON p.resident_id = r.id AND p.superseded_at IS NULL
   WHERE r.status = 'active' AND r.room_id = $3
   ORDER BY room.code NULLS LAST, r.bed NULLS LAST, r.sort_name, r.id`,
};

interface Claims {
  sub: string;
  sid: string;
  exp: number;
}

/** HS256 verification with a KeyObject, as the service does (without jsonwebtoken's checks). */
function verify(token: string, key: ReturnType<typeof createSecretKey>): Claims | null {
  const [h, p, s] = token.split('.');
  if (!h || !p || !s) return null;
  const mac = createHmac('sha256', key).update(`${h}.${p}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== mac.length || !timingSafeEqual(given, mac)) return null;
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Claims;
  return claims.exp * 1000 > Date.now() ? claims : null;
}

function serve(): void {
  const key = createSecretKey(Buffer.from(process.env.JWT_SECRET ?? '', 'utf8'));
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const send = (res: ServerResponse, status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  };
  createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    const claims = auth ? verify(auth[1], key) : null;
    if (!claims) return send(res, 401, { status: 401 });
    const page = /^\/api\/v1\/residents\/([0-9a-f-]{36})$/.exec(url.pathname);
    const query = page
      ? pool.query({ ...PAGE, values: [claims.sub, claims.sid, page[1]] })
      : url.pathname === '/api/v1/daily-records'
        ? pool.query({
            ...ROUND,
            values: [
              claims.sub,
              claims.sid,
              url.searchParams.get('room'),
              url.searchParams.get('date'),
            ],
          })
        : null;
    if (!query) return send(res, 404, { status: 404 });
    query.then(
      (r) => {
        if (page) return r.rows[0] ? send(res, 200, r.rows[0]) : send(res, 404, { status: 404 });
        const date = url.searchParams.get('date');
        send(res, 200, { date, roomId: url.searchParams.get('room'), items: r.rows });
      },
      () => send(res, 500, { status: 500 }),
    );
  }).listen(Number(process.env.PORT));
}

const workers = Number(process.env.WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  serve();
}
