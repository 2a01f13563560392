-- The contract's JSON of an order (src/domain/types.ts `Order`) and of a document, built by the database in
-- one query. Document links come out as `stored-document:<public id>`; the HTTP layer turns them into
-- signed URLs of the server that answers.

CREATE FUNCTION document_ref(d documents) RETURNS json
  LANGUAGE sql STABLE
  AS $$
    SELECT json_build_object(
      'id', d.id, 'name', d.name, 'contentType', d.content_type, 'sizeBytes', d.size_bytes,
      'url', 'stored-document:' || d.public_id, 'createdAt', iso_instant(d.created_at))
  $$;

CREATE FUNCTION order_json(o orders) RETURNS json
  LANGUAGE sql STABLE
  AS $$
    SELECT json_build_object(
      'id', o.id,
      'number', o.number,
      'createdAt', iso_instant(o.created_at),
      'leadTime', o.lead_time,
      'timeZone', o.time_zone,
      'currency', o.currency,
      'kind', o.kind,
      'incoterm', o.incoterm,
      'paymentTermsDays', o.payment_terms_days,
      'vatRateBasisPoints', o.vat_rate_basis_points,
      'positions', (
        SELECT coalesce(json_agg(json_build_object(
          'id', p.id, 'lineNo', p.line_no, 'partNumber', p.part_number, 'partName', p.part_name, 'material', p.material,
          'process', p.process, 'quantity', p.quantity, 'unitPriceMinor', p.unit_price_minor) ORDER BY p.line_no), '[]'::json)
        FROM positions p WHERE p.tenant_id = o.tenant_id AND p.order_id = o.id),
      'production', json_build_object(
        'confirmedAt', iso_instant(o.confirmed_at),
        'confirmedAtApplication', o.confirmed_at_application,
        'lineAcknowledgement', o.line_acknowledgement),
      'quality', json_build_object(
        'required', o.quality_required,
        'reports', (
          SELECT coalesce(json_agg(document_ref(d) ORDER BY r.position), '[]'::json)
          FROM quality_reports r JOIN documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id
          WHERE r.tenant_id = o.tenant_id AND r.order_id = o.id),
        'documents', (
          SELECT coalesce(json_agg(json_build_object(
            'type', s.type,
            'required', s.required,
            'versions', (
              SELECT coalesce(json_agg(json_build_object(
                'id', d.id, 'name', d.name, 'contentType', d.content_type, 'sizeBytes', d.size_bytes,
                'url', 'stored-document:' || d.public_id, 'createdAt', iso_instant(d.created_at),
                'status', v.status, 'reviewedAt', iso_instant(v.reviewed_at), 'rejectionReason', v.rejection_reason) ORDER BY v.version), '[]'::json)
              FROM quality_document_versions v JOIN documents d ON d.tenant_id = v.tenant_id AND d.id = v.document_id
              WHERE v.tenant_id = s.tenant_id AND v.order_id = s.order_id AND v.type = s.type)) ORDER BY s.position), '[]'::json)
          FROM quality_document_slots s WHERE s.tenant_id = o.tenant_id AND s.order_id = o.id),
        'blocksShipping', o.quality_blocks_shipping),
      'shipments', (
        SELECT coalesce(json_agg(json_build_object(
          'id', s.id,
          'number', s.number,
          'createdAt', iso_instant(s.created_at),
          'items', s.items,
          'package', s.package,
          'photo', (SELECT document_ref(d) FROM documents d WHERE d.tenant_id = s.tenant_id AND d.id = s.photo_document_id),
          'delivery', s.delivery,
          'status', s.status,
          'documents', (
            SELECT coalesce(json_agg(document_ref(d) ORDER BY d.id = s.slip_document_id), '[]'::json)
            FROM documents d WHERE d.tenant_id = s.tenant_id AND d.id IN (s.label_document_id, s.slip_document_id))) ORDER BY s.sequence), '[]'::json)
        FROM shipments s WHERE s.tenant_id = o.tenant_id AND s.order_id = o.id),
      'invoices', (
        SELECT coalesce(json_agg(json_build_object(
          'id', i.id,
          'number', i.number,
          'invoiceDate', i.invoice_date,
          'paymentDate', i.payment_date,
          'currency', i.currency,
          'items', i.items,
          'totals', json_build_object('netMinor', i.net_minor, 'vatMinor', i.vat_minor, 'grossMinor', i.gross_minor),
          'document', (SELECT document_ref(d) FROM documents d WHERE d.tenant_id = i.tenant_id AND d.id = i.document_id),
          'eInvoice', (SELECT document_ref(d) FROM documents d WHERE d.tenant_id = i.tenant_id AND d.id = i.e_invoice_document_id),
          'status', i.status,
          'submittedAt', iso_instant(i.submitted_at),
          'rejectionReason', i.rejection_reason,
          'paidOn', i.paid_on,
          'paidAmountMinor', i.paid_amount_minor) ORDER BY i.sequence), '[]'::json)
        FROM invoices i WHERE i.tenant_id = o.tenant_id AND i.order_id = o.id),
      'buyer', o.buyer)
  $$;
