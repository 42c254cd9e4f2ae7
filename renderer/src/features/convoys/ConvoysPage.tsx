import { useHashParams } from '../stock/useHashParams';
import { ConvoyBoard } from './ConvoyBoard';
import { ConvoyView } from './ConvoyView';
import { NewConvoy } from './NewConvoy';
import './convoys.css';

/** The convoy board, a new convoy, or one convoy, chosen by the URL (#/convoys?id=…). */
export default function ConvoysPage() {
  const [params, setParams] = useHashParams();
  const id = params.get('id');
  if (id) return <ConvoyView key={id} id={id} onBack={() => setParams({}, true)} />;
  if (params.has('new')) return <NewConvoy onCreated={(next) => setParams({ id: next }, true)} onCancel={() => setParams({}, true)} />;
  return <ConvoyBoard onOpen={(next) => setParams({ id: next }, true)} onNew={() => setParams({ new: '1' })} />;
}
