import { TabBar } from '../../app/TabBar';
import { useT } from '../../i18n';
import { useHashParams } from '../stock/useHashParams';
import { RequestBoard } from './RequestBoard';
import { RequestForm } from './RequestForm';
import { RequestPage, showSavedRequest } from './RequestPage';
import { RequestMeasuresView } from './RequestMeasuresView';
import { RequestRegister } from './RequestRegister';
import '../stock/stock.css';
import './requests.css';

/** The register, the board, the measures, a new request or one request, chosen by the URL (#/requests?id=…, ?view=board, ?view=measures, ?new=1). */
export default function RequestsPage() {
  const t = useT();
  const [params, setParams] = useHashParams();
  const id = params.get('id');
  const open = (next: string) => setParams({ id: next }, true);
  if (id) return <RequestPage key={id} id={id} onBack={() => setParams({}, true)} />;
  if (params.has('new'))
    return (
      <RequestForm
        existing={null}
        onSaved={(saved) => (showSavedRequest(saved), open(saved.request.id))}
        onCancel={() => setParams({}, true)}
      />
    );
  const view = params.get('view');
  const board = view === 'board';
  const measures = view === 'measures';
  return (
    <div className="stock-page">
      <TabBar
        selected={measures ? 'measures' : board ? 'board' : 'register'}
        onSelect={(v) => setParams(v === 'register' ? {} : { view: v }, true)}
        tabs={[
          { id: 'register', label: t('requests.tabRegister') },
          { id: 'board', label: t('requests.tabBoard'), testId: 'tab-board' },
          { id: 'measures', label: t('requests.tabMeasures'), testId: 'tab-measures' },
        ]}
      />
      {measures ? (
        <RequestMeasuresView />
      ) : board ? (
        <RequestBoard onOpen={open} />
      ) : (
        <RequestRegister onOpen={open} onNew={() => setParams({ new: '1' }, true)} initial={params} />
      )}
    </div>
  );
}
