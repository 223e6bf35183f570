// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function OverviewScreen(_props: { packId: string }) {
  return <PageHeader title="Pack overview" />;
}
