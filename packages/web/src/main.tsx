import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initI18n } from './i18n/index.ts';
import './styles/global.css';

const root = document.getElementById('root');
if (root) {
  // The strings of the user's language arrive before the first paint, so no page flashes untranslated.
  void initI18n().then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
