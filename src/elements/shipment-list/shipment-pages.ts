/** Shipment cards shown at a time; "Show more" / "Show earlier" add as many. */
export const SHIPMENTS_PAGE_SIZE = 20;
