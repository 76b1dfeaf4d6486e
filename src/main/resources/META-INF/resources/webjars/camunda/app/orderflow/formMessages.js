/*
 * Order Flow: the validation messages of Camunda Forms in Ukrainian.
 *
 * Tasklist renders our forms with form-js, whose validator writes its messages in English only
 * ("Field is required.") and offers no translation hook, unlike the webapps' own texts, which
 * locales/uk.json translates. This module watches the form's error lines and rewrites each one it
 * knows, as it appears; a message it does not know stays as form-js wrote it.
 */
define(['angular'], function (angular) {
  'use strict';

  var MESSAGES = [
    [/^Field is required\.$/, function () { return 'Заповніть це поле.'; }],
    [/^Field must match pattern (.+)\.$/, function (m) { return 'Значення не відповідає формату ' + m[1] + '.'; }],
    [/^Field must have minimum length of (\d+)\.$/, function (m) { return 'Щонайменше ' + m[1] + ' символів.'; }],
    [/^Field must have maximum length of (\d+)\.$/, function (m) { return 'Не більше ' + m[1] + ' символів.'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Значення не менше ' + m[1] + '.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Значення не більше ' + m[1] + '.'; }],
    [/^Field must be a valid email\.$/, function () { return 'Введіть правильну адресу електронної пошти.'; }],
    [/^Field must be a valid\s+international phone number\./,
      function () { return 'Введіть номер телефону в міжнародному форматі, наприклад +380671234567.'; }]
  ];

  function ukrainian(text) {
    var trimmed = text.trim();
    for (var i = 0; i < MESSAGES.length; i++) {
      var match = MESSAGES[i][0].exec(trimmed);
      if (match) {
        return MESSAGES[i][1](match);
      }
    }
    return null;
  }

  function translate(root) {
    var lines = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *') : [];
    Array.prototype.forEach.call(lines, function (line) {
      Array.prototype.forEach.call(line.childNodes, function (node) {
        if (node.nodeType === 3) {
          var words = ukrainian(node.nodeValue);
          if (words !== null) {
            node.nodeValue = words;
          }
        }
      });
    });
  }

  return angular.module('orderflow.formMessages', [])
    .run(['$window', function ($window) {
      var document = $window.document;
      translate(document);
      new $window.MutationObserver(function () {
        translate(document);
      }).observe(document.body, {childList: true, subtree: true, characterData: true});
    }]);
});
