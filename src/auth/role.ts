/** Controllers and guards take the roles from here; they live in src/identity/role.ts. */
export * from '../identity/role';
