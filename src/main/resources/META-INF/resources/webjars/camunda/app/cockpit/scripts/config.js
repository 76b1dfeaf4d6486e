/*
 * Cockpit's configuration (the webapp reads app/cockpit/scripts/config.js): Order Flow's name, in
 * Ukrainian (orderflow/webapps.js).
 */
import { locales, modules } from '../../orderflow/webapps.js';

export default {
  locales,
  requireJsConfig: modules('ukrainian'),
  app: {
    name: 'Моніторинг',
    vendor: 'Order Flow'
  }
};
