import { css } from 'lit';

export const supplierPortalStyles = css`
  .back {
    margin-block-end: var(--_space-3);
  }
`;
