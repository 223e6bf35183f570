// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function HistoryScreen(_props: { packId?: string }) {
  return <PageHeader title="History" />;
}
