import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { I18nProvider, t, useFollowLanguage } from '../i18n';
import { ErrorPanel } from './ErrorPanel';
import { subscribeToJobs } from './jobs';
import { queryClient, subscribeToCoreChanges, useCoreQuery } from './queries';
import { SetupScreen } from './SetupScreen';
import { Shell } from './Shell';
import { LocaleProvider } from '../locale/LocaleProvider';
import { FirstAdministratorScreen, SignInScreen } from './SignInScreen';

function Root() {
  const status = useCoreQuery('system.status', {});
  useFollowLanguage(status.data?.language);
  if (status.isPending) return <div className="splash">{t('app.opening')}</div>;
  if (status.isError) {
    return (
      <div className="splash">
        <ErrorPanel error={status.error} title={t('app.couldNotStart')} onRetry={() => void status.refetch()} />
      </div>
    );
  }
  if (!status.data.setupDone) return <SetupScreen />;
  if (status.data.needsAdministrator) return <FirstAdministratorScreen />;
  if (!status.data.operator) return <SignInScreen status={status.data} />;
  return (
    <LocaleProvider language={status.data.language}>
      <Shell status={status.data} />
    </LocaleProvider>
  );
}

export function App() {
  useEffect(subscribeToCoreChanges, []);
  useEffect(subscribeToJobs, []);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <Root />
      </QueryClientProvider>
    </I18nProvider>
  );
}
