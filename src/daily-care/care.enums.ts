/** The three shifts of a caretaker's day (ca sáng, ca chiều, ca đêm). */
export const SHIFTS = ['morning', 'afternoon', 'night'] as const;
export type Shift = (typeof SHIFTS)[number];

/** The meals a record can name; `feed` is an infant's bottle or breast feed. */
export const MEALS = ['breakfast', 'lunch', 'dinner', 'snack', 'feed'] as const;
export type Meal = (typeof MEALS)[number];

/** How much of a meal was eaten (ăn hết / ăn một phần / bỏ bữa / không phục vụ). */
export const MEAL_INTAKES = ['full', 'partial', 'refused', 'not_served'] as const;
export type MealIntake = (typeof MEAL_INTAKES)[number];

export const SLEEP_QUALITIES = ['good', 'restless', 'poor', 'not_observed'] as const;
export type SleepQuality = (typeof SLEEP_QUALITIES)[number];

export const MOODS = ['calm', 'happy', 'sad', 'anxious', 'agitated', 'withdrawn'] as const;
export type Mood = (typeof MOODS)[number];

export const HYGIENE = ['independent', 'assisted', 'not_done'] as const;
export type Hygiene = (typeof HYGIENE)[number];

export const TOILETING = ['normal', 'incontinent', 'constipation', 'diarrhoea'] as const;
export type Toileting = (typeof TOILETING)[number];

export const MEDICATION = ['yes', 'no', 'not_prescribed'] as const;
export type Medication = (typeof MEDICATION)[number];

export const INCIDENT_KINDS = [
  'fall',
  'injury',
  'illness',
  'aggression',
  'self_harm',
  'running_away',
  'suspected_abuse',
  'death',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_SEVERITIES = ['minor', 'moderate', 'serious', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** Kinds that are serious whatever the severity: the admin is alerted at once. */
export const SERIOUS_KINDS: readonly IncidentKind[] = ['suspected_abuse', 'running_away', 'death'];

/** Suspected abuse is a protection fact: caretakers record it but do not read it back. */
export const SENSITIVE_INCIDENT_KINDS: readonly IncidentKind[] = ['suspected_abuse'];

/** More refused meals than this in one week (Monday–Sunday) raises a `meals_refused` alert. */
export const REFUSED_MEALS_PER_WEEK = 3;
