// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function ActionsScreen(_props: { packId: string }) {
  return <PageHeader title="Action plan" />;
}
