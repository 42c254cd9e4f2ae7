import { lazy, Suspense, useMemo } from 'react';
import { FIRST_LINES } from './countLines';
import { prefetch } from './prefetch';
import { useHashParams } from './useHashParams';
import './stock.css';
import { t } from '../../i18n';

// The grids load while a sheet's lines are already being fetched (see prefetch.ts).
const CountSheet = lazy(() => import('./CountSheet'));
const CountList = lazy(() => import('./CountList'));

/** The count sheets, or one sheet (#/stock-counts?id=…). */
export default function CountsPage() {
  const [params, setParams] = useHashParams();
  const id = params.get('id');
  useMemo(() => id && prefetch('stock.count.get', { id, limit: FIRST_LINES }), [id]);
  return (
    <Suspense fallback={<div className="pending">{id ? t('count.opening') : t('common.loading')}</div>}>
      {id ? (
        <CountSheet key={id} id={id} onBack={() => setParams({}, true)} />
      ) : (
        <CountList onOpen={(next) => setParams({ id: next }, true)} />
      )}
    </Suspense>
  );
}
