// The audit log's displayed actor name, vouched for by the database. Until now the trigger fixed the login
// to session_user but kept whatever actor name the client sent, so a modified client could record its
// changes under another person's name. Now a member's row gets members.display_name for session_user
// (set by the server from the connection, not by the client), falling back to the login when the member
// has no display name. Rows written by a non-member (the owner running migrations) keep the sent name.
import type { Migration } from '../index';

export const postgresMigration011: Migration = {
  version: 11,
  description: 'Audit actor names vouched for by the team database',
  sql: `
CREATE OR REPLACE FUNCTION audit_log_login() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  member_name text;
  is_member boolean;
BEGIN
  SELECT true, display_name INTO is_member, member_name FROM members WHERE login = session_user;
  IF NEW.login = '' OR is_member THEN
    NEW.login := session_user;
  END IF;
  IF is_member THEN
    NEW.actor := COALESCE(NULLIF(btrim(member_name), ''), session_user);
  END IF;
  RETURN NEW;
END;
$$;
`,
};
