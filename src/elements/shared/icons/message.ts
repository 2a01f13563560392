import MessageSquare from 'lucide/dist/esm/icons/message-square.mjs';
import type { Icon } from '../icon.js';

/** The `message` icon (lucide `message-square`), in a module of its own so that a bundle holds only the icons it draws. */
export const messageIcon: Icon = { name: 'message', drawing: MessageSquare };
