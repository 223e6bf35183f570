// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function AreaScreen(_props: { packId: string; areaId: string }) {
  return <PageHeader title="Area" />;
}
