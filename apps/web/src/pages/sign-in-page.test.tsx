import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  it('labels its fields so they can be reached by keyboard and screen readers', () => {
    render(
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <SignInPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { name: /sign in to parallax/i })).toBeInTheDocument();
    expect(screen.getByLabelText(/email/i)).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText(/password/i)).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: /sign in/i })).toBeEnabled();
  });
});
