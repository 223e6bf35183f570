// Placeholder until this screen is built.
import { PageHeader } from '../components/PageHeader';

export function SettingsScreen() {
  return <PageHeader title="Settings" />;
}
