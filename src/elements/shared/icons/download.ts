import Download from 'lucide/dist/esm/icons/download.mjs';
import type { Icon } from '../icon.js';

/** The `download` icon (lucide `download`), in a module of its own so that a bundle holds only the icons it draws. */
export const downloadIcon: Icon = { name: 'download', drawing: Download };
