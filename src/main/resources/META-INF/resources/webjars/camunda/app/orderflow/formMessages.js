/*
 * Order Flow: the validation messages of Camunda Forms in Ukrainian.
 *
 * form-js writes its messages in English with no way to translate them ("Field must match pattern
 * ^…$.", "Field is required."), and Tasklist's locale files do not reach them. This module rewrites
 * each message as it appears in a form; a TTN field's pattern becomes what a person can act on.
 */
define(['angular'], function (angular) {
  'use strict';

  var TTN_PATTERN = '^[\\s-]*(\\d[\\s-]*){14}$';

  function ukrainian(text) {
    var m;
    if ((m = /^Field must match pattern (.*)\.$/.exec(text))) {
      return m[1] === TTN_PATTERN
        ? 'Номер ТТН — 14 цифр; пробіли й дефіси можна залишити.'
        : 'Значення не відповідає потрібному формату.';
    }
    if (text === 'Field is required.') {
      return "Заповніть це поле.";
    }
    if ((m = /^Field must have minimum length of (\d+)\.$/.exec(text))) {
      return 'Щонайменше ' + m[1] + ' символів.';
    }
    if ((m = /^Field must have maximum length of (\d+)\.$/.exec(text))) {
      return 'Щонайбільше ' + m[1] + ' символів.';
    }
    if ((m = /^Field must have minimum value of (.+)\.$/.exec(text))) {
      return 'Щонайменше ' + m[1] + '.';
    }
    if ((m = /^Field must have maximum value of (.+)\.$/.exec(text))) {
      return 'Щонайбільше ' + m[1] + '.';
    }
    if (text === 'Value is not a number.') {
      return 'Потрібне число.';
    }
    return null;
  }

  function translate(root) {
    var errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error') : [];
    Array.prototype.forEach.call(errors, function (node) {
      if (node.children.length) {
        return;
      }
      var text = ukrainian(node.textContent.trim());
      if (text) {
        node.textContent = text;
      }
    });
  }

  return angular.module('orderflow.formMessages', [])
    .run(['$window', function ($window) {
      var observer = new $window.MutationObserver(function () {
        translate($window.document.body);
      });
      observer.observe($window.document.body, {childList: true, subtree: true, characterData: true});
    }]);
});
