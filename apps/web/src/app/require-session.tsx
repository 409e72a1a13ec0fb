import { Navigate, Outlet, useLocation } from 'react-router';
import { getToken } from '../lib/session';

/** Sends visitors without a session to the sign-in page, remembering where they wanted to go. */
export function RequireSession() {
  const location = useLocation();
  if (!getToken()) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
