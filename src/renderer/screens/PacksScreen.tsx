// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function PacksScreen() {
  return <PageHeader title="Self-evaluation packs" />;
}
