import Upload from 'lucide/dist/esm/icons/upload.mjs';
import type { Icon } from '../icon.js';

/** The `upload` icon (lucide `upload`), in a module of its own so that a bundle holds only the icons it draws. */
export const uploadIcon: Icon = { name: 'upload', drawing: Upload };
