import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API (port 3000) serves GraphQL and collab; Vite proxies them so the app uses one origin.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:3000', ws: true },
      '/collab': { target: 'ws://127.0.0.1:3000', ws: true },
      '/api': { target: 'http://127.0.0.1:3000' },
    },
  },
  build: { sourcemap: true },
});
