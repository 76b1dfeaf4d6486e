/*
 * Tasklist's configuration (the webapp reads app/tasklist/scripts/config.js): Order Flow's name, in
 * Ukrainian (orderflow/webapps.js), the list soonest due first (orderflow/dueFirst.js), the forms'
 * validation messages in Ukrainian (orderflow/formMessages.js).
 */
import { locales, modules } from '../../orderflow/webapps.js';

export default {
  locales,
  requireJsConfig: modules('ukrainian', 'dueFirst', 'formMessages'),
  app: {
    name: 'Задачі',
    vendor: 'Order Flow'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'взяти вибрану задачу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'перейти до першого фільтра у списку'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'перейти до першої задачі у списку'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'перейти до першого поля форми задачі'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'відкрити вікно запуску процесу'
    }
  }
};
