// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function EvidenceScreen(_props: { packId?: string }) {
  return <PageHeader title="Evidence library" />;
}
