import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../../gql/graphql';

/** The signed-in user, from the cache once loaded. */
export function useMe() {
  const { data, loading, error } = useQuery(MeDocument);
  return { me: data?.me ?? null, loading, error };
}
