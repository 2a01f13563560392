/** A ZUGFeRD / Factur-X (EN 16931 profile) invoice in UN/CEFACT CII, as a supplier's ERP would produce it. */
export const CII_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-77</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261120</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:SellerAssignedID>XM-10442</ram:SellerAssignedID><ram:Name>Mounting bracket</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>12.50</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">10</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:SellerAssignedID>XM-20871</ram:SellerAssignedID><ram:Name>Shaft</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>900.00</ram:ChargeAmount><ram:BasisQuantity unitCode="H87">10</ram:BasisQuantity></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">4</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>ORD-4711</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20261220</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>485.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>485.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">92.15</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>577.15</ram:GrandTotalAmount>
        <ram:DuePayableAmount>577.15</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A PDF/A-3 in the shape ZUGFeRD / Factur-X producers write: a page object, the invoice XML as a deflated
 * embedded-file stream (with an indirect /Length, as many producers write it), and the file specification.
 */
export async function zugferdPdf(xml: string, name = 'invoice-zugferd.pdf'): Promise<File> {
  const deflated = await deflate(xml);
  const encoder = new TextEncoder();
  const parts: BlobPart[] = [
    encoder.encode('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AF [5 0 R] >>\nendobj\n'),
    encoder.encode(
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>\nendobj\n',
    ),
    encoder.encode('6 0 obj\n<< /Length 18 >>\nstream\nBT /F1 12 Tf ET\nendstream\nendobj\n'),
    encoder.encode(
      `4 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length 7 0 R >>\nstream\n`,
    ),
    deflated as Uint8Array<ArrayBuffer>,
    encoder.encode(`\nendstream\nendobj\n7 0 obj\n${deflated.length}\nendobj\n`),
    encoder.encode(
      '5 0 obj\n<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /AFRelationship /Data /EF << /F 4 0 R >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    ),
  ];
  return new File(parts, name, { type: 'application/pdf' });
}

/** `xml` with `content` as the first child of its root element (where UBL puts its extensions). */
export function withFirstChild(xml: string, content: string): string {
  return xml.replace(/(<(?:[\w.-]+:)?(?:Invoice|CrossIndustryInvoice)\b[^>]*>)/, `$1${content}`);
}

/** UBL extensions (`ext:UBLExtensions`) holding `depth` nested elements of a producer's own vocabulary, and `inside`. */
export function nestedExtension(depth: number, inside = ''): string {
  return (
    '<ext:UBLExtensions xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" xmlns:erp="urn:example:erp">' +
    '<ext:UBLExtension><ext:ExtensionContent>' +
    '<erp:level>'.repeat(depth) +
    inside +
    '</erp:level>'.repeat(depth) +
    '</ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>'
  );
}

/** An XML document `depth` elements deep. */
export const deeplyNested = (depth: number) => `<Invoice>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</Invoice>`;

/** A "PDF" of nothing but `stream … endstream` records, `bytes` long: the shape that made the old scan quadratic. */
export function streamRecordsPdf(bytes: number, name = 'records.pdf'): File {
  const record = 'stream\nx\nendstream\n';
  return new File(['%PDF-1.7\n', record.repeat(Math.floor(bytes / record.length)), '%%EOF\n'], name, {
    type: 'application/pdf',
  });
}

/** Zero bytes, `bytes` of them, deflated (zlib): about a thousandth of that. */
export async function deflatedZeros(bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunk = new Uint8Array(64 * 1024);
  let left = bytes;
  const zeros = new ReadableStream<BufferSource>({
    pull(controller) {
      if (left <= 0) return controller.close();
      controller.enqueue(left >= chunk.length ? chunk : chunk.subarray(0, left));
      left -= chunk.length;
    },
  });
  return new Uint8Array(await new Response(zeros.pipeThrough(new CompressionStream('deflate'))).arrayBuffer());
}

/** A ZUGFeRD-shaped PDF whose embedded file inflates to `bytes` zero bytes: a deflate bomb. */
export async function deflateBombPdf(bytes: number, name = 'bomb.pdf'): Promise<File> {
  const deflated = await deflatedZeros(bytes);
  return new File(
    [
      `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n4 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length ${deflated.length} >>\nstream\n`,
      deflated,
      '\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    ],
    name,
    { type: 'application/pdf' },
  );
}
