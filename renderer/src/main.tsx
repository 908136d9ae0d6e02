import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { initTransport } from './api/client';
import { ArchiveProvider } from './app/ArchiveContext';
import { SessionProvider } from './app/SessionContext';
import { SessionGate } from './app/SessionGate';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/feedback.css';
import './styles/table.css';
import './styles/records.css';
import './styles/forms.css';
import './styles/search.css';
import './styles/themes.css';
import './styles/markers.css';
import './styles/findings.css';
import './styles/reports.css';
import './features/accounts/accounts.css';

// The app's CSP forbids eval; tell zod not to probe for it (the probe logs a CSP violation).
z.config({ jitless: true });
initTransport();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <ArchiveProvider>
        <SessionGate />
      </ArchiveProvider>
    </SessionProvider>
  </StrictMode>,
);
