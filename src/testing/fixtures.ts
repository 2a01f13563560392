/**
 * Builders of valid domain objects for tests and stories: each returns a
 * complete, schema-valid value with sensible defaults; pass overrides for what
 * a test is about.
 */
import type {
  AcknowledgedLine,
  ActivityEntry,
  Address,
  Buyer,
  CommentActivity,
  CompanyProfile,
  DocumentRef,
  Invoice,
  LineAcknowledgement,
  LineResponse,
  Order,
  Position,
  QualityDocumentSlot,
  QualityDocumentVersion,
  Shipment,
} from '../domain/types.js';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

export function makeAddress(overrides: Partial<Address> = {}): Address {
  return {
    name: 'Feinmechanik Huber GmbH',
    street: 'Industriestraße 12',
    postalCode: '70565',
    city: 'Stuttgart',
    country: 'DE',
    ...overrides,
  };
}

/** The buyer of an order as an e-invoice names it (the platform). */
export function makeBuyer(overrides: Partial<Buyer> = {}): Buyer {
  return {
    legalName: 'Werkbank Fertigungsplattform GmbH',
    address: makeAddress({
      name: 'Werkbank Fertigungsplattform GmbH',
      street: 'Torstraße 49',
      postalCode: '10119',
      city: 'Berlin',
    }),
    vatId: 'DE311946851',
    electronicAddress: { scheme: 'EM', value: 'e-rechnung@werkbank-plattform.example' },
    reference: null,
    ...overrides,
  };
}

export function makeDocument(overrides: Partial<DocumentRef> = {}): DocumentRef {
  const id = overrides.id ?? nextId('doc');
  return {
    id,
    name: `${id}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 48_213,
    url: `https://files.example.com/${id}.pdf`,
    createdAt: '2026-11-20T09:00:00Z',
    ...overrides,
  };
}

export function makePosition(overrides: Partial<Position> = {}): Position {
  const id = overrides.id ?? nextId('pos');
  return {
    id,
    lineNo: 1,
    partNumber: 'XM-10442',
    partName: 'Mounting bracket',
    material: 'Aluminium 6082',
    process: 'CNC milling',
    quantity: 10,
    unitPriceMinor: 1_250,
    ...overrides,
  };
}

const PARTS: readonly (readonly [string, string, string])[] = [
  ['Mounting bracket', 'Aluminium 6082', 'CNC milling'],
  ['Shaft', 'Steel 1.4301', 'CNC turning'],
  ['Cover plate', 'Steel S235', 'Laser cutting'],
  ['Spacer sleeve', 'Brass CuZn39Pb3', 'CNC turning'],
];

/**
 * `count` positions of one order (ids `<prefix>-p1` …, line numbers 1 …, part numbers `XM-00001` …), four kinds of
 * part in turn, quantities 1 to 50: the long orders the elements must stay responsive with.
 */
export function makePositions(count: number, prefix = nextId('ord')): Position[] {
  return Array.from({ length: count }, (_unused, index) => {
    const [partName, material, process] = PARTS[index % PARTS.length]!;
    const lineNo = index + 1;
    return makePosition({
      id: `${prefix}-p${lineNo}`,
      lineNo,
      partNumber: `XM-${String(lineNo).padStart(5, '0')}`,
      partName,
      material,
      process,
      quantity: (index % 50) + 1,
      unitPriceMinor: 100 + (index % 97) * 25,
    });
  });
}

export function makeShipment(overrides: Partial<Shipment> = {}): Shipment {
  const id = overrides.id ?? nextId('shp');
  return {
    id,
    number: `SH-${id}`,
    createdAt: '2026-11-21T10:00:00Z',
    items: [],
    package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 },
    photo: null,
    delivery: { arrangedBy: 'platform', pickupAddress: makeAddress() },
    status: 'ready',
    documents: [],
    ...overrides,
  };
}

export function makeInvoice(overrides: Partial<Invoice> = {}): Invoice {
  const id = overrides.id ?? nextId('inv');
  return {
    id,
    number: `RE-${id}`,
    invoiceDate: '2026-11-22',
    paymentDate: '2026-12-22',
    currency: 'EUR',
    items: [],
    totals: { netMinor: 0, vatMinor: 0, grossMinor: 0 },
    document: makeDocument({ name: 'invoice.pdf' }),
    status: 'submitted',
    submittedAt: '2026-11-22T12:00:00Z',
    rejectionReason: null,
    paidOn: null,
    paidAmountMinor: null,
    ...overrides,
  };
}

/** An unconfirmed regular order with two positions, nothing shipped, QC not required; the platform is its buyer. */
export function makeOrder(overrides: Partial<Order> = {}): Order {
  const id = overrides.id ?? nextId('ord');
  return {
    id,
    number: `ORD-${id}`,
    createdAt: '2026-11-01T08:00:00Z',
    leadTime: '2026-12-15',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    kind: 'regular',
    incoterm: 'FCA',
    paymentTermsDays: 30,
    vatRateBasisPoints: 1_900,
    positions: [
      makePosition({ id: `${id}-p1`, lineNo: 1 }),
      makePosition({
        id: `${id}-p2`,
        lineNo: 2,
        partNumber: 'XM-20871',
        partName: 'Shaft',
        material: 'Steel 1.4301',
        process: 'CNC turning',
        quantity: 4,
        unitPriceMinor: 8_900,
      }),
    ],
    production: { confirmedAt: null, confirmedAtApplication: false },
    quality: { required: false, reports: [], documents: [], blocksShipping: false },
    shipments: [],
    invoices: [],
    buyer: makeBuyer(),
    ...overrides,
  };
}

