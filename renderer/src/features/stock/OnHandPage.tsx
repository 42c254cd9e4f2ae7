import { matchesSearch, searchWords } from '../../../../electron/api/search-text';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import type { ColDef, GridApi } from 'ag-grid-community';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { CATEGORY_LABELS, ITEM_CATEGORIES } from '../../../../electron/api/vocabularies';
import { EXPIRY_FILTERS, LEDGER_CONDITIONS, ON_HAND_SORT_COLUMNS, type OnHandRow } from '../../../../electron/api/stock';
import type { OpInput } from '../../../../electron/api/contract';
import { usePagedRows, useSettledText } from '../../grid/usePagedRows';
import { ExportButton, gridViewOf, type ExportParts } from '../../grid/ExportButton';
import { ChoiceSelect, ItemInput, OrgSelect, SearchField, SiteSelect } from './controls';
import { CONDITION_LABELS, expiryText, qty } from './labels';
import { findItem, rememberedSite, rememberSite, useItems, useSites, type ItemLookup } from './lookups';
import { ExpiryLegend } from './legend';
import { prefetch, take } from './prefetch';
import { stockHref, useHashParams } from './useHashParams';
import { useStockChanged } from './useStockChanged';
import './stock.css';
import { t, useLanguage, useT } from '../../i18n';
import { pinnedEnd, pinnedStart } from '../../locale/current';

// AG Grid loads while the first page of stock is already being asked for (see prefetch.ts).
const OnHandGrid = lazy(() => import('./OnHandGrid'));
const StockCard = lazy(() => import('./StockCard'));

/** The expiry filter's choices, in the reader's language (built while rendering). */
const expiryChoices = (): { value: (typeof EXPIRY_FILTERS)[number]; label: string }[] => [
  { value: 'expired', label: t('legend.expired') },
  { value: 'within3', label: t('onHand.within3') },
  { value: 'within9', label: t('onHand.within9') },
  { value: 'none', label: t('onHand.noExpiry') },
];
const SORTABLE = new Set<string>(ON_HAND_SORT_COLUMNS);
// The first block may already have been asked for (see prefetch.ts); later blocks are asked now.
const fetchOnHand = (input: OpInput<'stock.onHand'>) => take('stock.onHand', input);

/** Why a typed item filter is not applied: nothing matches, or several items do (say how many). */
function itemFilterProblem(items: ItemLookup, text: string): string {
  const words = searchWords(text);
  const matching = items.list.filter((i) => matchesSearch(words, i.code, i.name)).length;
  if (matching === 0) return t('onHand.noSuchItem');
  return t('onHand.severalItems', { count: matching });
}
const PAGE = 100;

