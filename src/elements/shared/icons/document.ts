import FileText from 'lucide/dist/esm/icons/file-text.mjs';
import type { Icon } from '../icon.js';

/** The `document` icon (lucide `file-text`), in a module of its own so that a bundle holds only the icons it draws. */
export const documentIcon: Icon = { name: 'document', drawing: FileText };
