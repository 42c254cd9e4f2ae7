import { DocumentEditor } from './DocumentEditor';
import { DocumentList } from './DocumentList';
import { NewDocument } from './NewDocument';
import { useHashParams } from './useHashParams';
import './stock.css';

/** The document list, a new draft, or one document, chosen by the URL (#/stock-documents?id=…). */
export default function DocumentsPage() {
  const [params, setParams] = useHashParams();
  const id = params.get('id');
  const isNew = params.has('new');
  if (id) return <DocumentEditor key={id} id={id} onOpen={(next) => setParams({ id: next }, true)} onBack={() => setParams({}, true)} />;
  if (isNew)
    return (
      <NewDocument
        kind={params.get('new')}
        site={params.get('site')}
        onCreated={(next) => setParams({ id: next }, true)}
        onCancel={() => setParams({}, true)}
      />
    );
  return <DocumentList onOpen={(next) => setParams({ id: next }, true)} onNew={() => setParams({ new: 'choose' })} />;
}