/** A fully shipped order: every position in one ready shipment. */
export function makeShippedOrder(overrides: Partial<Order> = {}): Order {
  const base = makeOrder({
    production: { confirmedAt: '2026-11-02T08:00:00Z', confirmedAtApplication: false },
    ...overrides,
  });
  const shipment = makeShipment({
    items: base.positions.map((position) => ({ positionId: position.id, quantity: position.quantity })),
  });
  return { ...base, shipments: overrides.shipments ?? [shipment] };
}

export function makeCompanyProfile(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    legalName: 'Feinmechanik Huber GmbH',
    address: makeAddress(),
    vatId: 'DE136695976',
    pickupAddress: makeAddress({ name: 'Feinmechanik Huber GmbH – Warenausgang', street: 'Industriestraße 14' }),
    bankDetails: null,
    contact: { name: 'Anna Huber', phone: '+49 711 123456-0', email: 'rechnung@huber-feinmechanik.example' },
    electronicAddress: { scheme: 'EM', value: 'rechnung@huber-feinmechanik.example' },
    ...overrides,
  };
}

/** One version of a typed quality document: an uploaded PDF not reviewed yet, unless overridden. */
export function makeQualityVersion(overrides: Partial<QualityDocumentVersion> = {}): QualityDocumentVersion {
  return { ...makeDocument(), status: 'uploaded', reviewedAt: null, rejectionReason: null, ...overrides };
}

/** A required typed quality document slot (an inspection report) with no version yet, unless overridden. */
export function makeQualitySlot(overrides: Partial<QualityDocumentSlot> = {}): QualityDocumentSlot {
  return { type: 'inspection-report', required: true, versions: [], ...overrides };
}

/** The platform's response to a line: pending unless overridden. */
export function makeLineResponse(overrides: Partial<LineResponse> = {}): LineResponse {
  const status = overrides.status ?? 'pending';
  return {
    status,
    quantity: null,
    date: null,
    note: null,
    respondedAt: status === 'pending' ? null : '2026-11-03T15:00:00Z',
    ...overrides,
  };
}

/** Answers per line for every position of `order` ("accept", response pending unless `lines[i]` says otherwise). */
export function makeLineAcknowledgement(
  order: Pick<Order, 'positions'>,
  lines: readonly Partial<AcknowledgedLine>[] = [],
): LineAcknowledgement {
  return {
    submittedAt: '2026-11-03T09:00:00Z',
    lines: order.positions.map((position, index) => ({
      answer: lines[index]?.answer ?? { positionId: position.id, kind: 'accept' },
      response: lines[index]?.response ?? makeLineResponse(),
    })),
  };
}

/** A supplier's comment; pass `author: 'platform'` and `authorName` for the platform's. */
export function makeComment(overrides: Partial<CommentActivity> = {}): CommentActivity {
  return {
    id: nextId('comment'),
    at: '2026-11-10T09:00:00Z',
    kind: 'comment',
    author: 'supplier',
    authorName: 'Feinmechanik Huber GmbH',
    text: 'Can the pickup be before noon?',
    ...overrides,
  };
}

/** The activity of a shipped and invoiced order, oldest first: every kind of entry once, with a question and its answer. */
export function makeActivity(): ActivityEntry[] {
  return [
    { id: nextId('activity'), at: '2026-11-02T08:00:00Z', kind: 'order-confirmed' },
    makeComment({ at: '2026-11-03T09:00:00Z', text: 'Is the tolerance ±0.05 mm for every bore?' }),
    makeComment({
      at: '2026-11-03T11:30:00Z',
      author: 'platform',
      authorName: 'Lena Vogt',
      text: 'Only for the marked bores.',
    }),
    {
      id: nextId('activity'),
      at: '2026-11-10T14:00:00Z',
      kind: 'quality-report-uploaded',
      documentName: 'Inspection report.pdf',
    },
    { id: nextId('activity'), at: '2026-11-12T10:00:00Z', kind: 'shipment-published', shipmentNumber: 'ORD-1-S1' },
    {
      id: nextId('activity'),
      at: '2026-11-12T16:00:00Z',
      kind: 'shipping-documents-ready',
      shipmentNumber: 'ORD-1-S1',
    },
    {
      id: nextId('activity'),
      at: '2026-11-20T09:00:00Z',
      kind: 'invoice-status',
      invoiceNumber: 'RE-2026-00001',
      status: 'submitted',
    },
    {
      id: nextId('activity'),
      at: '2026-11-22T09:00:00Z',
      kind: 'invoice-status',
      invoiceNumber: 'RE-2026-00001',
      status: 'approved',
    },
  ];
}
