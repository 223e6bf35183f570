// How people are named in assignments, comments and notices: by login in a team database, where logins
// are real and unique, and by display name in a local file, where people taking turns on one machine
// share its login.
import type { Identity } from '../db/port';

export function personOf(who: Identity): string {
  return who.role === null ? who.name : who.login;
}
