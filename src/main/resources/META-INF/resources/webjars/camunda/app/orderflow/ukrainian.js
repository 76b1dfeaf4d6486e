/*
 * Order Flow: Camunda's webapps in Ukrainian whatever language the browser asks for.
 *
 * Each app's scripts/config.js lists 'uk' and 'en' (the fallback for texts locales/uk.json leaves
 * out) and loads this module through requireJsConfig. The webapps pick the browser's language;
 * this module's config block runs after theirs (an app's custom module is bootstrapped last), so
 * its choice wins.
 *
 * Dates: the webapps' locale loader makes the dates of every locale file it loads the page's dates
 * (moment's global locale), the English fallback's too, and the two files arrive in either order.
 * Only Ukrainian's dates are let through, so "Строк: через 2 год" stays Ukrainian.
 */
define(['angular'], function (angular) {
  'use strict';

  var LANGUAGE = 'uk';

  return angular.module('orderflow.ukrainian', [])
    .config(['$translateProvider', '$provide', function ($translateProvider, $provide) {
      $translateProvider.preferredLanguage(LANGUAGE);
      $provide.decorator('localeLoader', ['$delegate', function (load) {
        return function (options) {
          if (options.key === LANGUAGE) {
            return load(options);
          }
          return load(angular.extend({}, options, {callback: angular.noop}));
        };
      }]);
    }]);
});
