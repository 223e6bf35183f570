// Logins for the team-database tests, the browser test and the bench: every member gets the same test
// password, and connects with a URL like the administrator's but with their own login.
export const PASSWORD = 'correct horse battery staple';

export function memberUrl(adminUrl: string, login: string, password = PASSWORD): string {
  const url = new URL(adminUrl);
  url.username = login;
  url.password = password;
  return url.toString();
}
