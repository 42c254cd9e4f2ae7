import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorPanel } from './ErrorPanel';
import { subscribeToJobs } from './jobs';
import { queryClient, subscribeToCoreChanges, useCoreQuery } from './queries';
import { SetupScreen } from './SetupScreen';
import { Shell } from './Shell';

function Root() {
  const status = useCoreQuery('system.status', {});
  if (status.isPending) return <div className="splash">Opening Corridor…</div>;
  if (status.isError) {
    return (
      <div className="splash">
        <ErrorPanel error={status.error} title="Corridor could not start" onRetry={() => void status.refetch()} />
      </div>
    );
  }
  if (!status.data.setupDone) return <SetupScreen />;
  return <Shell status={status.data} />;
}

export function App() {
  useEffect(subscribeToCoreChanges, []);
  useEffect(subscribeToJobs, []);
  return (
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  );
}
