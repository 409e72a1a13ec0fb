import { PageHeader } from '../components/ui/page-header';
import { CreateTokenForm } from '../features/tokens/components/create-token-form';
import { TokenList } from '../features/tokens/components/token-list';

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
