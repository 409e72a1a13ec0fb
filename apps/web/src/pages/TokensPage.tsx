import { PageHeader } from '../components/ui/PageHeader';
import { CreateTokenForm } from '../features/tokens/components/CreateTokenForm';
import { TokenList } from '../features/tokens/components/TokenList';

/** Personal API tokens: create (the secret is shown once), list and revoke. */
export function TokensPage() {
  return (
    <main className="page stack" id="main">
      <PageHeader title="API tokens" subtitle="Tokens let scripts query the GraphQL API as you. Treat them like passwords." />
      <CreateTokenForm />
      <TokenList />
    </main>
  );
}
