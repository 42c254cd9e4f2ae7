// First: configures zod before any schema is created.
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
// Grid styles (export panel, empty states, paste previews) are used on every page, including pages
// with no editable grid: loaded with a page's chunk, they were missing when such a page opened first.
import './grid/grid.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