/** Stock on hand per site, lot and condition: paged, sorted and filtered by the core. */
export default function OnHandPage() {
  const t = useT();
  const language = useLanguage();
  const [params, setParams] = useHashParams();
  const sites = useSites();
  const [itemText, setItemText] = useState('');
  // The catalogue is loaded only when an item filter is typed (see useItems).
  const items = useItems(itemText.trim() !== '');
  const siteParam = params.get('site');
  const remembered = rememberedSite();
  // Until the site list arrives the remembered site is trusted, so the grid asks the core only once.
  const siteId = siteParam === 'all' ? '' : (siteParam ?? (sites.loading || sites.byId.has(remembered) ? remembered : ''));
  const [ownerOrgId, setOwner] = useState('');
  const [condition, setCondition] = useState('');
  const [category, setCategory] = useState(params.get('category') ?? '');
  const [expiry, setExpiry] = useState(params.get('expiry') ?? '');
  const [lowOnly, setLowOnly] = useState(params.get('low') === '1');
  const [searchText, setSearchText] = useState('');
  const search = useSettledText(searchText);
  const apiRef = useRef<GridApi<OnHandRow> | null>(null);

  const item = findItem(items, itemText);
  const itemProblem = itemText.trim() && !items.loading && !item ? itemFilterProblem(items, itemText) : undefined;
  const filters = useMemo(
    () => ({
      siteId: siteId || undefined,
      itemId: item?.id,
      ownerOrgId: ownerOrgId || undefined,
      condition: (condition || undefined) as OnHandRow['condition'] | undefined,
      category: (category || undefined) as (typeof ITEM_CATEGORIES)[number] | undefined,
      expiry: (expiry || undefined) as (typeof EXPIRY_FILTERS)[number] | undefined,
      lowStockOnly: lowOnly,
      search: search || undefined,
    }),
    [siteId, item?.id, ownerOrgId, condition, category, expiry, lowOnly, search],
  );
  const filtered = Boolean(
    filters.itemId ||
    filters.ownerOrgId ||
    filters.condition ||
    filters.category ||
    filters.expiry ||
    filters.lowStockOnly ||
    filters.search,
  );

  const { datasource, total, loadError } = usePagedRows(fetchOnHand, filters, SORTABLE);

  // The first block, asked for at once; the grid's first getRows takes this answer.
  useMemo(() => prefetch('stock.onHand', { ...filters, sort: [], offset: 0, limit: PAGE }), [filters]);

  useStockChanged(useCallback(() => apiRef.current?.refreshInfiniteCache(), []));

  const chooseSite = (id: string) => {
    rememberSite(id);
    setParams({ site: id || 'all', card: null, cardSite: null, lot: null, lotLabel: null });
  };

  const cardItem = params.get('card');
  const cardSite = params.get('cardSite') ?? siteId;
  const cardLot = params.get('lot') ?? undefined;

  const columns = useMemo<ColDef<OnHandRow>[]>(
    () => [
      { colId: 'siteCode', field: 'siteCode', headerName: t('col.site'), width: 90, hide: Boolean(siteId), pinned: pinnedStart() },
      { colId: 'itemCode', field: 'itemCode', headerName: t('col.itemCode'), width: 140, pinned: pinnedStart() },
      // The whole name, on up to two lines (the rows are two lines high: issue 11 point 8).
      {
        colId: 'itemName',
        field: 'itemName',
        headerName: t('addLine.item'),
        width: 250,
        tooltipField: 'itemName',
        wrapText: true,
        cellClass: 'cell-two-lines',
      },
      { colId: 'lotNumber', field: 'lotNumber', headerName: t('col.lot'), width: 120 },
      {
        colId: 'expiryDate',
        headerName: t('col.expiry'),
        width: 185,
        // Sorted and filtered by the stored date, shown in the locale with the days left.
        field: 'expiryDate',
        valueFormatter: (p) => (p.data ? expiryText(p.data.expiryDate, p.data.daysToExpiry) : ''),
      },
      { colId: 'ownerShortName', field: 'ownerShortName', headerName: t('col.owner'), width: 95 },
      {
        colId: 'condition',
        headerName: t('col.condition'),
        width: 110,
        valueGetter: (p) => (p.data ? CONDITION_LABELS[p.data.condition] : ''),
      },
      {
        colId: 'quantity',
        headerName: t('col.quantity'),
        width: 110,
        type: 'rightAligned',
        pinned: pinnedEnd(),
        cellStyle: { fontWeight: 600 },
        valueGetter: (p) => qty(p.data?.quantity),
      },
      {
        colId: 'baseUnit',
        field: 'baseUnit',
        headerName: t('col.unit'),
        width: 70,
        sortable: false,
        valueFormatter: (p) => unitWord(String(p.value ?? '')),
      },
      {
        colId: 'itemSiteGood',
        headerName: t('onHand.goodAtSite'),
        headerTooltip: t('onHand.goodAtSiteTip'),
        width: 190,
        type: 'rightAligned',
        sortable: false,
        valueGetter: (p) =>
          p.data
            ? p.data.minQuantity != null
              ? t('onHand.goodWithMin', { good: qty(p.data.itemSiteGood), min: qty(p.data.minQuantity) })
              : qty(p.data.itemSiteGood)
            : '',
        cellClassRules: { 'low-stock': (p) => Boolean(p.data?.lowStock) },
        tooltipValueGetter: (p) =>
          p.data?.lowStock ? t('onHand.lowTip', { good: qty(p.data.itemSiteGood), min: qty(p.data.minQuantity) }) : null,
      },
      {
        colId: 'category',
        headerName: t('col.category'),
        width: 110,
        valueGetter: (p) => (p.data ? CATEGORY_LABELS[p.data.category] : ''),
      },
      { colId: 'donorShortName', field: 'donorShortName', headerName: t('onHand.donor'), width: 95, sortable: false },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
    [siteId, language],
  );

  const [clickedLot, setClickedLot] = useState<{ id: string; label: string } | null>(null);
  const openCard = (row: OnHandRow) => {
    setClickedLot({ id: row.lotId, label: row.lotNumber || t('onHand.noLotNumber') });
    setParams({ card: row.itemId, cardSite: row.siteId, lot: null, lotLabel: null });
  };

  const site = sites.byId.get(siteId);
  const empty = total === 0 && !loadError;
  /** The grid as shown (its columns, sort and filters), or the stock report: every column, same filters. */
  const exportParts = (asShown: boolean): ExportParts => {
    const view = gridViewOf(apiRef.current);
    const sort = (view.sort ?? []).filter((x) => SORTABLE.has(x.colId));
    return { params: { ...filters, sort }, columns: asShown ? view.columns : undefined };
  };

  return (
    <div className="stock-page" data-testid="on-hand-page">
      <div className="stock-bar">
        <SiteSelect label={t('col.site')} value={siteId} onChange={chooseSite} blank={t('filter.allSites')} testId="on-hand-site" />
        <ItemInput
          label={t('addLine.item')}
          text={itemText}
          onText={setItemText}
          error={itemProblem}
          testId="on-hand-item"
          placeholder={t('onHand.allItems')}
        />
        <OrgSelect label={t('col.owner')} value={ownerOrgId} onChange={setOwner} blank={t('onHand.allOwners')} />
        <ChoiceSelect
          label={t('col.condition')}
          value={condition}
          onChange={setCondition}
          blank={t('onHand.allConditions')}
          choices={LEDGER_CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
        />
        <ChoiceSelect
          label={t('col.category')}
          value={category}
          onChange={setCategory}
          blank={t('onHand.allCategories')}
          choices={ITEM_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
        />
        <ChoiceSelect
          label={t('col.expiry')}
          value={expiry}
          onChange={setExpiry}
          blank={t('onHand.anyExpiry')}
          choices={expiryChoices()}
          testId="on-hand-expiry"
        />
        <label className="check">
          <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} /> {t('onHand.lowOnly')}
        </label>
        <SearchField
          label={t('filter.search')}
          value={searchText}
          onChange={setSearchText}
          placeholder={t('count.searchPlaceholder')}
          ariaLabel={t('onHand.searchLabel')}
          testId="on-hand-search"
        />
        <span className="count" data-testid="on-hand-count">
          {total == null ? t('common.loading') : t('onHand.lines', { count: total })}
        </span>
        <ExportButton source="onHand" label={t('export.grid')} parts={() => exportParts(true)} />
        <ExportButton source="onHand" label={t('export.stockReport')} parts={() => exportParts(false)} />
      </div>
      <ExpiryLegend />
      <div className="stock-split">
        <div className="stock-grid" data-testid="on-hand-grid">
          <Suspense fallback={<div className="pending">{t('onHand.loadingGrid')}</div>}>
            <OnHandGrid
              datasource={datasource}
              columns={columns}
              pageSize={PAGE}
              onOpen={openCard}
              onReady={(api) => (apiRef.current = api)}
            />
          </Suspense>
          {loadError && (
            <div className="stock-empty" role="alert">
              <p>
                <strong>{t('onHand.couldNotLoad')}</strong> {loadError}
              </p>
            </div>
          )}
          {empty && (
            <div className="stock-empty" data-testid="on-hand-empty">
              {filtered ? (
                <p>{t('onHand.noneMatch')}</p>
              ) : (
                <>
                  <p>
                    <strong>{site ? t('onHand.noneAt', { site: site.code }) : t('onHand.noneAnywhere')}</strong> {t('onHand.receiveHint')}
                  </p>
                  <p>
                    <a className="button" href={stockHref('stock-documents', { new: 'receipt', site: siteId || null })}>
                      {t('onHand.newReceipt')}
                    </a>
                  </p>
                </>
              )}
            </div>
          )}
        </div>
        {cardItem && cardSite && (
          <Suspense fallback={<div className="pending">{t('card.openingCard')}</div>}>
            <StockCard
              siteId={cardSite}
              itemId={cardItem}
              lotId={cardLot}
              lotLabel={params.get('lotLabel') ?? undefined}
              onClose={() => setParams({ card: null, cardSite: null, lot: null, lotLabel: null })}
              lotChoice={clickedLot}
              onLotOnly={(lot) => setParams({ lot: lot?.id ?? null, lotLabel: lot?.label ?? null })}
            />
          </Suspense>
        )}
      </div>
      {!cardItem && total != null && total > 0 && <p className="hint muted-hint">{t('onHand.clickHint')}</p>}
    </div>
  );
}
