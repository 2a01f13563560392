import Tag from 'lucide/dist/esm/icons/tag.mjs';
import type { Icon } from '../icon.js';

/** The `label` icon (lucide `tag`), in a module of its own so that a bundle holds only the icons it draws. */
export const labelIcon: Icon = { name: 'label', drawing: Tag };
