// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function InspectionsScreen() {
  return <PageHeader title="Inspections and visits" />;
}
