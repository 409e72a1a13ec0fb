import { useMutation, useQuery } from '@apollo/client/react';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from '../../../gql/graphql';

/** The viewer's API tokens, with create (the secret is returned once) and revoke. */
export function useApiTokens() {
  const { data, loading, error } = useQuery(ApiTokensDocument);
  const [create, createState] = useMutation(CreateApiTokenDocument, { refetchQueries: [ApiTokensDocument] });
  const [revoke, revokeState] = useMutation(RevokeApiTokenDocument);
  return {
    tokens: data?.apiTokens ?? [],
    loading: loading && !data,
    error: error ?? null,
    create: async (name: string, expiresInDays: number | null) =>
      (await create({ variables: { name, expiresInDays } })).data?.createApiToken ?? null,
    creating: createState.loading,
    createError: createState.error ?? null,
    revoke: (id: string) => revoke({ variables: { id } }).catch(() => undefined),
    revoking: revokeState.loading,
    revokeError: revokeState.error ?? null,
  };
}
