/** Domains of a needs assessment and of a plan's goals (the API's NEED_DOMAINS, in its order). */
export const NEED_DOMAINS = [
  'safety',
  'health',
  'nutrition',
  'education',
  'psychosocial',
  'family_relations',
  'legal_documents',
  'life_skills',
  'livelihood',
] as const;
