import type { MessageKey } from './en';
import { say } from './current';

/*
 * The field names the contract's schemas use in their messages ("Unit weight (kg) must be a
 * number"), each with its catalogue key. A schema names a field by its English label; the
 * message shows it in the reader's language. A new label fails the typecheck until it is here.
 */
export const FIELD_LABELS = {
  'Admin 1 code': 'field.admin1Code',
  'Admin 2 code': 'field.admin2Code',
  'As of': 'field.asOf',
  'Call sign': 'field.callSign',
  'Cold chain max °C': 'field.coldChainMaxC',
  'Cold chain min °C': 'field.coldChainMinC',
  Counted: 'field.counted',
  Counterparty: 'field.counterparty',
  Country: 'field.country',
  Donor: 'field.donor',
  'Expiry date': 'field.expiryDate',
  'Freeze sensitive': 'field.freezeSensitive',
  From: 'field.from',
  Item: 'field.item',
  'Job id': 'field.jobId',
  Latitude: 'field.latitude',
  'Line notes': 'field.lineNotes',
  Longitude: 'field.longitude',
  Lot: 'field.lot',
  'Lot number': 'field.lotNumber',
  'Minimum quantity': 'field.minimumQuantity',
  Name: 'field.name',
  'Needs lot & expiry': 'field.needsLotExpiry',
  'New owner': 'field.newOwner',
  Notes: 'field.notes',
  'Operating organisation': 'field.operatingOrganisation',
  Operator: 'field.operator',
  Organisation: 'field.organisation',
  'Organisation name': 'field.organisationName',
  'Other site': 'field.otherSite',
  Owner: 'field.owner',
  Pack: 'field.pack',
  'Pack count': 'field.packCount',
  'Pack size name': 'field.packSizeName',
  Parties: 'field.parties',
  Partner: 'field.partner',
  'Partner organisation': 'field.partnerOrganisation',
  Phone: 'field.phone',
  Quantity: 'field.quantity',
  'Quick search': 'field.quickSearch',
  'Reason for picking another lot': 'field.reasonForPickingAnotherLot',
  'Reason for the back date': 'field.reasonForTheBackDate',
  'Reason for the reversal': 'field.reasonForTheReversal',
  'Received damaged': 'field.receivedDamaged',
  'Received good': 'field.receivedGood',
  'Receiving site': 'field.receivingSite',
  'Record id': 'field.recordId',
  'Record type': 'field.recordType',
  Reference: 'field.reference',
  Role: 'field.role',
  Scope: 'field.scope',
  Search: 'field.search',
  'Short name': 'field.shortName',
  Site: 'field.site',
  Title: 'field.title',
  To: 'field.to',
  Town: 'field.town',
  'Unit volume (m³)': 'field.unitVolumeM',
  'Unit weight (kg)': 'field.unitWeightKg',
  'Valid from': 'field.validFrom',
  'Valid until': 'field.validUntil',
  'Your name': 'field.yourName',
  'Highest label': 'field.highestLabel',
} as const satisfies Record<string, MessageKey>;

export type FieldLabel = keyof typeof FIELD_LABELS;

/** The field's name in the current message language. */
export const fieldName = (label: FieldLabel): string => say(FIELD_LABELS[label]);
