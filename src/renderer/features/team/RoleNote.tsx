// The sentence beside a control the signed-in person's role cannot use: the control is disabled and
// described by it (aria-describedby), so everyone learns why, not only those who can see it greyed out.
export function RoleNote({ id, children }: { id: string; children: string | null }) {
  if (!children) return null;
  return (
    <p className="role-note" id={id}>
      {children}
    </p>
  );
}
