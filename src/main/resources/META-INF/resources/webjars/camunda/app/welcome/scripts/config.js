/*
 * The welcome page's configuration (the webapp reads app/welcome/scripts/config.js): Order Flow's
 * name, in Ukrainian (orderflow/webapps.js).
 */
import { locales, modules } from '../../orderflow/webapps.js';

export default {
  locales,
  requireJsConfig: modules('ukrainian'),
  app: {
    name: 'Головна',
    vendor: 'Order Flow'
  }
};
